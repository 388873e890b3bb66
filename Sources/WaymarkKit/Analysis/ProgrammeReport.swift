/// Every figure of one programme on its as-of date: a pure function of the programme
/// and its settings.
public struct ProgrammeReport: Sendable {
    public let programme: Programme
    public let settings: ProgrammeSettings
    public let milestones: MilestoneStatuses
    public let benefits: [BenefitStatus]
    public let risks: [RiskStatus]
    public let completion: Completion
    public let rag: RAGBreakdown
    /// Σ actual to date of the measured flow benefits in the programme currency: those
    /// with a target profile (not unquantified, not `total`-only); SPEC 3.3, v1.1. Nil
    /// when the programme has no such benefit.
    public let realisedToDate: Double?
    /// Σ target to date of the same benefits, so the headline compares like with like.
    public let targetToDate: Double?
    /// Every other actual of a started period of a flow benefit in the currency: from
    /// unquantified and `total`-only benefits, and actuals outside a benefit's target
    /// profile. Shown beside the headline, never added into it. Nil when the programme
    /// has no flow benefit in its currency.
    public let otherRealisedToDate: Double?
    /// What other realised to date is made of.
    public let otherRealised: OtherRealised
    /// What was spent to the as-of date (SPEC 3.7): spend in started periods of every
    /// funding line (or `budget`), a plain figure as given; nil when none is recorded.
    public let spentToDate: Double?
    /// Every pound recorded (realised + other realised) less spent to date (SPEC 3.7);
    /// nil when nothing spent is recorded.
    public let netBenefitToDate: Double?
    /// Approved and spent, and the finance table; nil without funding (or `budget`).
    public let funding: FundingFigures?
    public let issues: [IssueStatus]
    public let decisions: [DecisionStatus]
    /// Milestone id → its place in `milestones` (the first of a repeated id), so that
    /// looking one up is not a walk along the list: packs look up every reference.
    let milestoneIndex: PositionIndex

    public init(_ programme: Programme, settings: ProgrammeSettings) {
        self.programme = programme
        self.settings = settings
        milestones = MilestoneStatuses(programme.milestones, asOf: settings.asOf, thresholds: settings.thresholds)
        benefits = programme.benefits.map {
            BenefitStatus($0, asOf: settings.asOf, financialYearStart: settings.financialYearStart,
                          thresholds: settings.thresholds)
        }
        risks = programme.risks.map { RiskStatus($0, thresholds: settings.thresholds) }
        milestoneIndex = PositionIndex(count: programme.milestones.count) { programme.milestones[$0].id }
        completion = Completion(milestones, asOf: settings.asOf)
        rag = RAGBreakdown(milestones: milestones, benefits: benefits, risks: risks)
        let money = benefits.filter { $0.isMoneyFlow(currency: programme.currency) }
        let measured = money.filter(\.isMeasured)
        realisedToDate = measured.isEmpty ? nil : measured.reduce(0) { $0 + ($1.actualToDate ?? 0) }
        targetToDate = measured.isEmpty ? nil : measured.reduce(0) { $0 + ($1.targetToDate ?? 0) }
        otherRealised = OtherRealised(benefits, currency: programme.currency)
        otherRealisedToDate = money.isEmpty ? nil : otherRealised.total
        let lines = programme.fundingLines
        funding = lines.isEmpty ? nil : FundingFigures(
            lines: lines,
            benefits: money.map(\.benefit),
            asOf: settings.asOf, financialYearStart: settings.financialYearStart)
        spentToDate = funding?.spentToDate
        netBenefitToDate = Self.netBenefit(realised: realisedToDate, otherRealised: otherRealisedToDate,
                                           spent: spentToDate)
        issues = programme.issues.map { IssueStatus($0, asOf: settings.asOf) }
        decisions = programme.decisions.map { DecisionStatus($0, asOf: settings.asOf) }
    }

    /// Net benefit to date (SPEC 3.7): every pound recorded against every pound spent. The
    /// one place it is worked out, so that any source of spend feeds the same rule.
    public static func netBenefit(realised: Double?, otherRealised: Double?, spent: Double?) -> Double? {
        guard let spent else { return nil }
        return (realised ?? 0) + (otherRealised ?? 0) - spent
    }

    public var asOf: Day { settings.asOf }

    public func milestone(_ id: String) -> MilestoneStatus? {
        milestoneIndex.position(of: id) { programme.milestones[$0].id }.map { milestones[$0] }
    }

    public var overdue: [MilestoneStatus] { milestones.filter { $0.state == .overdue } }
    public var dueSoon: [MilestoneStatus] { milestones.filter { $0.state == .dueSoon } }
}
