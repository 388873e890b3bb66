/// One programme file: the plan and its current state, as the PMO keeps it.
public struct Programme: Sendable {
    public var id: String
    public var name: String
    public var organisation: String?
    public var sro: String?
    public var manager: String?
    public var start: Day?
    public var end: Day?
    public var asOf: Day?
    public var summary: String?
    public var confidence: Confidence?
    public var financialYearStart: Int?
    public var budget: Budget?
    public var currency: String
    public var thresholds: ThresholdOverrides
    public var workstreams: [Workstream]
    public var milestones: [Milestone]
    public var benefits: [Benefit]
    public var risks: [Risk]
    public var dependencies: [Dependency]
    public var funding: [FundingLine] = []
    public var issues: [Issue] = []
    public var decisions: [Decision] = []
    /// `report:`, the board narrative.
    public var narrative: BoardNarrative?
    /// The `programme:` mapping and its keys.
    public var locations: ItemLocations
    /// Items the file gives with an id but too broken to keep (a bad date, no title):
    /// id → kind ("milestone"). Their mistakes are reported where they are; references
    /// to them resolve, so one mistake does not also make an `unknown-reference`.
    public var brokenItems: [String: String] = [:]

    public init(id: String, name: String, organisation: String? = nil, sro: String? = nil, manager: String? = nil,
                start: Day? = nil, end: Day? = nil, asOf: Day? = nil, summary: String? = nil,
                confidence: Confidence? = nil, financialYearStart: Int? = nil, budget: Budget? = nil,
                currency: String = "GBP", thresholds: ThresholdOverrides = ThresholdOverrides(),
                workstreams: [Workstream] = [], milestones: [Milestone] = [], benefits: [Benefit] = [],
                risks: [Risk] = [], dependencies: [Dependency] = [], locations: ItemLocations) {
        self.id = id
        self.name = name
        self.organisation = organisation
        self.sro = sro
        self.manager = manager
        self.start = start
        self.end = end
        self.asOf = asOf
        self.summary = summary
        self.confidence = confidence
        self.financialYearStart = financialYearStart
        self.budget = budget
        self.currency = currency
        self.thresholds = thresholds
        self.workstreams = workstreams
        self.milestones = milestones
        self.benefits = benefits
        self.risks = risks
        self.dependencies = dependencies
        self.locations = locations
    }

    /// The input file the programme was read from.
    public var file: String { locations.item.file }
}

/// Approved investment and spend to date, in the programme currency.
public struct Budget: Hashable, Sendable {
    public var investment: Double?
    public var spent: Double?

    public init(investment: Double? = nil, spent: Double? = nil) {
        self.investment = investment
        self.spent = spent
    }
}
