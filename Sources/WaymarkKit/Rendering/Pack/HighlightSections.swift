/// The parts of a pack that make it a highlight report (SPEC 7 v1.1): the PMO's
/// narrative, the decisions asked of the board and made, the issues log, and the
/// finance table with payback. Each writes only what the file has; the figures and the
/// orders come from Analysis (`FundingFigures`, `IssueStatus.logOrder`,
/// `DecisionStatus.needed`/`made`), so another renderer can show the same.
struct HighlightSections {
    let context: PackContext

    private var report: ProgrammeReport { context.report }
    private var format: Formatting { context.format }

    /// The narrative's summary, for just under the title; empty without one.
    func summary() -> String {
        guard let summary = report.programme.narrative?.summary, !MarkdownText.isBlank(summary) else { return "" }
        return MarkdownText.blocks(["**This period:** \(MarkdownText.inline(summary))"])
    }

    /// Achievements this period and plans for the next, after the RAG breakdown.
    func achievementsAndNext() -> String {
        guard let narrative = report.programme.narrative,
              !narrative.achievements.isEmpty || !narrative.next.isEmpty else { return "" }
        let list = { (lines: [String], none: String) in
            lines.isEmpty ? none : lines.map { "- \(MarkdownText.inline($0, or: "—"))" }.joined(separator: "\n")
        }
        return MarkdownText.blocks([
            "## This period and next",
            "**Achieved this period:**", list(narrative.achievements, "Nothing recorded."),
            "**Planned for next period:**", list(narrative.next, "Nothing recorded."),
        ])
    }

    /// Decisions the board is asked for (open, soonest needed first), then those made.
    func decisions() -> String {
        guard !report.decisions.isEmpty else { return "" }
        var parts = ["## Decisions for the board"]
        let needed = DecisionStatus.needed(report.decisions)
        if needed.isEmpty {
            parts.append("No decision is awaited from the board.")
        } else {
            var table = MarkdownTable([.init("Decision needed"), .init("Needed by"), .init("Status")])
            for status in needed {
                let late = status.daysOverdue.map { "⚠️ **overdue by \(Formatting.days($0))**" } ?? "awaited"
                table.add([name(status.decision.id, status.decision.title), Formatting.date(status.decision.neededBy), late])
            }
            parts.append(table.render())
        }
        let made = DecisionStatus.made(report.decisions)
        if !made.isEmpty {
            var table = MarkdownTable([.init("Decision made"), .init("Decided"), .init("Outcome")])
            for status in made {
                table.add([name(status.decision.id, status.decision.title), Formatting.date(status.decision.decided),
                           MarkdownText.inline(status.decision.outcome, or: "—")])
            }
            parts += ["**Decisions made:**", table.render()]
        }
        return MarkdownText.blocks(parts)
    }

    /// The issues log: open issues by priority (escalated ones marked), then resolved.
    func issues() -> String {
        guard !report.issues.isEmpty else { return "" }
        let log = IssueStatus.logOrder(report.issues)
        let open = log.filter(\.isOpen)
        var table = MarkdownTable([.init("Issue"), .init("Priority"), .init("Owner"), .init("Resolve by"),
                                   .init("Status"), .init("Escalated")])
        for status in log {
            let issue = status.issue
            var state = issue.status == .open ? "open" : "resolved"
            if let late = status.daysOverdue { state = "⚠️ **open, \(Formatting.days(late)) past its date**" }
            if issue.status == .resolved, let resolution = issue.resolution, !MarkdownText.isBlank(resolution) {
                state += ": \(MarkdownText.inline(resolution))"
            }
            let escalated = issue.escalated ? "**escalated**"
                : (issue.status == .open && issue.priority == .high ? "⚠️ not escalated" : "—")
            table.add([name(issue.id, issue.title), issue.priority?.rawValue ?? "—", MarkdownText.inline(issue.owner, or: "—"),
                       Formatting.date(issue.resolveBy), state, escalated])
        }
        let count = "\(Formatting.count(open.count, "open issue")), "
            + "\(open.filter(\.issue.escalated).count) escalated to the board; open issues first, highest priority first."
        return MarkdownText.blocks(["## Issues log", count, table.render()])
    }

