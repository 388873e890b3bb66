/// The parts of a pack that make it a highlight report (SPEC 7 v1.1): the PMO's
/// narrative, the decisions asked of the board and made, the issues log, and the
/// finance table with payback. Each says only what the file has (nil otherwise); the
/// figures and orders come from Analysis (`FundingFigures`, `IssueStatus.logOrder`,
/// `DecisionStatus.needed`/`made`).
extension PackBuilder {
    /// The narrative's summary, for just under the title.
    func narrative() -> PackSection? {
        guard let summary = programme.narrative?.summary, !PlainText.isBlank(summary) else { return nil }
        return PackSection(.narrative, [.paragraph("\(.strong("This period:")) \(.text(summary))")])
    }

    /// Achievements this period and plans for the next, after the RAG breakdown.
    func achievementsAndNext() -> PackSection? {
        guard let narrative = programme.narrative, !narrative.achievements.isEmpty || !narrative.next.isEmpty else {
            return nil
        }
        let list = { (lines: [String]) -> PackBlock in
            lines.isEmpty ? .paragraph("Nothing recorded.") : .bullets(lines.map { text($0) })
        }
        return PackSection(.achievements, [
            .heading(2, "This period and next"),
            .paragraph("\(.strong("Achieved this period:"))"), list(narrative.achievements),
            .paragraph("\(.strong("Planned for next period:"))"), list(narrative.next),
        ])
    }

    /// Decisions the board is asked for (open, soonest needed first), then those made.
    func decisions() -> PackSection? {
        guard !report.decisions.isEmpty else { return nil }
        var blocks: [PackBlock] = [.heading(2, "Decisions for the board")]
        let needed = DecisionStatus.needed(report.decisions)
        if needed.isEmpty {
            blocks.append(.paragraph("No decision is awaited from the board."))
        } else {
            var table = PackTable([.init("Decision needed"), .init("Needed by"), .init("Status")])
            for status in needed {
                let late: PackText = status.daysOverdue.map { "\(.warning) \(.strong("overdue by \(.days($0))"))" } ?? "awaited"
                table.add([name(status.decision.id, status.decision.title), "\(.date(status.decision.neededBy))", late])
            }
            blocks.append(.table(table))
        }
        let made = DecisionStatus.made(report.decisions)
        if !made.isEmpty {
            var table = PackTable([.init("Decision made"), .init("Decided"), .init("Outcome")])
            for status in made {
                table.add([name(status.decision.id, status.decision.title), "\(.date(status.decision.decided))",
                           text(status.decision.outcome)])
            }
            blocks += [.paragraph("\(.strong("Decisions made:"))"), .table(table)]
        }
        return PackSection(.decisions, blocks)
    }

    /// The issues log: open issues by priority (escalated ones marked), then resolved.
    func issues() -> PackSection? {
        guard !report.issues.isEmpty else { return nil }
        let log = IssueStatus.logOrder(report.issues)
        let open = log.filter(\.isOpen)
        var table = PackTable([.init("Issue"), .init("Priority"), .init("Owner"), .init("Resolve by"),
                               .init("Status"), .init("Escalated")])
        for status in log {
            let issue = status.issue
            var state: PackText = issue.status == .open ? "open" : "resolved"
            if let late = status.daysOverdue { state = "\(.warning) \(.strong("open, \(.days(late)) past its date"))" }
            if issue.status == .resolved, let resolution = issue.resolution, !PlainText.isBlank(resolution) {
                state += ": \(.text(resolution))"
            }
            let escalated: PackText = issue.escalated ? "\(.strong("escalated"))"
                : (issue.status == .open && issue.priority == .high ? "\(.warning) not escalated" : "—")
            table.add([name(issue.id, issue.title), "\(words: issue.priority?.rawValue ?? "—")", text(issue.owner),
                       "\(.date(issue.resolveBy))", state, escalated])
        }
        let count: PackText = "\(.count(open.count, "open issue")), "
            + "\(words: String(open.filter(\.issue.escalated).count)) escalated to the board; open issues first, highest priority first."
        return PackSection(.issues, [.heading(2, "Issues log"), .paragraph(count), .table(table)])
    }

