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
    /// Every pound recorded less spend to date (SPEC 3.7); nil without spend.
    public let netBenefitToDate: Double?
    /// Approved and spent, and the finance table; nil without funding (or `budget`).
    public let funding: FundingFigures?
    public let issues: [IssueStatus]
    public let decisions: [DecisionStatus]

    public init(_ programme: Programme, settings: ProgrammeSettings) {
        self.programme = programme
        self.settings = settings
        milestones = programme.milestones.map { MilestoneStatus($0, asOf: settings.asOf, thresholds: settings.thresholds) }
        benefits = programme.benefits.map {
            BenefitStatus($0, asOf: settings.asOf, financialYearStart: settings.financialYearStart,
                          thresholds: settings.thresholds)
        }
        risks = programme.risks.map { RiskStatus($0, thresholds: settings.thresholds) }
        completion = Completion(milestones, asOf: settings.asOf)
        rag = RAGBreakdown(milestones: milestones, benefits: benefits, risks: risks)
        let money = benefits.filter {
            $0.benefit.kind == .flow && $0.benefit.unit == programme.currency && $0.actualToDate != nil
        }
        realisedToDate = money.isEmpty ? nil : money.reduce(0) { $0 + ($1.actualToDate ?? 0) }
        targetToDate = money.isEmpty ? nil : money.reduce(0) { $0 + ($1.targetToDate ?? 0) }
        realisedWithoutTarget = money.filter { $0.targetToDate == nil }.reduce(0) { $0 + ($1.actualToDate ?? 0) }
        let lines = programme.fundingLines
        funding = lines.isEmpty ? nil : FundingFigures(
            lines: lines,
            benefits: programme.benefits.filter { FundingFigures.countsInFinance($0, currency: programme.currency) },
            asOf: settings.asOf, financialYearStart: settings.financialYearStart)
        // The one place net benefit is worked out: every pound recorded against every pound spent.
        let realised = realisedToDate ?? 0
        netBenefitToDate = funding?.spentToDate.map { realised - $0 }
        issues = programme.issues.map { IssueStatus($0, asOf: settings.asOf) }
        decisions = programme.decisions.map { DecisionStatus($0, asOf: settings.asOf) }
    }

    public var asOf: Day { settings.asOf }

    public func milestone(_ id: String) -> MilestoneStatus? { milestones.first { $0.milestone.id == id } }

    public var overdue: [MilestoneStatus] { milestones.filter { $0.state == .overdue } }
    public var dueSoon: [MilestoneStatus] { milestones.filter { $0.state == .dueSoon } }
}
