/// A milestone's state on the as-of date (SPEC 3.1).
public enum MilestoneState: String, Sendable, CaseIterable {
    case cancelled, complete, overdue
    case dueSoon = "due_soon"
    case onTrack = "on_track"
}

/// A milestone with its figures on the as-of date.
public struct MilestoneStatus: Sendable {
    public let milestone: Milestone
    public let state: MilestoneState
    /// nil for complete and cancelled milestones.
    public let rag: RAG?
    /// as_of − effective date, when overdue; else 0.
    public let daysOverdue: Int
    /// forecast − due, when the forecast is later; else 0.
    public let slippedDays: Int
    /// The progress that counts towards percent complete: 100 when complete.
    public let progress: Double

    public init(_ milestone: Milestone, asOf: Day, thresholds: Thresholds) {
        self.milestone = milestone
        let effective = milestone.effective
        if let forecast = milestone.forecast, forecast > milestone.due {
            slippedDays = milestone.due.days(to: forecast)
        } else {
            slippedDays = 0
        }
        if milestone.cancelled {
            state = .cancelled
        } else if milestone.isComplete {
            state = .complete
        } else if effective < asOf {
            state = .overdue
        } else if effective <= asOf.adding(days: thresholds.dueSoonDays) {
            state = .dueSoon
        } else {
            state = .onTrack
        }
        daysOverdue = state == .overdue ? effective.days(to: asOf) : 0
        progress = state == .complete ? 100 : (milestone.progress ?? 0)
        switch state {
        case .cancelled, .complete:
            rag = nil
        case .overdue:
            rag = daysOverdue <= thresholds.overdueToleranceDays ? .amber : .red
        case .dueSoon:
            rag = .amber
        case .onTrack:
            rag = slippedDays > 0 ? .amber : .green
        }
    }

    /// Still to be delivered: neither complete nor cancelled.
    public var isOpen: Bool { state != .complete && state != .cancelled }
}

/// Percent complete and planned percent (SPEC 3.2), over milestones not cancelled.
public struct Completion: Hashable, Sendable {
    /// Σ weight × progress ÷ Σ weight; nil with no milestones to count.
    public let percentComplete: Double?
    /// The weight share of milestones whose baseline `due` ≤ as_of, × 100.
    public let plannedPercent: Double?

    public init(_ statuses: [MilestoneStatus], asOf: Day) {
        let counted = statuses.filter { $0.state != .cancelled }
        let totalWeight = counted.reduce(0) { $0 + $1.milestone.weight }
        guard totalWeight > 0 else {
            percentComplete = nil
            plannedPercent = nil
            return
        }
        percentComplete = counted.reduce(0) { $0 + $1.milestone.weight * $1.progress } / totalWeight
        let dueWeight = counted.filter { $0.milestone.due <= asOf }.reduce(0) { $0 + $1.milestone.weight }
        plannedPercent = dueWeight / totalWeight * 100
    }
}
