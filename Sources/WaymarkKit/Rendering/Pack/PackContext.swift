/// What every section of one programme's pack draws on: its figures, what the run's
/// checks said about its file, and the other programmes of the run (for dependencies
/// between programmes).
struct PackContext {
    let report: ProgrammeReport
    let result: CheckResult
    /// The run's diagnostics about this programme's file, in output order.
    let diagnostics: [Diagnostic]
    let format: Formatting
    /// Changes since an earlier revision and figures over time, when asked for.
    let history: PackHistory
    /// Each diagnostic's code and place, so `has` is a lookup, not a search of them all
    /// for every milestone and reference.
    private let findings: Set<Finding>

    private struct Finding: Hashable {
        let code: DiagnosticCode
        let location: SourceLocation
    }

    init(report: ProgrammeReport, result: CheckResult, history: PackHistory = .none) {
        self.report = report
        self.result = result
        self.history = history
        diagnostics = result.diagnostics.filter { $0.location.file == report.programme.file }
        findings = Set(diagnostics.map { Finding(code: $0.code, location: $0.location) })
        format = Formatting(currency: report.programme.currency)
    }

    var programme: Programme { report.programme }
    var asOf: Day { report.asOf }
    var thresholds: Thresholds { report.settings.thresholds }

    /// Whether the checks raised `code` at `location`: the pack uses the checks' findings
    /// (blocked, review overdue, …) rather than deciding them again.
    func has(_ code: DiagnosticCode, at location: SourceLocation) -> Bool {
        findings.contains(Finding(code: code, location: location))
    }

    func diagnostics(_ codes: Set<DiagnosticCode>) -> [Diagnostic] {
        diagnostics.filter { codes.contains($0.code) }
    }

    /// The milestone a reference names, in this programme or another of the run.
    func milestone(_ reference: Reference) -> (report: ProgrammeReport, status: MilestoneStatus)? {
        let target = ProgrammeIndex.target(of: reference, from: programme.id)
        guard let owner = result.reports.first(where: { $0.programme.id == target.programme }),
              let status = owner.milestone(target.item)
        else { return nil }
        return (owner, status)
    }

    /// A milestone's title for the reader, with its programme's name when it is another's.
    func milestoneName(_ reference: Reference) -> String {
        guard let found = milestone(reference) else { return MarkdownText.inline(reference.text) }
        let title = "**\(MarkdownText.inline(found.status.milestone.title))**"
        if found.report.programme.id == programme.id { return title }
        return "\(title) (\(MarkdownText.inline(found.report.programme.name)))"
    }

    func workstreamName(_ id: String?) -> String? {
        guard let id else { return nil }
        return programme.workstreams.first { $0.id == id }.map { MarkdownText.inline($0.name) }
    }

    /// What a milestone's state means, with its RAG in words: `🔴 Red: overdue by 15 days`.
    func stateDescription(_ status: MilestoneStatus) -> String {
        switch status.state {
        case .complete:
            let when = status.milestone.completed.map { " on \(Formatting.date($0))" } ?? ""
            return "✅ Complete\(when)"
        case .cancelled:
            return "➖ Cancelled"
        case .overdue:
            let within = status.rag == .amber
                ? " (within the tolerance of \(Formatting.days(thresholds.overdueToleranceDays)))" : ""
            return "\(Formatting.rag(status.rag)): overdue by \(Formatting.days(status.daysOverdue))\(within)"
        case .dueSoon:
            let days = asOf.days(to: status.milestone.effective)
            return "\(Formatting.rag(status.rag)): due \(days == 0 ? "today" : "in \(Formatting.days(days))")"
        case .onTrack:
            if status.slippedDays > 0 {
                return "\(Formatting.rag(status.rag)): slipped \(Formatting.days(status.slippedDays))"
            }
            return "\(Formatting.rag(status.rag)): on track"
        }
    }
}