    /// Funding lines, the finance table by period, a chart of cumulative net, and payback.
    func finance() -> PackSection? {
        guard let funding = report.funding else { return nil }
        var blocks: [PackBlock] = [.heading(2, "Funding and net benefit")]
        var lines = PackTable([.init("Funding line"), .init("Type"), .init("Approved", .right),
                               .init("Spent to date", .right), .init("Source")])
        for line in funding.lines {
            let spent = FundingFigures.spentToDate(line, asOf: asOf, financialYearStart: report.settings.financialYearStart)
            lines.add([name(line.id, line.title), "\(words: line.type.rawValue)",
                       line.approved.map { "\(money($0.total))" } ?? "not published",
                       spent.map { "\(money($0))" } ?? "—", text(line.source)])
        }
        lines.add(["\(.strong("Total"))", "", funding.approvedTotal.map { "\(.strong(PackText([money($0)])))" } ?? "—",
                   funding.spentToDate.map { "\(.strong(PackText([money($0)])))" } ?? "—", ""])
        blocks.append(.table(lines))
        blocks.append(.paragraph(netSentence(funding)))
        guard !funding.rows.isEmpty else {
            blocks.append(.paragraph("No spend or benefit is profiled by period, so there is no table by period."))
            return PackSection(.finance, blocks, startsPage: true)
        }
        var table = PackTable([.init("Period"), .init("Spent", .right), .init("Benefit target", .right),
                               .init("Benefit actual", .right), .init("Net", .right), .init("Cumulative net", .right)])
        let amount = { (value: Double?) -> PackText in value.map { "\(money($0))" } ?? "—" }
        for row in funding.rows {
            let period: PackText = "\(.period(row.period))\(words: row.isFuture ? " (future)" : "")"
            let payback: PackText = row.period == funding.paybackRow?.period ? " \(.badge(.done, "payback"))" : ""
            table.add([period, amount(row.spent), amount(row.benefitTarget), amount(row.benefitActual),
                       "\(money(row.net))", "\(money(row.cumulativeNet))\(payback)"])
        }
        blocks += [.heading(3, "By period"), .table(table)]
        blocks.append(.paragraph("Net is the benefit actual less spend for the period, in \(words: format.currencySymbol) (flow "
            + "benefits in the programme currency, not cancelled); a year and a month inside it are separate "
            + "rows. Spend given as one figure has no period and no row."))
        if let chart = cumulativeNet(funding.rows) { blocks.append(.chart(.line(chart))) }
        if let payback = funding.paybackRow {
            blocks.append(.paragraph("\(.strong("Payback period:")) \(.period(payback.period)), the first period from the "
                + "first spend in which cumulative net is at or above zero."))
        } else if funding.rows.contains(where: { ($0.spent ?? 0) > 0 }) {
            blocks.append(.paragraph("\(.strong("Payback period:")) not reached in the periods recorded."))
        } else {
            blocks.append(.paragraph("\(.strong("Payback period:")) not worked out: no spend is recorded by period."))
        }
        return PackSection(.finance, blocks, startsPage: true)
    }

    /// `Net benefit to date: −£120,000: every £ of benefit recorded … less £450,000 spent.`
    private func netSentence(_ funding: FundingFigures) -> PackText {
        guard let net = report.netBenefitToDate, let spent = funding.spentToDate else {
            return "\(.strong("Net benefit to date:")) not available: no spend recorded."
        }
        return "\(.strong("Net benefit to date:")) \(money(net)): every \(words: format.currencySymbol) of benefit recorded "
            + "to \(.date(asOf)) (\(money(net + spent))), measured against its targets or "
            + "not, less \(money(spent)) spent" + spendCoverage() + "."
    }

    /// Cumulative net by period, as a line; none unless spend is recorded by period,
    /// since without it the line would only be the benefits' running total.
    func cumulativeNet(_ rows: [FinanceRow]) -> LineChart? {
        guard rows.count > 1, rows.contains(where: { ($0.spent ?? 0) > 0 }) else { return nil }
        return LineChart(title: "Cumulative net benefit", categoryTitle: "", axisTitle: format.currencySymbol,
                         categories: rows.map { Formatting.period($0.period) },
                         series: [.init(name: "Cumulative net", values: rows.map(\.cumulativeNet))],
                         values: .money(currency: currency))
    }
}
