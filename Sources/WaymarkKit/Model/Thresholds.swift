/// The tolerances that turn figures into RAG and warnings (SPEC 3.6).
public struct Thresholds: Hashable, Sendable {
    public var dueSoonDays: Int = 30
    public var overdueToleranceDays: Int = 0
    public var benefitAmber: Double = 0.8
    public var riskMedium: Int = 6
    public var riskHigh: Int = 15

    public init() {}

    /// These thresholds with every value `overrides` sets replacing the one here.
    public func applying(_ overrides: ThresholdOverrides) -> Thresholds {
        var result = self
        if let v = overrides.dueSoonDays { result.dueSoonDays = v }
        if let v = overrides.overdueToleranceDays { result.overdueToleranceDays = v }
        if let v = overrides.benefitAmber { result.benefitAmber = v }
        if let v = overrides.riskMedium { result.riskMedium = v }
        if let v = overrides.riskHigh { result.riskHigh = v }
        return result
    }
}

/// The thresholds one file sets; the rest come from the level above.
public struct ThresholdOverrides: Hashable, Sendable {
    public var dueSoonDays: Int?
    public var overdueToleranceDays: Int?
    public var benefitAmber: Double?
    public var riskMedium: Int?
    public var riskHigh: Int?

    public init(dueSoonDays: Int? = nil, overdueToleranceDays: Int? = nil, benefitAmber: Double? = nil,
                riskMedium: Int? = nil, riskHigh: Int? = nil) {
        self.dueSoonDays = dueSoonDays
        self.overdueToleranceDays = overdueToleranceDays
        self.benefitAmber = benefitAmber
        self.riskMedium = riskMedium
        self.riskHigh = riskHigh
    }
}
