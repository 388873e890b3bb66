/// What the board is asked to decide, or has decided (SPEC 1.8).
public struct Decision: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable, CaseIterable {
        case open, made
    }

    public var id: String
    public var title: String
    public var neededBy: Day?
    public var status: Status
    public var decided: Day?
    public var outcome: String?
    public var affects: [Reference]
    public var notes: String?
    public var source: String?
    public var locations: ItemLocations

    public init(id: String, title: String, neededBy: Day? = nil, status: Status = .open, decided: Day? = nil,
                outcome: String? = nil, affects: [Reference] = [], notes: String? = nil, source: String? = nil,
                locations: ItemLocations) {
        self.id = id
        self.title = title
        self.neededBy = neededBy
        self.status = status
        self.decided = decided
        self.outcome = outcome
        self.affects = affects
        self.notes = notes
        self.source = source
        self.locations = locations
    }
}
