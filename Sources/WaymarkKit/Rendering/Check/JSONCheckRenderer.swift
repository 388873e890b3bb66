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

    /// How much text is handed on at a time: after each item of every list, since a
    /// programme's risks or benefits alone can run to megabytes.
    private static let piece = 64 * 1024

    /// Hands the text to `output` a piece at a time, so the whole document (larger
    /// than the YAML it reports on) is never held at once.
    func write(_ result: CheckResult, to output: (String) -> Void) {
        var w = PrettyJSON()
        let withheld = WithheldFigures(result)
        w.object {
            $0.member("diagnostics") { w in w.array(result.diagnostics) { w, d in diagnostic(d, &w); w.flush(at: Self.piece, output) } }
            $0.member("programmes") { w in
                w.array(result.reports) { w, r in programme(r, withheld: withheld.withholds(r), &w, output) }
            }
        }
        w.newline()
        output(w.text)
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
            $0.member("as_of") { $0.day(r.asOf) }
            $0.member("benefits") { figure(&$0) { w in w.array(r.benefits) { w, s in benefit(s, &w); w.flush(at: Self.piece, output) } } }
            $0.member("confidence") { $0.string(r.programme.confidence?.rawValue) }
            $0.member("decisions") { figure(&$0) { w in w.array(r.decisions) { w, s in decision(s, &w); w.flush(at: Self.piece, output) } } }
            $0.member("file") { $0.string(r.programme.file) }
            $0.member("finance") { figure(&$0) { w in w.array(r.funding?.rows ?? []) { w, row in financeRow(row, &w); w.flush(at: Self.piece, output) } } }
            $0.member("id") { $0.string(r.programme.id) }
            $0.member("issues") { figure(&$0) { w in w.array(r.issues) { w, s in issue(s, &w); w.flush(at: Self.piece, output) } } }
            $0.member("milestones") { figure(&$0) { w in
                w.array(r.milestones.indices) { w, i in
                    milestone(at: i, r.programme.milestones, r.milestones.figures[i], &w)
                    w.flush(at: Self.piece, output)
                }
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
                        $0.member(named: part.rawValue) { $0.string(r.rag.part(part).notRated?.rawValue) }
                    }
                }
            } }
            $0.member("realised_to_date") { figure(&$0) { $0.number(r.realisedToDate) } }
            $0.member("risks") { figure(&$0) { w in w.array(r.risks) { w, s in risk(s, &w); w.flush(at: Self.piece, output) } } }
            $0.member("spent_to_date") { figure(&$0) { $0.number(r.spentToDate) } }
            $0.member("target_to_date") { figure(&$0) { $0.number(r.targetToDate) } }
            $0.member("withheld") { $0.bool(withheld) }
        }
    }

    private func milestone(at i: Int, _ milestones: [Milestone], _ f: MilestoneFigures, _ w: inout PrettyJSON) {
        // The milestone's fields are read in place: passing the whole milestone, or a
        // `MilestoneStatus`, copies all of it, every string retained and released again.
        w.object {
            $0.member("completed") { $0.day(milestones[i].completed) }
            $0.member("days_overdue") { $0.int(f.overdueDays) }
            $0.member("due") { $0.day(milestones[i].due) }
            $0.member("effective") { $0.day(milestones[i].effective) }
            $0.member("forecast") { $0.day(milestones[i].forecast) }
            $0.member("id") { $0.string(milestones[i].id) }
            $0.member("progress") { $0.number(f.progress) }
            $0.member("rag") { $0.string(f.rag?.rawValue) }
            $0.member("slipped_days") { $0.int(Int(f.slippedDays)) }
            $0.member("state") { $0.string(f.state.rawValue) }
            $0.member("title") { $0.string(milestones[i].title) }
            $0.member("weight") { $0.number(milestones[i].weight) }
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

/// Pretty-printed JSON, written as it goes into UTF-8 bytes: numbers and dates are
/// written as digits rather than made into strings first (a large programme has
/// hundreds of thousands of each).
private struct PrettyJSON {
    private var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the open array or object at each depth has an item yet, one bit a depth
    /// (the check output nests five deep).
    private var hasItems: UInt64 = 0

    /// What is written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Hands what is written so far to `output` once it is `size` bytes or more.
    mutating func flush(at size: Int, _ output: (String) -> Void) {
        guard bytes.count >= size else { return }
        output(text)
        bytes.removeAll(keepingCapacity: true)
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

    /// A member whose key is written here, as it is: every key is a snake_case literal.
    mutating func member(_ key: StaticString, _ value: (inout PrettyJSON) -> Void) {
        nextItem()
        write("\"")
        write(key)
        write("\" : ")
        value(&self)
    }

    mutating func member(named key: String, _ value: (inout PrettyJSON) -> Void) {
        nextItem()
        JSONString.append(key, to: &bytes)
        write(" : ")
        value(&self)
    }

    mutating func string(_ text: String?) {
        guard let text else { return null() }
        JSONString.append(text, to: &bytes)
    }

    mutating func null() {
        write("null")
    }

    mutating func bool(_ value: Bool) {
        write(value ? "true" : "false")
    }

    mutating func int(_ value: Int?) {
        guard let value else { return null() }
        digits(value)
    }

    /// `"YYYY-MM-DD"`, as `Day.description` writes it.
    mutating func day(_ value: Day?) {
        guard let value else { return null() }
        let (year, month, day) = value.civil
        guard (0...9999).contains(year) else { return string(value.description) }
        bytes.append(UInt8(ascii: "\""))
        digits(year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        digits(month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        digits(day, width: 2)
        bytes.append(UInt8(ascii: "\""))
    }

    /// A whole number without a decimal point (`80`), anything else as Swift prints it.
    mutating func number(_ value: Double?) {
        guard let value else { return null() }
        // Swift prints a whole number below 2^53 as its digits and `.0`; -0.0 keeps its sign.
        if value.rounded() == value, abs(value) < 1e15, value.sign == .plus || value != 0 {
            return digits(Int(value))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func write(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// The decimal digits of `value`, at least `width` of them (zeros in front).
    private mutating func digits(_ value: Int, width: Int = 1) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        var count = 1
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        count = max(count, width)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
        rest = value.magnitude
        var i = bytes.count - 1
        while rest > 0 {
            bytes[i] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            i -= 1
        }
    }

    private mutating func open(_ bracket: StaticString) {
        write(bracket)
        depth += 1
        precondition(depth < UInt64.bitWidth, "JSON nested deeper than the check output ever is")
        hasItems &= ~(1 << depth)
    }

    /// An empty collection is written as Foundation writes it: its brackets on two
    /// lines with an empty line between.
    private mutating func close(_ bracket: StaticString) {
        let any = hasItems & (1 << depth) != 0
        depth -= 1
        write(any ? "\n" : "\n\n")
        indent()
        write(bracket)
    }

    private mutating func nextItem() {
        if hasItems & (1 << depth) != 0 { bytes.append(UInt8(ascii: ",")) }
        hasItems |= 1 << depth
        newline()
        indent()
    }

    /// Two spaces a level, cut from one literal: no array to make or retain.
    private static let spaces: StaticString = "                                                                "

    private mutating func indent() {
        Self.spaces.withUTF8Buffer { spaces in
            let count = 2 * depth
            if count <= spaces.count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: spaces.prefix(count)))
            } else {
                bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
            }
        }
    }
}
