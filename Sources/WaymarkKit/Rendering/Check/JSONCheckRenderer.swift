/// The JSON object of SPEC 5: snake_case keys, dates as `YYYY-MM-DD`, absent values null.
///
/// Written straight to text in the layout Foundation's `JSONEncoder` gives with
/// `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes` (two-space indents,
/// `"key" : value`, keys in order), which this replaced: for 100,000 milestones the
/// encoder took longer than reading the YAML, and held the whole document twice.
struct JSONCheckRenderer {
    func render(_ result: CheckResult) -> String {
        var text = ""
        write(result) { text += $0 }
        return text
    }

    /// Hands the text to `output` a piece at a time, so the whole document (larger
    /// than the YAML it reports on) is never held at once.
    func write(_ result: CheckResult, to output: (String) -> Void) {
        var w = PrettyJSON()
        let withheld = WithheldFigures(result)
        w.object {
            $0.member("diagnostics") { w in w.array(result.diagnostics) { w, d in diagnostic(d, &w); w.flush(at: 64 * 1024, output) } }
            $0.member("programmes") { w in
                w.array(result.reports) { w, r in programme(r, withheld: withheld.withholds(r), &w, output) }
            }
        }
        output(w.out + "\n")
    }

    // Each object's members are written in sorted key order, as `.sortedKeys` would.

    private func diagnostic(_ d: Diagnostic, _ w: inout PrettyJSON) {
        w.object {
            $0.member("code") { $0.string(d.code.rawValue) }
            $0.member("column") { $0.int(d.location.column) }
            $0.member("file") { $0.string(d.location.file) }
            $0.member("line") { $0.int(d.location.line) }
            $0.member("message") { $0.string(d.message) }
            $0.member("severity") { $0.string(d.severity.rawValue) }
        }
    }

    /// One programme. When its file has errors (`withheld`), every figure and list is
    /// null: they would describe only the part of the programme that loaded. The
    /// programme is still listed, so a consumer can say which one waits for its file to
    /// be fixed. What the file itself says (id, name, file, as_of, confidence) is shown.
    private func programme(_ r: ProgrammeReport, withheld: Bool, _ w: inout PrettyJSON, _ output: (String) -> Void) {
        // A figure, or null when withheld.
        func figure(_ w: inout PrettyJSON, _ value: (inout PrettyJSON) -> Void) {
            if withheld { w.null() } else { value(&w) }
        }
        w.object {
            $0.member("approved_total") { figure(&$0) { $0.number(r.funding?.approvedTotal) } }
            $0.member("as_of") { $0.string(r.asOf.description) }
            $0.member("benefits") { figure(&$0) { w in w.array(r.benefits) { w, s in benefit(s, &w) } } }
            $0.member("confidence") { $0.string(r.programme.confidence?.rawValue) }
            $0.member("decisions") { figure(&$0) { w in w.array(r.decisions) { w, s in decision(s, &w) } } }
            $0.member("file") { $0.string(r.programme.file) }
            $0.member("finance") { figure(&$0) { w in w.array(r.funding?.rows ?? []) { w, row in financeRow(row, &w) } } }
            $0.member("id") { $0.string(r.programme.id) }
            $0.member("issues") { figure(&$0) { w in w.array(r.issues) { w, s in issue(s, &w) } } }
            $0.member("milestones") { figure(&$0) { w in
                w.array(r.milestones) { w, s in milestone(s, &w); w.flush(at: 64 * 1024, output) }
            } }
            $0.member("name") { $0.string(r.programme.name) }
            $0.member("net_benefit_to_date") { figure(&$0) { $0.number(r.netBenefitToDate) } }
            $0.member("other_realised_to_date") { figure(&$0) { $0.number(r.otherRealisedToDate) } }
            $0.member("payback_period") { figure(&$0) { $0.string(r.funding?.paybackRow?.period.description) } }
            $0.member("percent_complete") { figure(&$0) { $0.number(r.completion.percentComplete) } }
            $0.member("planned_percent") { figure(&$0) { $0.number(r.completion.plannedPercent) } }
            $0.member("rag") { figure(&$0) { w in
                w.object {
                    $0.member("benefits") { $0.string(r.rag.benefits.rag?.rawValue) }
                    $0.member("overall") { $0.string(r.rag.overall?.rawValue) }
                    $0.member("risks") { $0.string(r.rag.risks.rag?.rawValue) }
                    $0.member("schedule") { $0.string(r.rag.schedule.rag?.rawValue) }
                }
            } }
            // Why each part that is not rated is not (SPEC 3.5), beside the RAG object the spec gives.
            $0.member("rag_not_rated") { figure(&$0) { w in
                w.object {
                    for part in RAGPart.allCases.sorted(by: { $0.rawValue < $1.rawValue }) {
                        $0.member(part.rawValue) { $0.string(r.rag.part(part).notRated?.rawValue) }
                    }
                }
            } }
            $0.member("realised_to_date") { figure(&$0) { $0.number(r.realisedToDate) } }
            $0.member("risks") { figure(&$0) { w in w.array(r.risks) { w, s in risk(s, &w) } } }
            $0.member("spent_to_date") { figure(&$0) { $0.number(r.spentToDate) } }
            $0.member("target_to_date") { figure(&$0) { $0.number(r.targetToDate) } }
            $0.member("withheld") { $0.bool(withheld) }
        }
    }

