/// Every figure of one programme on its as-of date: a pure function of the programme
/// and its settings.
public struct ProgrammeReport: Sendable {
    public let programme: Programme
    public let settings: ProgrammeSettings
    public let milestones: [MilestoneStatus]
    public let benefits: [BenefitStatus]
    public let risks: [RiskStatus]
    public let completion: Completion
    public let rag: RAGBreakdown
    /// Σ actual to date of flow benefits in the programme currency (SPEC 3.3); nil when
    /// no such benefit has a figure to date.
    public let realisedToDate: Double?
    /// Σ target to date of the same benefits.
    public let targetToDate: Double?
    /// The part of realised to date from benefits with no target (unquantified), which
    /// a reader should not compare with the target.
    public let realisedWithoutTarget: Double
    /// Realised to date − spent, when the budget gives spend.
    public let netBenefitToDate: Double?
    /// Milestone id → its place in `milestones` (the first of a repeated id), so that
    /// looking one up is not a walk along the list: packs look up every reference.
    private let milestoneIndex: [String: Int]

    public init(_ programme: Programme, settings: ProgrammeSettings) {
        self.programme = programme
        self.settings = settings
        milestones = programme.milestones.map { MilestoneStatus($0, asOf: settings.asOf, thresholds: settings.thresholds) }
        benefits = programme.benefits.map {
            BenefitStatus($0, asOf: settings.asOf, financialYearStart: settings.financialYearStart,
                          thresholds: settings.thresholds)
        }
        risks = programme.risks.map { RiskStatus($0, thresholds: settings.thresholds) }
        milestoneIndex = Dictionary(programme.milestones.enumerated().map { ($1.id, $0) }) { first, _ in first }
        completion = Completion(milestones, asOf: settings.asOf)
        rag = RAGBreakdown(milestones: milestones, benefits: benefits, risks: risks)
        let money = benefits.filter {
            $0.benefit.kind == .flow && $0.benefit.unit == programme.currency && $0.actualToDate != nil
        }
        realisedToDate = money.isEmpty ? nil : money.reduce(0) { $0 + ($1.actualToDate ?? 0) }
        targetToDate = money.isEmpty ? nil : money.reduce(0) { $0 + ($1.targetToDate ?? 0) }
        realisedWithoutTarget = money.filter { $0.targetToDate == nil }.reduce(0) { $0 + ($1.actualToDate ?? 0) }
        if let realised = realisedToDate, let spent = programme.budget?.spent {
            netBenefitToDate = realised - spent
        } else {
            netBenefitToDate = nil
        }
    }

    public var asOf: Day { settings.asOf }

    public func milestone(_ id: String) -> MilestoneStatus? { milestoneIndex[id].map { milestones[$0] } }

    public var overdue: [MilestoneStatus] { milestones.filter { $0.state == .overdue } }
    public var dueSoon: [MilestoneStatus] { milestones.filter { $0.state == .dueSoon } }
}
