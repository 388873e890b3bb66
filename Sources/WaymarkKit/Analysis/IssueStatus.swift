/// An issue on the as-of date.
public struct IssueStatus: Sendable {
    public let issue: Issue
    /// Days past `resolve_by` while still open; nil otherwise (SPEC 5).
    public let daysOverdue: Int?

    public init(_ issue: Issue, asOf: Day) {
        self.issue = issue
        daysOverdue = Day.daysPast(issue.resolveBy, asOf: asOf, whileOpen: issue.status == .open)
    }

    public var isOpen: Bool { issue.status == .open }

    /// The issues log's order: open issues first, highest priority first (no priority
    /// last), then the earliest `resolve_by`; resolved issues after, in file order.
    public static func logOrder(_ issues: [IssueStatus]) -> [IssueStatus] {
        func rank(_ p: Issue.Priority?) -> Int {
            switch p {
            case .high: 0
            case .medium: 1
            case .low: 2
            case nil: 3
            }
        }
        let open = issues.enumerated().filter { $0.element.isOpen }.sorted { a, b in
            let (x, y) = (a.element.issue, b.element.issue)
            if rank(x.priority) != rank(y.priority) { return rank(x.priority) < rank(y.priority) }
            let (dx, dy) = (x.resolveBy?.ordinal ?? .max, y.resolveBy?.ordinal ?? .max)
            if dx != dy { return dx < dy }
            return a.offset < b.offset
        }.map(\.element)
        return open + issues.filter { !$0.isOpen }
    }
}

/// A decision on the as-of date.
public struct DecisionStatus: Sendable {
    public let decision: Decision
    /// Days past `needed_by` while still open; nil otherwise (SPEC 5).
    public let daysOverdue: Int?

    public init(_ decision: Decision, asOf: Day) {
        self.decision = decision
        daysOverdue = Day.daysPast(decision.neededBy, asOf: asOf, whileOpen: decision.status == .open)
    }

    public var isOpen: Bool { decision.status == .open }

    /// Decisions the board is asked for: open ones, the soonest needed first (no date last).
    public static func needed(_ decisions: [DecisionStatus]) -> [DecisionStatus] {
        stableSorted(decisions.filter(\.isOpen)) { $0.decision.neededBy }
    }

    /// Decisions made, in the order they were taken.
    public static func made(_ decisions: [DecisionStatus]) -> [DecisionStatus] {
        stableSorted(decisions.filter { !$0.isOpen }) { $0.decision.decided }
    }

    private static func stableSorted(_ items: [DecisionStatus], by date: (DecisionStatus) -> Day?) -> [DecisionStatus] {
        items.enumerated().sorted { a, b in
            let (x, y) = (date(a.element)?.ordinal ?? .max, date(b.element)?.ordinal ?? .max)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }
}

extension Day {
    /// Days from `date` to `asOf` for an open item past its date; nil otherwise (SPEC 5:
    /// "`days_overdue` is null unless open past its date").
    static func daysPast(_ date: Day?, asOf: Day, whileOpen open: Bool) -> Int? {
        guard open, let date, date < asOf else { return nil }
        return date.days(to: asOf)
    }
}
