/// A dependency met, newly overdue, added, removed or reopened between two points.
public struct DependencyChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case met
        case newlyOverdue = "newly_overdue"
        case added, removed, reopened
    }

    public let kind: Kind
    public let item: ChangedItem
    /// The later side's status (the earlier side's when removed).
    public let status: Dependency.Status
    public let neededBy: Day?
    /// Days past `needed_by` at the later side's as-of date, when open and late; else 0.
    public let daysLate: Int

    /// Dependencies matched by id, by kind, in the order of the later file.
    static func changes(then: [Dependency], thenAsOf: Day, now: [Dependency], nowAsOf: Day) -> [DependencyChange] {
        func late(_ d: Dependency, _ asOf: Day) -> Int {
            guard d.status == .open, let needed = d.neededBy, needed < asOf else { return 0 }
            return needed.days(to: asOf)
        }
        func change(_ kind: Kind, _ d: Dependency, _ asOf: Day) -> DependencyChange {
            DependencyChange(kind: kind, item: ChangedItem(id: d.id, title: d.title), status: d.status,
                             neededBy: d.neededBy, daysLate: late(d, asOf))
        }
        var changes: [DependencyChange] = []
        for pair in paired(then: then, now: now, id: \.id) {
            switch pair {
            case let (t?, n?):
                if t.status == .open, n.status == .met { changes.append(change(.met, n, nowAsOf)) }
                if t.status == .met, n.status == .open { changes.append(change(.reopened, n, nowAsOf)) }
                if late(n, nowAsOf) > 0, late(t, thenAsOf) == 0 { changes.append(change(.newlyOverdue, n, nowAsOf)) }
            case let (nil, n?):
                changes.append(change(.added, n, nowAsOf))
            case let (t?, nil):
                changes.append(change(.removed, t, thenAsOf))
            case (nil, nil):
                break
            }
        }
        return stableSorted(changes, by: \.kind)
    }
}
