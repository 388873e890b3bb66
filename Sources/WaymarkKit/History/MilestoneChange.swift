/// One thing that happened to a milestone between two points.
public enum MilestoneChange: Hashable, Sendable {
    /// Open (or cancelled) then, complete now. `completed` is the date given, nil when only
    /// progress reached 100; `daysAfterBaseline` is completed − due (negative when early).
    case completed(ChangedItem, completed: Day?, due: Day, daysAfterBaseline: Int?, progressBefore: Double)
    /// Not in the earlier file. Its state now, its completion date when complete, and days
    /// overdue when overdue (nil otherwise, as SPEC 5 has `days_overdue`).
    case added(ChangedItem, due: Day, effective: Day, completed: Day?, state: MilestoneState, daysOverdue: Int?)
    /// Not in the later file; its state when last seen.
    case removed(ChangedItem, state: MilestoneState)
    /// Descoped (`status: cancelled`) since.
    case cancelled(ChangedItem, stateBefore: MilestoneState)
    /// Complete or cancelled then, open again now.
    case reopened(ChangedItem, stateBefore: MilestoneState, state: MilestoneState)
    /// The effective date (forecast, else due) moved, where a forecast is given at either side.
    case forecastMoved(ChangedItem, from: Day, to: Day)
    /// The baseline `due` date itself was changed (re-baselined).
    case baselineMoved(ChangedItem, from: Day, to: Day)
    /// Not slipped then; forecast later than its baseline now.
    case newlySlipped(ChangedItem, due: Day, forecast: Day, days: Int)
    /// Not overdue then; overdue now, measured from its effective date (forecast, else due).
    case newlyOverdue(ChangedItem, due: Day, effective: Day, days: Int)
    /// Progress of a milestone open at both sides changed.
    case progress(ChangedItem, from: Double, to: Double)

    /// The kinds in the order reports list them; raw values are the JSON `kind`.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case completed, added, removed, cancelled, reopened
        case forecastMoved = "forecast_moved"
        case baselineMoved = "baseline_moved"
        case newlySlipped = "newly_slipped"
        case newlyOverdue = "newly_overdue"
        case progress
    }

    public var kind: Kind {
        switch self {
        case .completed: .completed
        case .added: .added
        case .removed: .removed
        case .cancelled: .cancelled
        case .reopened: .reopened
        case .forecastMoved: .forecastMoved
        case .baselineMoved: .baselineMoved
        case .newlySlipped: .newlySlipped
        case .newlyOverdue: .newlyOverdue
        case .progress: .progress
        }
    }

    public var item: ChangedItem {
        switch self {
        case let .completed(item, _, _, _, _), let .added(item, _, _, _, _, _), let .removed(item, _),
             let .cancelled(item, _), let .reopened(item, _, _), let .forecastMoved(item, _, _),
             let .baselineMoved(item, _, _), let .newlySlipped(item, _, _, _), let .newlyOverdue(item, _, _, _),
             let .progress(item, _, _):
            item
        }
    }

    /// Every change between two lists of milestones, matched by id: by kind, then in the
    /// order of the later file (removed ones in the order of the earlier).
    static func changes(then: [MilestoneStatus], now: [MilestoneStatus]) -> [MilestoneChange] {
        var changes: [MilestoneChange] = []
        for pair in paired(then: then, now: now, id: \.milestone.id) {
            switch pair {
            case let (t?, n?):
                changes += Self.changes(of: ChangedItem(id: n.milestone.id, title: n.milestone.title), then: t, now: n)
            case let (nil, n?):
                let m = n.milestone
                changes.append(.added(ChangedItem(id: m.id, title: m.title), due: m.due, effective: m.effective,
                                      completed: m.completed, state: n.state, daysOverdue: n.overdueDays))
            case let (t?, nil):
                changes.append(.removed(ChangedItem(id: t.milestone.id, title: t.milestone.title), state: t.state))
            case (nil, nil):
                break
            }
        }
        return stableSorted(changes, by: \.kind)
    }

    private static func changes(of item: ChangedItem, then t: MilestoneStatus, now n: MilestoneStatus) -> [MilestoneChange] {
        let (before, after) = (t.milestone, n.milestone)
        var changes: [MilestoneChange] = []
        if n.state == .complete, t.state != .complete {
            changes.append(.completed(item, completed: after.completed, due: after.due,
                                      daysAfterBaseline: after.completed.map { after.due.days(to: $0) },
                                      progressBefore: t.progress))
        } else if n.state == .cancelled, t.state != .cancelled {
            changes.append(.cancelled(item, stateBefore: t.state))
        } else if n.isOpen, !t.isOpen {
            changes.append(.reopened(item, stateBefore: t.state, state: n.state))
        }
        guard n.isOpen else { return changes }
        if before.effective != after.effective, before.forecast != nil || after.forecast != nil {
            changes.append(.forecastMoved(item, from: before.effective, to: after.effective))
        }
        if before.due != after.due {
            changes.append(.baselineMoved(item, from: before.due, to: after.due))
        }
        if n.slippedDays > 0, t.slippedDays == 0 || !t.isOpen {
            changes.append(.newlySlipped(item, due: after.due, forecast: after.effective, days: n.slippedDays))
        }
        if n.state == .overdue, t.state != .overdue {
            changes.append(.newlyOverdue(item, due: after.due, effective: after.effective, days: n.daysOverdue))
        }
        if t.isOpen, t.progress != n.progress {
            changes.append(.progress(item, from: t.progress, to: n.progress))
        }
        return changes
    }
}
