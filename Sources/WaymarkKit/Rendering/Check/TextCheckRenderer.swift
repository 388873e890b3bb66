/// Compiler-style lines (`file:line:col: severity: message [code]`), which editors and
/// CI logs make clickable, then one summary line a programme.
struct TextCheckRenderer {
    func render(_ result: CheckResult) -> String {
        var lines = result.diagnostics.map(\.description)
        lines += summaries(result)
        let count = { (severity: Severity) in result.diagnostics.filter { $0.severity == severity }.count }
        lines.append("\(plural(result.files.count, "file")) checked: \(plural(count(.error), "error")), \(plural(count(.warning), "warning"))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One summary line a programme, in input order.
    func summaries(_ result: CheckResult) -> [String] {
        let withheld = WithheldFigures(result)
        return result.reports.map { summary($0, errors: withheld.errors(for: $0)) }
    }

    /// `id: 62.5% complete (planned 70.0%), 1 overdue, RAG ... as of 2024-03-31`; when the
    /// programme's file has `errors`, a line saying its figures wait for them to be fixed.
    func summary(_ report: ProgrammeReport, errors: Int) -> String {
        let p = report.programme
        if errors > 0 {
            let which = errors == 1 ? "the error" : "the \(errors) errors"
            return "\(p.id): figures withheld until \(which) in \(p.file) \(errors == 1 ? "is" : "are") fixed"
        }
        var parts: [String] = []
        if let complete = report.completion.percentComplete, let planned = report.completion.plannedPercent {
            parts.append("\(oneDecimal(complete))% complete (planned \(oneDecimal(planned))%)")
        } else {
            parts.append("no milestones")
        }
        parts.append("\(report.overdue.count) overdue")
        let rag = report.rag
        // Not rated overall means no part is rated, and the reason already says why.
        parts.append(rag.overall == nil ? "RAG \(rag.part(.overall).label)"
            : "RAG \(rag.part(.overall).label) (schedule \(rag.schedule.label), benefits \(rag.benefits.label), risks \(rag.risks.label))")
        return "\(p.id): \(parts.joined(separator: ", ")) as of \(report.asOf)"
    }
}

/// 62.5, 70.0: figures to one decimal place, rounded half away from zero.
func oneDecimal(_ value: Double) -> String {
    // Total, so no figure can stop a run: one too large for an Int is shown as it is.
    guard let tenths = Int(exactly: (value * 10).rounded()) else { return "\(value)" }
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
}