    /// Funding lines, the finance table by period, a chart of cumulative net, and payback.
    func finance() -> String {
        guard let funding = report.funding else { return "" }
        var parts = ["## Funding and net benefit"]
        var lines = MarkdownTable([.init("Funding line"), .init("Type"), .init("Approved", .right),
                                   .init("Spent to date", .right), .init("Source")])
        for line in funding.lines {
            let spent = FundingFigures.spentToDate(line, asOf: context.asOf,
                                                   financialYearStart: report.settings.financialYearStart)
            lines.add([name(line.id, line.title), line.type.rawValue,
                       line.approved.map { format.money($0.total) } ?? "not published",
                       spent.map(format.money) ?? "—", MarkdownText.inline(line.source, or: "—")])
        }
        lines.add(["**Total**", "", funding.approvedTotal.map { "**\(format.money($0))**" } ?? "—",
                   funding.spentToDate.map { "**\(format.money($0))**" } ?? "—", ""])
        parts.append(lines.render())
        parts.append(netSentence(funding))
        guard !funding.rows.isEmpty else {
            parts.append("No spend or benefit is profiled by period, so there is no table by period.")
            return MarkdownText.blocks(parts)
        }
        var table = MarkdownTable([.init("Period"), .init("Spent", .right), .init("Benefit target", .right),
                                   .init("Benefit actual", .right), .init("Net", .right), .init("Cumulative net", .right)])
        let money = { (value: Double?) in value.map(format.money) ?? "—" }
        for row in funding.rows {
            let period = Formatting.period(row.period) + (row.isFuture ? " (future)" : "")
            let payback = row.period == funding.paybackRow?.period ? " ✅ payback" : ""
            table.add([period, money(row.spent), money(row.benefitTarget), money(row.benefitActual),
                       format.money(row.net), format.money(row.cumulativeNet) + payback])
        }
        parts += ["### By period", table.render()]
        parts.append("Net is the benefit actual less spend for the period, in \(format.currencySymbol) (flow "
            + "benefits in the programme currency, not cancelled); a year and a month inside it are separate "
            + "rows. Spend given as one figure has no period and no row.")
        if let chart = chart(funding.rows) { parts += [chart] }
        if let payback = funding.paybackRow {
            parts.append("**Payback period:** \(Formatting.period(payback.period)), the first period from the "
                + "first spend in which cumulative net is at or above zero.")
        } else if funding.rows.contains(where: { ($0.spent ?? 0) > 0 }) {
            parts.append("**Payback period:** not reached in the periods recorded.")
        } else {
            parts.append("**Payback period:** not worked out: no spend is recorded by period.")
        }
        return MarkdownText.blocks(parts)
    }

    /// `Net benefit to date: −£120,000: £330,000 recorded less £450,000 spent.`
    private func netSentence(_ funding: FundingFigures) -> String {
        guard let net = report.netBenefitToDate, let spent = funding.spentToDate else {
            return "**Net benefit to date:** not available: no spend recorded."
        }
        return "**Net benefit to date:** \(format.money(net)): every \(format.currencySymbol) of benefit recorded "
            + "to \(Formatting.date(context.asOf)) (\(format.money(net + spent))), measured against its targets or "
            + "not, less \(format.money(spent)) spent."
    }

    /// Cumulative net against time, as a Mermaid line; none unless spend is recorded by
    /// period, since without it the line would only be the benefits' running total.
    func chart(_ rows: [FinanceRow]) -> String? {
        guard rows.count > 1, rows.contains(where: { ($0.spent ?? 0) > 0 }) else { return nil }
        let values = rows.map(\.cumulativeNet)
        let bottom = -MermaidBenefitChart.niceCeiling(-(values.min() ?? 0))
        let top = max(MermaidBenefitChart.niceCeiling(values.max() ?? 0), bottom + 1)
        return [
            "```mermaid",
            "xychart-beta",
            "    title \"Cumulative net benefit\"",
            "    x-axis [\(rows.map { "\"\(Formatting.period($0.period))\"" }.joined(separator: ", "))]",
            "    y-axis \"\(format.currencySymbol == "£" ? "£" : MermaidText.label(format.currencySymbol))\" "
                + "\(MermaidBenefitChart.number(bottom)) --> \(MermaidBenefitChart.number(top))",
            "    line \"Cumulative net\" [\(values.map(MermaidBenefitChart.number).joined(separator: ", "))]",
            "```",
        ].joined(separator: "\n") + "\n"
    }

    private func name(_ id: String, _ title: String) -> String {
        "**\(MarkdownText.inline(id))** \(MarkdownText.inline(title))"
    }
}
