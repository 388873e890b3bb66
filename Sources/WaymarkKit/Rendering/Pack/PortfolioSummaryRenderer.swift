/// The portfolio summary, `README.md` beside the packs: one row a programme with its
/// RAG and the figures a board compares across programmes, a link to each pack, and
/// the problems with dependencies between programmes.
struct PortfolioSummaryRenderer {
    let result: CheckResult
    /// With `--since`: each programme's overall RAG then and now.
    var changes: ChangesSection? = nil

    func render() -> String {
        let name = result.portfolio?.name.map(MarkdownText.inline).flatMap { $0.isEmpty ? nil : $0 }
        var parts = [name.map { "# \($0): programme status" } ?? "# Programme status"]
        let dates = Set(result.reports.map(\.asOf))
        if dates.count == 1, let date = dates.first {
            parts.append("Figures as at **\(Formatting.date(date))**. Each programme's name links to its full status pack.")
        } else {
            parts.append("Each programme's figures are as at its own date, given in the table. "
                         + "Each programme's name links to its full status pack.")
        }
        parts.append(result.reports.isEmpty ? "No programmes were found." : table())
        parts.append("## Dependencies between programmes")
        parts.append(crossProgrammeProblems())
        parts.append("---")
        parts.append("RAG key: 🔴 Red · 🟠 Amber · 🟢 Green · ⚪ Not rated. Overall RAG is the worst of schedule, "
                     + "benefits and risks; each pack explains the rule behind each part.")
        return MarkdownText.blocks(parts)
    }

    /// `🟠 Amber → 🔴 Red`, or `new → 🟢 Green` for a programme added since.
    private func thenAndNow(_ changes: ChangesSection, _ id: String) -> String {
        guard let programme = changes.diff.programme(id) else { return "—" }
        let shift = programme.rag(.overall)
        let then = programme.status == .added ? "new" : Formatting.rag(shift.then)
        return "\(then) → \(Formatting.rag(shift.now))"
    }

    /// `3 (1)`: open issues, and how many of them are high priority.
    static func openIssues(_ report: ProgrammeReport) -> String {
        let open = report.issues.filter(\.isOpen)
        return "\(open.count) (\(open.filter { $0.issue.priority == .high }.count))"
    }

    /// `2, 1 overdue`: decisions the board is asked for and not yet made.
    static func decisionsAwaited(_ report: ProgrammeReport) -> String {
        let awaited = report.decisions.filter(\.isOpen)
        let late = awaited.filter { $0.daysOverdue != nil }.count
        return late == 0 ? "\(awaited.count)" : "\(awaited.count), \(late) overdue"
    }

    private func table() -> String {
        var table = MarkdownTable([
            .init("Programme"), .init("As at"), .init("Overall"), .init("Schedule"), .init("Benefits"), .init("Risks"),
            .init("Complete (planned)", .right), .init("Overdue", .right), .init("Realised to date (target)", .right),
            .init("Other recorded to date", .right),
            .init("Open issues (high)", .right), .init("Decisions awaited", .right),
        ] + (changes.map { [.init(ChangesSection.title(since: $0.diff.since) + ": overall RAG then → now")] } ?? []))
        for report in result.reports {
            let p = report.programme
            let format = Formatting(currency: p.currency)
            let name = MarkdownText.inline(p.name, or: MarkdownText.inline(p.id))
            var complete = "—"
            if let done = report.completion.percentComplete, let planned = report.completion.plannedPercent {
                complete = "\(Formatting.percent(done)) (\(Formatting.percent(planned)))"
            }
            var realised = "—"
            if let actual = report.realisedToDate, let target = report.targetToDate {
                realised = "\(format.money(actual)) (\(format.money(target)))"
            }
            // Pounds with no target to compare with sit in their own column, never in the first.
            let other = report.otherRealisedToDate.map(format.money) ?? "—"
            table.add([
                "[\(name)](\(StatusPack.fileName(for: p)))", Formatting.date(report.asOf),
                "**\(Formatting.rag(report.rag.part(.overall)))**", Formatting.rag(report.rag.schedule),
                Formatting.rag(report.rag.benefits), Formatting.rag(report.rag.risks),
                complete, Formatting.grouped(Double(report.overdue.count)), realised, other,
                Self.openIssues(report), Self.decisionsAwaited(report),
            ] + (changes.map { [thenAndNow($0, p.id)] } ?? []))
        }
        return table.render()
    }

    private func crossProgrammeProblems() -> String {
        let lines = result.reports.flatMap { report in
            let context = PackContext(report: report, result: result)
            let name = MarkdownText.inline(report.programme.name, or: MarkdownText.inline(report.programme.id))
            return context.dependencyProblems().filter(\.crossProgramme).map { problem in
                "- **\(problem.kind.rawValue):** [\(name)](\(StatusPack.fileName(for: report.programme))): \(problem.text)"
            }
        }
        return lines.isEmpty ? "No problems with dependencies between programmes." : lines.joined(separator: "\n")
    }
}
