import Foundation

/// The JSON object of SPEC 5: snake_case keys, dates as `YYYY-MM-DD`, absent values null.
struct JSONCheckRenderer {
    func render(_ result: CheckResult) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = CheckDocument(result)
        guard let data = try? encoder.encode(document), let text = String(data: data, encoding: .utf8) else {
            return "{}\n"
        }
        return text + "\n"
    }
}

private struct CheckDocument: Encodable {
    let diagnostics: [DiagnosticJSON]
    let programmes: [ProgrammeJSON]

    init(_ result: CheckResult) {
        diagnostics = result.diagnostics.map(DiagnosticJSON.init)
        let withheld = WithheldFigures(result)
        programmes = result.reports.map { ProgrammeJSON($0, withheld: withheld.withholds($0)) }
    }
}

private struct DiagnosticJSON: Encodable {
    let d: Diagnostic
    init(_ d: Diagnostic) { self.d = d }

    enum Keys: String, CodingKey { case severity, code, message, file, line, column }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(d.severity.rawValue, forKey: .severity)
        try c.encode(d.code.rawValue, forKey: .code)
        try c.encode(d.message, forKey: .message)
        try c.encode(d.location.file, forKey: .file)
        try c.encode(d.location.line, forKey: .line)
        try c.encode(d.location.column, forKey: .column)
    }
}

/// One programme. When its file has errors (`withheld`), every figure and list is null:
/// they would describe only the part of the programme that loaded. The programme is
/// still listed, so a consumer can say which one waits for its file to be fixed.
private struct ProgrammeJSON: Encodable {
    let r: ProgrammeReport
    let withheld: Bool
    init(_ r: ProgrammeReport, withheld: Bool) {
        self.r = r
        self.withheld = withheld
    }

    enum Keys: String, CodingKey, CaseIterable {
        case id, name, file, asOf = "as_of", percentComplete = "percent_complete", plannedPercent = "planned_percent"
        case milestones, benefits, risks, rag, confidence
        case realisedToDate = "realised_to_date", targetToDate = "target_to_date"
        case otherRealisedToDate = "other_realised_to_date"
        case netBenefitToDate = "net_benefit_to_date"
        case ragNotRated = "rag_not_rated"
        case approvedTotal = "approved_total", spentToDate = "spent_to_date", paybackPeriod = "payback_period"
        case finance, issues, decisions
        case withheld
    }

    /// What the file itself says, shown even when the figures are withheld.
    private static let declared: Set<Keys> = [.id, .name, .file, .asOf, .confidence, .withheld]

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(r.programme.id, forKey: .id)
        try c.encode(r.programme.name, forKey: .name)
        try c.encode(r.programme.file, forKey: .file)
        try c.encode(r.asOf.description, forKey: .asOf)
        try c.encode(r.programme.confidence?.rawValue, forKey: .confidence)
        try c.encode(withheld, forKey: .withheld)
        if withheld {
            for key in Keys.allCases where !Self.declared.contains(key) {
                try c.encodeNil(forKey: key)
            }
            return
        }
        try c.encode(r.completion.percentComplete, forKey: .percentComplete)
        try c.encode(r.completion.plannedPercent, forKey: .plannedPercent)
        try c.encode(r.milestones.map(MilestoneJSON.init), forKey: .milestones)
        try c.encode(r.benefits.map(BenefitJSON.init), forKey: .benefits)
        try c.encode(r.risks.map(RiskJSON.init), forKey: .risks)
        try c.encode([
            "schedule": r.rag.schedule.rag?.rawValue, "benefits": r.rag.benefits.rag?.rawValue,
            "risks": r.rag.risks.rag?.rawValue, "overall": r.rag.overall?.rawValue,
        ], forKey: .rag)
        // Why each part that is not rated is not (SPEC 3.5), beside the RAG object the spec gives.
        try c.encode(Dictionary(uniqueKeysWithValues: RAGPart.allCases.map { ($0.rawValue, r.rag.part($0).notRated?.rawValue) }),
                     forKey: .ragNotRated)
        try c.encode(r.realisedToDate, forKey: .realisedToDate)
        try c.encode(r.targetToDate, forKey: .targetToDate)
        try c.encode(r.otherRealisedToDate, forKey: .otherRealisedToDate)
        try c.encode(r.netBenefitToDate, forKey: .netBenefitToDate)
        try c.encode(r.funding?.approvedTotal, forKey: .approvedTotal)
        try c.encode(r.spentToDate, forKey: .spentToDate)
        try c.encode(r.funding?.paybackRow?.period.description, forKey: .paybackPeriod)
        try c.encode((r.funding?.rows ?? []).map(FinanceRowJSON.init), forKey: .finance)
        try c.encode(r.issues.map(IssueJSON.init), forKey: .issues)
        try c.encode(r.decisions.map(DecisionJSON.init), forKey: .decisions)
    }
}

