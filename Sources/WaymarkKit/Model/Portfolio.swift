/// The portfolio settings file: defaults every programme in the run inherits.
public struct Portfolio: Hashable, Sendable {
    public var name: String?
    public var asOf: Day?
    public var financialYearStart: Int?
    public var thresholds: ThresholdOverrides
    public var locations: ItemLocations

    public init(name: String? = nil, asOf: Day? = nil, financialYearStart: Int? = nil,
                thresholds: ThresholdOverrides = ThresholdOverrides(), locations: ItemLocations) {
        self.name = name
        self.asOf = asOf
        self.financialYearStart = financialYearStart
        self.thresholds = thresholds
        self.locations = locations
    }
}
