/// One approval of money for the programme (a business case, a capital bid) and what
/// has been spent against it (SPEC 1.7).
public struct FundingLine: Hashable, Sendable {
    public enum LineType: String, Hashable, Sendable, CaseIterable {
        case revenue, capital
    }

    /// An amount as published: one whole-life (or to-date) figure, or a profile by period.
    public enum Amount: Hashable, Sendable {
        case figure(Double)
        case profile(Profile)

        /// Every pound of the amount, whatever its periods.
        public var total: Double {
            switch self {
            case let .figure(value): value
            case let .profile(profile): profile.sum
            }
        }

        public var profile: Profile? {
            if case let .profile(profile) = self { return profile }
            return nil
        }

        /// The profile's entries; none for a plain figure.
        public var entries: [Profile.Entry] {
            if case let .profile(profile) = self { return profile.entries }
            return []
        }
    }

    public var id: String
    public var title: String
    public var type: LineType
    public var approved: Amount?
    public var spent: Amount?
    public var notes: String?
    public var source: String?
    public var locations: ItemLocations

    public init(id: String, title: String, type: LineType = .revenue, approved: Amount? = nil, spent: Amount? = nil,
                notes: String? = nil, source: String? = nil, locations: ItemLocations) {
        self.id = id
        self.title = title
        self.type = type
        self.approved = approved
        self.spent = spent
        self.notes = notes
        self.source = source
        self.locations = locations
    }
}

extension Programme {
    /// The funding lines the figures use: `funding:` as written, or the one revenue line
    /// that `budget:` is shorthand for (SPEC 1.7). A file may not give both.
    public var fundingLines: [FundingLine] {
        if !funding.isEmpty { return funding }
        guard let budget else { return [] }
        return [FundingLine(id: "budget", title: "Budget", type: .revenue,
                            approved: budget.investment.map(FundingLine.Amount.figure),
                            spent: budget.spent.map(FundingLine.Amount.figure),
                            locations: ItemLocations(item: locations["budget"]))]
    }
}
