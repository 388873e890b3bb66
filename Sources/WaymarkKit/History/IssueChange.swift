/// An issue raised, resolved, reopened or removed between two points (SPEC 1.8).
public struct IssueChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// New since, and open.
        case raised
        /// Open then, resolved now (or new since and already resolved).
        case resolved
        /// Resolved then, open again now.
        case reopened
        /// Open then and newly escalated to the board.
        case escalated
        /// Open then, no longer in the file.
        case removed
    }

    public let kind: Kind
    public let item: ChangedItem
    public let priority: Issue.Priority?
    public let escalated: Bool
    public let resolution: String?

    private init(_ kind: Kind, _ issue: Issue) {
        self.kind = kind
        item = ChangedItem(id: issue.id, title: issue.title)
        priority = issue.priority
        escalated = issue.escalated
        resolution = issue.resolution
    }

    /// Issues matched by id, by kind, in the order of the later file.
    static func changes(then: [Issue], now: [Issue]) -> [IssueChange] {
        let changes = paired(then: then, now: now, id: \.id).compactMap { pair -> IssueChange? in
            switch (pair.then, pair.now) {
            case let (nil, n?): IssueChange(n.status == .open ? .raised : .resolved, n)
            case let (t?, nil): t.status == .open ? IssueChange(.removed, t) : nil
            case let (t?, n?) where t.status == .open && n.status == .resolved: IssueChange(.resolved, n)
            case let (t?, n?) where t.status == .resolved && n.status == .open: IssueChange(.reopened, n)
            case let (t?, n?) where n.status == .open && !t.escalated && n.escalated: IssueChange(.escalated, n)
            default: nil
            }
        }
        return stableSorted(changes, by: \.kind)
    }
}
