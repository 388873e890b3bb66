/// Something the programme needs from work outside it.
public struct Dependency: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable, CaseIterable {
        case open, met
    }

    public var id: String
    public var title: String
    /// Another programme's milestone, as `programme-id/milestone-id`.
    public var on: Reference?
    public var owner: String?
    public var neededBy: Day?
    public var status: Status
    public var affects: [Reference]
    public var notes: String?
    public var source: String?
    public var locations: ItemLocations

    public init(id: String, title: String, on: Reference? = nil, owner: String? = nil, neededBy: Day? = nil,
                status: Status = .open, affects: [Reference] = [], notes: String? = nil, source: String? = nil,
                locations: ItemLocations) {
        self.id = id
        self.title = title
        self.on = on
        self.owner = owner
        self.neededBy = neededBy
        self.status = status
        self.affects = affects
        self.notes = notes
        self.source = source
        self.locations = locations
    }
}
