/// The board narrative (`report:`) rewritten between two points (SPEC 1.9): the
/// summary now, and the lines of achievements and next steps that are new.
public struct NarrativeChange: Hashable, Sendable {
    public let summaryChanged: Bool
    public let summary: String?
    /// Lines of `achievements` now that were not there then.
    public let newAchievements: [String]
    /// Lines of `next` now that were not there then.
    public let newNext: [String]

    /// nil when the narrative is the same at both sides.
    static func change(then: BoardNarrative?, now: BoardNarrative?) -> NarrativeChange? {
        let (t, n) = (then ?? BoardNarrative(locations: ItemLocations(item: SourceLocation(file: ""))),
                      now ?? BoardNarrative(locations: ItemLocations(item: SourceLocation(file: ""))))
        guard t.summary != n.summary || t.achievements != n.achievements || t.next != n.next else { return nil }
        return NarrativeChange(summaryChanged: t.summary != n.summary, summary: n.summary,
                               newAchievements: n.achievements.filter { !t.achievements.contains($0) },
                               newNext: n.next.filter { !t.next.contains($0) })
    }
}
