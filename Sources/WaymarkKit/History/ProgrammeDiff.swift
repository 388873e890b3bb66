/// What moved in one programme between two points in its history: a pure comparison
/// of two reports of the same `programme.id`, each at its own as-of date.
public struct ProgrammeDiff: Sendable {
    public enum Status: String, Hashable, Sendable {
        /// Only in the later files.
        case added
        /// Only in the earlier files.
        case removed
        /// At both, with at least one change.
        case changed
        /// At both, with nothing to report.
        case unchanged
    }

    public let id: String
    public let name: String
    /// The file relative to the repository top level at each side; nil where absent.
    public let thenFile: String?
    public let nowFile: String?
    public let thenAsOf: Day?
    public let nowAsOf: Day?
    public let percentComplete: FigureShift
    public let plannedPercent: FigureShift
    /// Programme realised to date and target to date in its currency (SPEC 3.3).
    public let realisedToDate: FigureShift
    public let targetToDate: FigureShift
    /// Other realised to date (SPEC 3.3): pounds recorded with no target, beside the headline.
    public let otherRealisedToDate: FigureShift
    public let currency: String
    public let ragThen: RAGBreakdown?
    public let ragNow: RAGBreakdown?
    public let milestones: [MilestoneChange]
    public let benefits: [BenefitChange]
    public let risks: [RiskChange]
    public let dependencies: [DependencyChange]
    public let funding: [FundingChange]
    public let issues: [IssueChange]
    public let decisions: [DecisionChange]
    /// nil when the board narrative is unchanged.
    public let narrative: NarrativeChange?
    /// Spend to date and net benefit to date (SPEC 3.7) at each side.
    public let spentToDate: FigureShift
    public let netBenefitToDate: FigureShift
    /// The score trend of every risk scored at both sides, by risk id.
    public let riskTrends: [String: Trend]
    /// The realisation trend of every benefit with a realisation at both sides, by benefit id.
    public let benefitTrends: [String: Trend]

    /// Compares two reports of one programme. Lists are filled only when both sides
    /// exist: a programme added or removed is reported as a whole, not item by item.
    public init(then: ProgrammeReport?, now: ProgrammeReport?, thenFile: String? = nil, nowFile: String? = nil) {
        let programme = now?.programme ?? then?.programme
        id = programme?.id ?? ""
        name = programme?.name ?? ""
        currency = programme?.currency ?? "GBP"
        self.thenFile = then == nil ? nil : (thenFile ?? then?.programme.file)
        self.nowFile = now == nil ? nil : (nowFile ?? now?.programme.file)
        thenAsOf = then?.asOf
        nowAsOf = now?.asOf
        percentComplete = FigureShift(then: then?.completion.percentComplete, now: now?.completion.percentComplete)
        plannedPercent = FigureShift(then: then?.completion.plannedPercent, now: now?.completion.plannedPercent)
        realisedToDate = FigureShift(then: then?.realisedToDate, now: now?.realisedToDate)
        targetToDate = FigureShift(then: then?.targetToDate, now: now?.targetToDate)
        otherRealisedToDate = FigureShift(then: then?.otherRealisedToDate, now: now?.otherRealisedToDate)
        ragThen = then?.rag
        ragNow = now?.rag
        spentToDate = FigureShift(then: then?.funding?.spentToDate, now: now?.funding?.spentToDate)
        netBenefitToDate = FigureShift(then: then?.netBenefitToDate, now: now?.netBenefitToDate)
        guard let then, let now else {
            milestones = []
            benefits = []
            risks = []
            dependencies = []
            funding = []
            issues = []
            decisions = []
            narrative = nil
            riskTrends = [:]
            benefitTrends = [:]
            return
        }
        milestones = MilestoneChange.changes(then: Array(then.milestones), now: Array(now.milestones))
        benefits = BenefitChange.changes(then: then.benefits, now: now.benefits,
                                         financialYearStart: now.settings.financialYearStart)
        risks = RiskChange.changes(then: then.risks, now: now.risks)
        dependencies = DependencyChange.changes(then: then.programme.dependencies, thenAsOf: then.asOf,
                                                now: now.programme.dependencies, nowAsOf: now.asOf)
        funding = FundingChange.changes(then: then, now: now)
        issues = IssueChange.changes(then: then.programme.issues, now: now.programme.issues)
        decisions = DecisionChange.changes(then: then.programme.decisions, now: now.programme.decisions)
        narrative = NarrativeChange.change(then: then.programme.narrative, now: now.programme.narrative)
        var riskTrends: [String: Trend] = [:]
        for status in now.risks {
            let before = then.risks.first { $0.risk.id == status.risk.id }
            if let trend = Trend(from: before?.score.map(Double.init), to: status.score.map(Double.init)) {
                riskTrends[status.risk.id] = trend
            }
        }
        self.riskTrends = riskTrends
        var benefitTrends: [String: Trend] = [:]
        for status in now.benefits {
            let before = then.benefits.first { $0.benefit.id == status.benefit.id }
            if let trend = Trend(from: before?.realisation, to: status.realisation) {
                benefitTrends[status.benefit.id] = trend
            }
        }
        self.benefitTrends = benefitTrends
    }

    public var status: Status {
        if thenAsOf == nil { return .added }
        if nowAsOf == nil { return .removed }
        let highlight = !funding.isEmpty || !issues.isEmpty || !decisions.isEmpty || narrative != nil
        let moved = isRenamed || !milestones.isEmpty || !benefits.isEmpty || !risks.isEmpty || !dependencies.isEmpty || highlight
            || [percentComplete, plannedPercent, realisedToDate, targetToDate, otherRealisedToDate].contains(where: \.isChanged)
            || !changedRAGParts.isEmpty
        return moved ? .changed : .unchanged
    }

    /// The file moved to another path since (matched by `programme.id`).
    public var isRenamed: Bool {
        guard let thenFile, let nowFile else { return false }
        return thenFile != nowFile
    }

    /// One part of the RAG at each side.
    public func rag(_ part: RAGPart) -> RAGShift {
        let then = ragThen?.part(part)
        let now = ragNow?.part(part)
        return RAGShift(then: then?.rag, now: now?.rag, thenNotRated: then?.notRated, nowNotRated: now?.notRated)
    }

    /// The RAG parts that differ, overall first.
    public var changedRAGParts: [RAGPart] {
        guard ragThen != nil, ragNow != nil else { return [] }
        return RAGPart.allCases.filter { rag($0).isChanged }
    }
}
