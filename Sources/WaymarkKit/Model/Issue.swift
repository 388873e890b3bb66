/// A problem that has happened (a risk that landed), from the RAID log (SPEC 1.8).
public struct Issue: Hashable, Sendable {
    public enum Priority: String, Hashable, Sendable, CaseIterable {
        case low, medium, high
    }

    public enum Status: String, Hashable, Sendable, CaseIterable {
        case open, resolved
    }

    public var id: String
    public var title: String
    public var owner: String?
    public var priority: Priority?
    public var raised: Day?
    public var resolveBy: Day?
    public var status: Status
    public var resolution: String?
    /// Raised to the programme board.
    public var escalated: Bool
    public var affects: [Reference]
    public var notes: String?
    public var source: String?
    public var locations: ItemLocations

    public init(id: String, title: String, owner: String? = nil, priority: Priority? = nil, raised: Day? = nil,
                resolveBy: Day? = nil, status: Status = .open, resolution: String? = nil, escalated: Bool = false,
                affects: [Reference] = [], notes: String? = nil, source: String? = nil, locations: ItemLocations) {
        self.id = id
        self.title = title
        self.owner = owner
        self.priority = priority
        self.raised = raised
        self.resolveBy = resolveBy
        self.status = status
        self.resolution = resolution
        self.escalated = escalated
        self.affects = affects
        self.notes = notes
        self.source = source
        self.locations = locations
    }
}