    private func milestone(_ s: MilestoneStatus, _ w: inout PrettyJSON) {
        let m = s.milestone
        w.object {
            $0.member("completed") { $0.string(m.completed?.description) }
            // SPEC 5: days_overdue is null unless open past its date (as for issues and
            // decisions); a milestone that is not overdue has no days overdue, not 0.
            $0.member("days_overdue") { $0.int(s.state == .overdue ? s.daysOverdue : nil) }
            $0.member("due") { $0.string(m.due.description) }
            $0.member("effective") { $0.string(m.effective.description) }
            $0.member("forecast") { $0.string(m.forecast?.description) }
            $0.member("id") { $0.string(m.id) }
            $0.member("progress") { $0.number(s.progress) }
            $0.member("rag") { $0.string(s.rag?.rawValue) }
            $0.member("slipped_days") { $0.int(s.slippedDays) }
            $0.member("state") { $0.string(s.state.rawValue) }
            $0.member("title") { $0.string(m.title) }
            $0.member("weight") { $0.number(m.weight) }
        }
    }

    private func benefit(_ s: BenefitStatus, _ w: inout PrettyJSON) {
        w.object {
            $0.member("actual_outside_profile") { $0.number(s.actualOutsideProfile) }
            $0.member("actual_to_date") { $0.number(s.actualToDate) }
            $0.member("id") { $0.string(s.benefit.id) }
            $0.member("kind") { $0.string(s.benefit.kind.rawValue) }
            $0.member("latest_actual") { $0.number(s.latestActual) }
            $0.member("rag") { $0.string(s.rag?.rawValue) }
            $0.member("realisation") { $0.number(s.realisation) }
            $0.member("status") { $0.string(s.benefit.cancelled ? "cancelled" : "active") }
            $0.member("target_to_date") { $0.number(s.targetToDate) }
            $0.member("total_actual") { $0.number(s.totalActual) }
            $0.member("total_stretch") { $0.number(s.totalStretch) }
            $0.member("total_target") { $0.number(s.totalTarget) }
            $0.member("unit") { $0.string(s.benefit.unit) }
        }
    }

    private func risk(_ s: RiskStatus, _ w: inout PrettyJSON) {
        w.object {
            $0.member("band") { $0.string(s.band?.rawValue) }
            $0.member("id") { $0.string(s.risk.id) }
            $0.member("score") { $0.int(s.score) }
            $0.member("status") { $0.string(s.risk.status.rawValue) }
        }
    }

    /// SPEC 5 v1.1: a finance table row; a figure no profile gives for the period is null.
    private func financeRow(_ row: FinanceRow, _ w: inout PrettyJSON) {
        w.object {
            $0.member("benefit_actual") { $0.number(row.benefitActual) }
            $0.member("benefit_target") { $0.number(row.benefitTarget) }
            $0.member("cumulative_net") { $0.number(row.cumulativeNet) }
            $0.member("net") { $0.number(row.net) }
            $0.member("period") { $0.string(row.period.description) }
            $0.member("spent") { $0.number(row.spent) }
        }
    }

    private func issue(_ s: IssueStatus, _ w: inout PrettyJSON) {
        w.object {
            $0.member("days_overdue") { $0.int(s.daysOverdue) }
            $0.member("id") { $0.string(s.issue.id) }
            $0.member("priority") { $0.string(s.issue.priority?.rawValue) }
            $0.member("status") { $0.string(s.issue.status.rawValue) }
        }
    }

    private func decision(_ s: DecisionStatus, _ w: inout PrettyJSON) {
        w.object {
            $0.member("days_overdue") { $0.int(s.daysOverdue) }
            $0.member("id") { $0.string(s.decision.id) }
            $0.member("status") { $0.string(s.decision.status.rawValue) }
        }
    }
}

/// Pretty-printed JSON text, written as it goes.
private struct PrettyJSON {
    var out = ""
    private var depth = 0
    /// Whether the innermost open array or object has an item yet.
    private var hasItems: [Bool] = []

    /// Hands what is written so far to `output` once it is `size` bytes or more.
    mutating func flush(at size: Int, _ output: (String) -> Void) {
        guard out.utf8.count >= size else { return }
        output(out)
        out = ""
    }

    mutating func object(_ members: (inout PrettyJSON) -> Void) {
        open("{")
        members(&self)
        close("}")
    }

    mutating func array<S: Sequence>(_ items: S, _ item: (inout PrettyJSON, S.Element) -> Void) {
        open("[")
        for element in items {
            nextItem()
            item(&self, element)
        }
        close("]")
    }

    mutating func member(_ key: String, _ value: (inout PrettyJSON) -> Void) {
        nextItem()
        quote(key)
        out += " : "
        value(&self)
    }

    mutating func string(_ text: String?) {
        guard let text else { return out += "null" }
        quote(text)
    }

    mutating func null() {
        out += "null"
    }

    mutating func bool(_ value: Bool) {
        out += value ? "true" : "false"
    }

    mutating func int(_ value: Int?) {
        out += value.map(String.init) ?? "null"
    }

    /// A whole number without a decimal point (`80`), anything else as Swift prints it.
    mutating func number(_ value: Double?) {
        guard let value else { return out += "null" }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        out += text
    }

    private mutating func open(_ bracket: String) {
        out += bracket
        depth += 1
        hasItems.append(false)
    }

    /// An empty collection is written as Foundation writes it: its brackets on two
    /// lines with an empty line between.
    private mutating func close(_ bracket: String) {
        let any = hasItems.removeLast()
        depth -= 1
        out += any ? "\n" : "\n\n"
        indent()
        out += bracket
    }

    private mutating func nextItem() {
        if hasItems[hasItems.count - 1] { out += "," }
        hasItems[hasItems.count - 1] = true
        out += "\n"
        indent()
    }

    private static let indents = (0..<16).map { String(repeating: "  ", count: $0) }

    private mutating func indent() {
        out += depth < Self.indents.count ? Self.indents[depth] : String(repeating: "  ", count: depth)
    }

    private mutating func quote(_ text: String) {
        JSONString.append(text, to: &out)
    }
}
