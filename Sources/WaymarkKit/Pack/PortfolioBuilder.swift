/// Builds the portfolio summary: one row a programme with its RAG and the figures a board
/// compares across programmes, a link to each pack, and the problems with dependencies
/// between programmes.
public struct PortfolioBuilder {
    public let result: CheckResult
    /// With `--since`: each programme's overall RAG then and now.
    public var changes: ChangesSection?

    public init(result: CheckResult, changes: ChangesSection? = nil) {
        self.result = result
        self.changes = changes
    }

    public func build() -> PackDocument {
        let name = result.portfolio?.name.flatMap { PlainText.isBlank($0) ? nil : $0 }
        var blocks: [PackBlock] = [.heading(1, name.map { "\(.text($0)): programme status" } ?? "Programme status")]
        let dates = Set(result.reports.map(\.asOf))
        if dates.count == 1, let date = dates.first {
            blocks.append(.paragraph("Figures as at \(.strong("\(.date(date))")). Each programme's name links to its full status pack."))
        } else {
            blocks.append(.paragraph("Each programme's figures are as at its own date, given in the table. "
                + "Each programme's name links to its full status pack."))
        }
        blocks.append(result.reports.isEmpty ? .paragraph("No programmes were found.") : .table(table()))
        blocks.append(.heading(2, "Dependencies between programmes"))
        blocks.append(crossProgrammeProblems())
        blocks.append(.rule)
        blocks.append(.paragraph("RAG key: \(.rag(.red)) · \(.rag(.amber)) · \(.rag(.green)) · \(.rag(nil)). Overall RAG is the "
            + "worst of schedule, benefits and risks; each pack explains the rule behind each part."))
        let title = name.map { "\(PlainText.oneLine($0)): programme status" } ?? "Programme status"
        return PackDocument(kind: .portfolio, title: title, sections: [PackSection(.portfolio, blocks)])
    }

    /// `🟠 Amber → 🔴 Red`, or `new → 🟢 Green` for a programme added since.
    private func thenAndNow(_ changes: ChangesSection, _ id: String) -> PackText {
        guard let programme = changes.diff.programme(id) else { return "—" }
        let shift = programme.rag(.overall)
        let then: PackText = programme.status == .added ? "new" : "\(.rag(shift.then))"
        return "\(then) → \(.rag(shift.now))"
    }

    /// `3 (1)`: open issues, and how many of them are high priority.
    static func openIssues(_ report: ProgrammeReport) -> PackText {
        let open = report.issues.filter(\.isOpen)
        return "\(.number(Double(open.count))) (\(.number(Double(open.filter { $0.issue.priority == .high }.count))))"
    }

    /// `2, 1 overdue`: decisions the board is asked for and not yet made.
    static func decisionsAwaited(_ report: ProgrammeReport) -> PackText {
        let awaited = report.decisions.filter(\.isOpen)
        let late = awaited.filter { $0.daysOverdue != nil }.count
        return late == 0 ? "\(.number(Double(awaited.count)))" : "\(.number(Double(awaited.count))), \(.number(Double(late))) overdue"
    }

    private func table() -> PackTable {
        var table = PackTable([
            .init("Programme"), .init("As at"), .init("Overall"), .init("Schedule"), .init("Benefits"), .init("Risks"),
            .init("Complete (planned)", .right), .init("Overdue", .right), .init("Realised to date (target)", .right),
            .init("Other recorded to date", .right),
            .init("Open issues (high)", .right), .init("Decisions awaited", .right),
        ] + (changes.map { [.init("\(words: ChangesSection.title(since: $0.diff.since)): overall RAG then → now")] } ?? []))
        for report in result.reports {
            let p = report.programme
            let name: PackText = PackText([.text(PlainText.isBlank(p.name) ? p.id : p.name)])
            var complete: PackText = "—"
            if let done = report.completion.percentComplete, let planned = report.completion.plannedPercent {
                complete = "\(.percent(done)) (\(.percent(planned)))"
            }
            var realised: PackText = "—"
            if let actual = report.realisedToDate, let target = report.targetToDate {
                realised = "\(.money(actual, currency: p.currency)) (\(.money(target, currency: p.currency)))"
            }
            // Pounds with no target to compare with sit in their own column, never in the first.
            let other: PackText = report.otherRealisedToDate.map { "\(.money($0, currency: p.currency))" } ?? "—"
            table.add([
                PackText([.link(name, .programme(p.id))]), "\(.date(report.asOf))",
                "\(.strong("\(.ragPart(report.rag.part(.overall)))"))", "\(.ragPart(report.rag.schedule))",
                "\(.ragPart(report.rag.benefits))", "\(.ragPart(report.rag.risks))",
                complete, "\(.number(Double(report.overdue.count)))", realised, other,
                Self.openIssues(report), Self.decisionsAwaited(report),
            ] + (changes.map { [thenAndNow($0, p.id)] } ?? []))
        }
        return table
    }

    private func crossProgrammeProblems() -> PackBlock {
        let lines = result.reports.flatMap { report -> [PackText] in
            let builder = PackBuilder(report: report, result: result)
            let p = report.programme
            let name = PackText([.text(PlainText.isBlank(p.name) ? p.id : p.name)])
            return builder.dependencyProblems().filter(\.crossProgramme).map { problem in
                "\(.strong("\(problem.kind.badge):")) \(.link(name, .programme(p.id))): \(problem.text)"
            }
        }
        return lines.isEmpty ? .paragraph("No problems with dependencies between programmes.") : .bullets(lines)
    }
}
