/// What the PMO writes for the board at this as-of date: `report:` (SPEC 1.9).
public struct BoardNarrative: Hashable, Sendable {
    /// One paragraph, shown under the pack's title.
    public var summary: String?
    /// This period.
    public var achievements: [String]
    /// Next period.
    public var next: [String]
    public var locations: ItemLocations

    public init(summary: String? = nil, achievements: [String] = [], next: [String] = [], locations: ItemLocations) {
        self.summary = summary
        self.achievements = achievements
        self.next = next
        self.locations = locations
    }

    public var isEmpty: Bool { summary == nil && achievements.isEmpty && next.isEmpty }
}