/// SPEC 5 v1.1: a finance table row; a figure no profile gives for the period is null.
private struct FinanceRowJSON: Encodable {
    let row: FinanceRow
    init(_ row: FinanceRow) { self.row = row }

    enum Keys: String, CodingKey {
        case period, spent, net
        case benefitTarget = "benefit_target", benefitActual = "benefit_actual", cumulativeNet = "cumulative_net"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(row.period.description, forKey: .period)
        try c.encode(row.spent, forKey: .spent)
        try c.encode(row.benefitTarget, forKey: .benefitTarget)
        try c.encode(row.benefitActual, forKey: .benefitActual)
        try c.encode(row.net, forKey: .net)
        try c.encode(row.cumulativeNet, forKey: .cumulativeNet)
    }
}

private struct IssueJSON: Encodable {
    let s: IssueStatus
    init(_ s: IssueStatus) { self.s = s }

    enum Keys: String, CodingKey { case id, status, priority, daysOverdue = "days_overdue" }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(s.issue.id, forKey: .id)
        try c.encode(s.issue.status.rawValue, forKey: .status)
        try c.encode(s.issue.priority?.rawValue, forKey: .priority)
        try c.encode(s.daysOverdue, forKey: .daysOverdue)
    }
}

private struct DecisionJSON: Encodable {
    let s: DecisionStatus
    init(_ s: DecisionStatus) { self.s = s }

    enum Keys: String, CodingKey { case id, status, daysOverdue = "days_overdue" }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(s.decision.id, forKey: .id)
        try c.encode(s.decision.status.rawValue, forKey: .status)
        try c.encode(s.daysOverdue, forKey: .daysOverdue)
    }
}

private struct MilestoneJSON: Encodable {
    let s: MilestoneStatus
    init(_ s: MilestoneStatus) { self.s = s }

    enum Keys: String, CodingKey {
        case id, title, due, forecast, effective, completed, progress, weight, state, rag
        case daysOverdue = "days_overdue", slippedDays = "slipped_days"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        let m = s.milestone
        try c.encode(m.id, forKey: .id)
        try c.encode(m.title, forKey: .title)
        try c.encode(m.due.description, forKey: .due)
        try c.encode(m.forecast?.description, forKey: .forecast)
        try c.encode(m.effective.description, forKey: .effective)
        try c.encode(m.completed?.description, forKey: .completed)
        try c.encode(JSONNumber(s.progress), forKey: .progress)
        try c.encode(JSONNumber(m.weight), forKey: .weight)
        try c.encode(s.state.rawValue, forKey: .state)
        try c.encode(s.rag?.rawValue, forKey: .rag)
        // SPEC 5: days_overdue is null unless open past its date (as for issues and
        // decisions); a milestone that is not overdue has no days overdue, not 0.
        try c.encode(s.state == .overdue ? s.daysOverdue : nil, forKey: .daysOverdue)
        try c.encode(s.slippedDays, forKey: .slippedDays)
    }
}

private struct BenefitJSON: Encodable {
    let s: BenefitStatus
    init(_ s: BenefitStatus) { self.s = s }

    enum Keys: String, CodingKey {
        case id, kind, unit, rag
        case targetToDate = "target_to_date", actualToDate = "actual_to_date", realisation
        case totalTarget = "total_target", totalActual = "total_actual", totalStretch = "total_stretch"
        case latestActual = "latest_actual", actualOutsideProfile = "actual_outside_profile", status
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(s.benefit.id, forKey: .id)
        try c.encode(s.benefit.kind.rawValue, forKey: .kind)
        try c.encode(s.benefit.unit, forKey: .unit)
        try c.encode(s.targetToDate, forKey: .targetToDate)
        try c.encode(s.actualToDate, forKey: .actualToDate)
        try c.encode(s.realisation, forKey: .realisation)
        try c.encode(s.totalTarget, forKey: .totalTarget)
        try c.encode(s.totalActual, forKey: .totalActual)
        try c.encode(s.totalStretch, forKey: .totalStretch)
        try c.encode(s.latestActual, forKey: .latestActual)
        try c.encode(s.actualOutsideProfile, forKey: .actualOutsideProfile)
        try c.encode(s.benefit.cancelled ? "cancelled" : "active", forKey: .status)
        try c.encode(s.rag?.rawValue, forKey: .rag)
    }
}

private struct RiskJSON: Encodable {
    let s: RiskStatus
    init(_ s: RiskStatus) { self.s = s }

    enum Keys: String, CodingKey { case id, score, band, status }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(s.risk.id, forKey: .id)
        try c.encode(s.score, forKey: .score)
        try c.encode(s.band?.rawValue, forKey: .band)
        try c.encode(s.risk.status.rawValue, forKey: .status)
    }
}

/// A whole number as an integer (`80`), anything else as a decimal (`12.5`).
private struct JSONNumber: Encodable {
    let value: Double
    init(_ value: Double) { self.value = value }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if value.rounded() == value, abs(value) < 1e15 {
            try c.encode(Int(value))
        } else {
            try c.encode(value)
        }
    }
}
