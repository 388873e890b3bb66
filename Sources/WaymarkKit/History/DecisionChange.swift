/// A decision asked of the board, made, reopened or removed between two points (SPEC 1.8).
public struct DecisionChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Open then (or new since), made now.
        case made
        /// New since, and open: the board is asked for it.
        case asked
        /// Made then, open again now.
        case reopened
        /// Open then, no longer in the file.
        case removed
    }

    public let kind: Kind
    public let item: ChangedItem
    public let neededBy: Day?
    public let decided: Day?
    public let outcome: String?

    private init(_ kind: Kind, _ decision: Decision) {
        self.kind = kind
        item = ChangedItem(id: decision.id, title: decision.title)
        neededBy = decision.neededBy
        decided = decision.decided
        outcome = decision.outcome
    }

    /// Decisions matched by id, by kind, in the order of the later file.
    static func changes(then: [Decision], now: [Decision]) -> [DecisionChange] {
        let changes = paired(then: then, now: now, id: \.id).compactMap { pair -> DecisionChange? in
            switch (pair.then, pair.now) {
            case let (nil, n?): DecisionChange(n.status == .open ? .asked : .made, n)
            case let (t?, nil): t.status == .open ? DecisionChange(.removed, t) : nil
            case let (t?, n?) where t.status == .open && n.status == .made: DecisionChange(.made, n)
            case let (t?, n?) where t.status == .made && n.status == .open: DecisionChange(.reopened, n)
            default: nil
            }
        }
        return stableSorted(changes, by: \.kind)
    }
}
