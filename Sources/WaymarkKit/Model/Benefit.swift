/// An outcome the programme exists to deliver, with its planned and achieved figures.
public struct Benefit: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// An amount per period, summed (savings a year).
        case flow
        /// A value measured at the end of a period (children in care).
        case level
    }

    public enum BenefitType: String, Hashable, Sendable, CaseIterable {
        case cashable
        case nonCashable = "non-cashable"
        case nonFinancial = "non-financial"
    }

    public enum Direction: String, Hashable, Sendable, CaseIterable {
        case up, down
    }

    public var id: String
    public var title: String
    public var kind: Kind
    public var unit: String
    public var type: BenefitType?
    public var category: String?
    public var owner: String?
    public var measure: String?
    public var baseline: Double?
    public var direction: Direction?
    public var targets: Profile?
    public var stretch: Profile?
    public var actuals: Profile?
    public var enabledBy: [Reference]
    /// `status: cancelled`: descoped. Listed as such and counted nowhere (SPEC 1.4).
    public var cancelled: Bool
    public var notes: String?
    public var source: String?
    public var locations: ItemLocations

    public init(id: String, title: String, kind: Kind = .flow, unit: String, type: BenefitType? = nil,
                category: String? = nil, owner: String? = nil, measure: String? = nil, baseline: Double? = nil,
                direction: Direction? = nil, targets: Profile? = nil, stretch: Profile? = nil,
                actuals: Profile? = nil, enabledBy: [Reference] = [], cancelled: Bool = false, notes: String? = nil,
                source: String? = nil, locations: ItemLocations) {
        self.id = id
        self.title = title
        self.kind = kind
        self.unit = unit
        self.type = type
        self.category = category
        self.owner = owner
        self.measure = measure
        self.baseline = baseline
        self.direction = direction
        self.targets = targets
        self.stretch = stretch
        self.actuals = actuals
        self.enabledBy = enabledBy
        self.cancelled = cancelled
        self.notes = notes
        self.source = source
        self.locations = locations
    }

    /// No targets: listed, never scored.
    public var isUnquantified: Bool { targets == nil }

    /// A profile holds only a whole-life `total`: it counts in totals, never to date.
    public var isUnprofiled: Bool {
        [targets, actuals, stretch].contains { $0?.isWholeLife == true }
    }
}

/// Figures by period, in the order written.
public struct Profile: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public let period: Period
        public let value: Double
        public let location: SourceLocation

        public init(_ period: Period, _ value: Double, at location: SourceLocation) {
            self.period = period
            self.value = value
            self.location = location
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry]) { self.entries = entries }

    public var isWholeLife: Bool { entries.contains { $0.period == .total } }

    public var sum: Double { entries.reduce(0) { $0 + $1.value } }

    public func value(for period: Period) -> Double? {
        entries.first { $0.period == period }?.value
    }
}
