/// A dated point in the plan: the baseline date agreed, the current forecast, and progress.
public struct Milestone: Hashable, Sendable {
    // Stored largest first, so that the value packs without gaps: 192 bytes, not 208
    // (a large programme holds a hundred thousand of them).
    public var id: String
    public var title: String
    public var workstream: String?
    public var owner: String?
    public var notes: String?
    public var source: String?
    public var dependsOn: [Reference]
    public var locations: ItemLocations
    public var weight: Double
    /// Percent done, 0-100, as given (nil when not given).
    public var progress: Double?
    /// The baseline: the date originally agreed.
    public var due: Day
    public var start: Day?
    public var forecast: Day?
    public var completed: Day?
    public var cancelled: Bool

    public init(id: String, title: String, workstream: String? = nil, owner: String? = nil, start: Day? = nil,
                due: Day, forecast: Day? = nil, completed: Day? = nil, progress: Double? = nil,
                weight: Double = 1, cancelled: Bool = false, dependsOn: [Reference] = [],
                notes: String? = nil, source: String? = nil, locations: ItemLocations) {
        self.id = id
        self.title = title
        self.workstream = workstream
        self.owner = owner
        self.start = start
        self.due = due
        self.forecast = forecast
        self.completed = completed
        self.progress = progress
        self.weight = weight
        self.cancelled = cancelled
        self.dependsOn = dependsOn
        self.notes = notes
        self.source = source
        self.locations = locations
    }

    /// The forecast if there is one, else the baseline.
    public var effective: Day { forecast ?? due }

    /// Complete by `completed` or by progress 100 (SPEC 1.3).
    public var isComplete: Bool { completed != nil || progress == 100 }
}
