/// A milestone's state on the as-of date (SPEC 3.1).
public enum MilestoneState: String, Sendable, CaseIterable {
    case cancelled, complete, overdue
    case dueSoon = "due_soon"
    case onTrack = "on_track"
}

/// A milestone with its figures on the as-of date.
public struct MilestoneStatus: Sendable {
    public let milestone: Milestone
    private let figures: MilestoneFigures

    public var state: MilestoneState { figures.state }
    /// nil for complete and cancelled milestones.
    public var rag: RAG? { figures.rag }
    /// as_of − effective date, when overdue; else 0.
    public var daysOverdue: Int { Int(figures.daysOverdue) }
    /// The same, nil unless overdue: SPEC 5's `days_overdue`.
    public var overdueDays: Int? { figures.overdueDays }
    /// forecast − due, when the forecast is later; else 0.
    public var slippedDays: Int { Int(figures.slippedDays) }
    /// The progress that counts towards percent complete: 100 when complete.
    public var progress: Double { figures.progress }

    public init(_ milestone: Milestone, asOf: Day, thresholds: Thresholds) {
        self.init(milestone, MilestoneFigures(milestone, asOf: asOf, thresholds: thresholds))
    }

    init(_ milestone: Milestone, _ figures: MilestoneFigures) {
        self.milestone = milestone
        self.figures = figures
    }

    /// Still to be delivered: neither complete nor cancelled.
    public var isOpen: Bool { figures.isOpen }
}

/// What a milestone's status works out, without the milestone: a report keeps these
/// beside the programme's milestones rather than a second copy of each milestone.
struct MilestoneFigures: Sendable {
    let progress: Double
    let daysOverdue: Int32
    let slippedDays: Int32
    let state: MilestoneState
    let rag: RAG?

    /// `daysOverdue`, nil unless overdue: SPEC 5's `days_overdue` (null unless open
    /// past its date, as for issues and decisions), not 0 for a milestone on time.
    var overdueDays: Int? { state == .overdue ? Int(daysOverdue) : nil }

    init(_ milestone: Milestone, asOf: Day, thresholds: Thresholds) {
        self.init(due: milestone.due, forecast: milestone.forecast, progress: milestone.progress,
                  isComplete: milestone.isComplete, cancelled: milestone.cancelled, asOf: asOf, thresholds: thresholds)
    }

    /// From the fields the figures need, so that a walk over a programme's milestones can
    /// read them in place: passing a whole milestone to a function copies all of it.
    init(due: Day, forecast: Day?, progress: Double?, isComplete: Bool, cancelled: Bool, asOf: Day,
         thresholds: Thresholds) {
        let effective = forecast ?? due
        let slipped = if let forecast, forecast > due { due.days(to: forecast) } else { 0 }
        let state: MilestoneState
        if cancelled {
            state = .cancelled
        } else if isComplete {
            state = .complete
        } else if effective < asOf {
            state = .overdue
        } else if effective <= asOf.adding(days: thresholds.dueSoonDays) {
            state = .dueSoon
        } else {
            state = .onTrack
        }
        let overdue = state == .overdue ? effective.days(to: asOf) : 0
        self.state = state
        // Days between two dates a file can hold fit in 32 bits many times over.
        daysOverdue = Int32(clamping: overdue)
        slippedDays = Int32(clamping: slipped)
        self.progress = state == .complete ? 100 : (progress ?? 0)
        switch state {
        case .cancelled, .complete:
            rag = nil
        case .overdue:
            rag = overdue <= thresholds.overdueToleranceDays ? .amber : .red
        case .dueSoon:
            rag = .amber
        case .onTrack:
            rag = slipped > 0 ? .amber : .green
        }
    }

    /// Still to be delivered: neither complete nor cancelled.
    var isOpen: Bool { state != .complete && state != .cancelled }
}

/// Every milestone of a programme with its status, in file order. Each status is made
/// when asked for, from the programme's own milestones (shared, not copied) and the
/// figures worked out once: a programme of 100,000 milestones would otherwise hold
/// each milestone twice.
///
/// Checks and output that visit every milestone read `milestones` and `figures` by
/// position instead: making a status copies its milestone, every string of it retained
/// and released again, which for 100,000 milestones cost more than the figures.
public struct MilestoneStatuses: RandomAccessCollection, Sendable {
    /// The programme's milestones, in file order.
    let milestones: [Milestone]
    /// Each milestone's figures, by position.
    let figures: [MilestoneFigures]

    init(_ milestones: [Milestone], asOf: Day, thresholds: Thresholds) {
        self.milestones = milestones
        // Fields read in place, by position: handing each milestone to a closure copies it.
        figures = milestones.indices.map { i in
            MilestoneFigures(due: milestones[i].due, forecast: milestones[i].forecast, progress: milestones[i].progress,
                             isComplete: milestones[i].isComplete, cancelled: milestones[i].cancelled,
                             asOf: asOf, thresholds: thresholds)
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { figures.count }
    public subscript(position: Int) -> MilestoneStatus { MilestoneStatus(milestones[position], figures[position]) }
}

/// Percent complete and planned percent (SPEC 3.2), over milestones not cancelled.
public struct Completion: Hashable, Sendable {
    /// Σ weight × progress ÷ Σ weight; nil with no milestones to count.
    public let percentComplete: Double?
    /// The weight share of milestones whose baseline `due` ≤ as_of, × 100.
    public let plannedPercent: Double?

    /// From the figures, without making a status for each milestone.
    init(_ statuses: MilestoneStatuses, asOf: Day) {
        self.init(statuses.indices.lazy.map { i in
            (statuses.figures[i].state, statuses.milestones[i].weight, statuses.figures[i].progress,
             statuses.milestones[i].due)
        }, asOf: asOf)
    }

    /// Each sum is added up in file order, one pass for all three.
    private init(_ milestones: some Sequence<(state: MilestoneState, weight: Double, progress: Double, due: Day)>,
                 asOf: Day) {
        var totalWeight = 0.0
        var weightedProgress = 0.0
        var dueWeight = 0.0
        for m in milestones where m.state != .cancelled {
            totalWeight += m.weight
            weightedProgress += m.weight * m.progress
            if m.due <= asOf { dueWeight += m.weight }
        }
        guard totalWeight > 0 else {
            percentComplete = nil
            plannedPercent = nil
            return
        }
        percentComplete = weightedProgress / totalWeight
        plannedPercent = dueWeight / totalWeight * 100
    }
}
