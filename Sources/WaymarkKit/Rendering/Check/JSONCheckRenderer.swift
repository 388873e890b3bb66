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
        w.object {
            $0.member("diagnostics") { w in w.array(result.diagnostics) { w, d in diagnostic(d, &w); w.flush(at: 64 * 1024, output) } }
            $0.member("programmes") { w in w.array(result.reports) { w, r in programme(r, &w, output) } }
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

    private func programme(_ r: ProgrammeReport, _ w: inout PrettyJSON, _ output: (String) -> Void) {
        w.object {
            $0.member("as_of") { $0.string(r.asOf.description) }
            $0.member("benefits") { w in w.array(r.benefits) { w, s in benefit(s, &w) } }
            $0.member("confidence") { $0.string(r.programme.confidence?.rawValue) }
            $0.member("file") { $0.string(r.programme.file) }
            $0.member("id") { $0.string(r.programme.id) }
            $0.member("milestones") { w in w.array(r.milestones) { w, s in milestone(s, &w); w.flush(at: 64 * 1024, output) } }
            $0.member("name") { $0.string(r.programme.name) }
            $0.member("net_benefit_to_date") { $0.number(r.netBenefitToDate) }
            $0.member("percent_complete") { $0.number(r.completion.percentComplete) }
            $0.member("planned_percent") { $0.number(r.completion.plannedPercent) }
            $0.member("rag") { w in
                w.object {
                    $0.member("benefits") { $0.string(r.rag.benefits.rag?.rawValue) }
                    $0.member("overall") { $0.string(r.rag.overall?.rawValue) }
                    $0.member("risks") { $0.string(r.rag.risks.rag?.rawValue) }
                    $0.member("schedule") { $0.string(r.rag.schedule.rag?.rawValue) }
                }
            }
            $0.member("realised_to_date") { $0.number(r.realisedToDate) }
            $0.member("risks") { w in w.array(r.risks) { w, s in risk(s, &w) } }
            $0.member("target_to_date") { $0.number(r.targetToDate) }
        }
    }

    private func milestone(_ s: MilestoneStatus, _ w: inout PrettyJSON) {
        let m = s.milestone
        w.object {
            $0.member("completed") { $0.string(m.completed?.description) }
            $0.member("days_overdue") { $0.int(s.daysOverdue) }
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
            $0.member("actual_to_date") { $0.number(s.actualToDate) }
            $0.member("id") { $0.string(s.benefit.id) }
            $0.member("kind") { $0.string(s.benefit.kind.rawValue) }
            $0.member("latest_actual") { $0.number(s.latestActual) }
            $0.member("rag") { $0.string(s.rag?.rawValue) }
            $0.member("realisation") { $0.number(s.realisation) }
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

    /// A JSON string: quotes, backslashes and control characters escaped, `/` not.
    private mutating func quote(_ text: String) {
        out += "\""
        var plain = true
        for byte in text.utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            plain = false
            break
        }
        if plain {
            out += text
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{08}": out += "\\b"
                case "\u{0C}": out += "\\f"
                case let c where c.value < 0x20:
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
