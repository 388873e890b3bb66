/// A strand of the programme that groups milestones (a phase, a project, a team).
public struct Workstream: Hashable, Sendable {
    public var id: String
    public var name: String
    public var lead: String?
    public var notes: String?
    public var source: String?
    public var locations: ItemLocations

    public init(id: String, name: String, lead: String? = nil, notes: String? = nil, source: String? = nil,
                locations: ItemLocations) {
        self.id = id
        self.name = name
        self.lead = lead
        self.notes = notes
        self.source = source
        self.locations = locations
    }
}
