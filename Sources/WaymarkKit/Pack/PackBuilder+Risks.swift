extension PackBuilder {
    func risks() -> PackSection {
        let open = openRisksByScore
        let closed = report.risks.filter { !$0.isOpen }
        var blocks: [PackBlock] = [.heading(2, "Risks"), .heading(3, "Open risks by score")]
        if open.isEmpty {
            blocks.append(.paragraph("No open risks are recorded."))
        } else {
            var table = PackTable([.init("Risk"), .init("Owner"), .init("Score"), .init("Target score"),
                                   .init("Mitigation"), .init("Review by")])
            for status in open {
                let r = status.risk
                let score: PackText = (status.score.map {
                    "\(.band(status.band)): \(words: String($0)) (\(words: String(r.likelihood ?? 0)) × \(words: String(r.impact ?? 0)))"
                } ?? "\(.band(nil))") + trend(history.changes?.riskTrend(programme: programme.id, risk: r.id))
                let target: PackText = status.targetScore.map {
                    "\(words: String($0)) (\(words: String(r.targetLikelihood ?? 0)) × \(words: String(r.targetImpact ?? 0)))"
                } ?? "—"
                var review: PackText = "\(.date(r.reviewBy))"
                if has(.riskReviewOverdue(risk: r.id)) { review += " \(.warning) overdue" }
                table.add([name(r.id, r.title), text(r.owner), score, target, text(r.mitigation), review])
            }
            blocks.append(.table(table))
            blocks.append(.paragraph("Score = likelihood × impact, each from 1 to 5."))
        }
        if !closed.isEmpty {
            blocks.append(.paragraph("Closed: " + .joined(closed.map { name($0.risk.id, $0.risk.title) }, separator: "; ") + "."))
        }
        blocks.append(.heading(3, "Heat map"))
        blocks.append(.chart(.heatMap(heatMap())))
        return PackSection(.risks, blocks, startsPage: true)
    }

    /// The open assessed risks on the 5×5 grid, likelihood 5 down to 1, impact 1 to 5.
    func heatMap() -> RiskHeatMapChart {
        let open = report.risks.filter { $0.isOpen && $0.score != nil }
        let rows = stride(from: 5, through: 1, by: -1).map { likelihood in
            (1...5).map { impact in
                RiskHeatMapChart.Cell(
                    likelihood: likelihood, impact: impact,
                    band: RiskStatus.band(for: likelihood * impact, thresholds: thresholds),
                    riskIDs: open.filter { $0.risk.likelihood == likelihood && $0.risk.impact == impact }.map(\.risk.id))
            }
        }
        return RiskHeatMapChart(rows: rows, highFrom: thresholds.riskHigh, mediumFrom: thresholds.riskMedium)
    }
}

extension GanttChart {
    /// The milestones of a report, one group a workstream in file order, then "Other" for
    /// milestones without one (or "Milestones" when the programme has no workstreams).
    /// Cancelled milestones are left out; nil when no milestone is left to draw.
    init?(report: ProgrammeReport) {
        let programme = report.programme
        let shown = report.milestones.enumerated()
            .filter { $0.element.state != .cancelled }
            .map { offset, status -> (workstream: String?, task: Task) in
                let m = status.milestone
                let end = status.state == .complete ? (m.completed ?? m.effective) : m.effective
                return (m.workstream, Task(number: offset + 1, id: m.id, title: m.title, state: status.state,
                                           start: m.start.flatMap { $0 < end ? $0 : nil }, end: end,
                                           slippedFrom: status.slippedDays > 0 ? m.due : nil, isOpen: status.isOpen,
                                           completionRecorded: status.state != .complete || m.completed != nil))
            }
        var groups = programme.workstreams.map { w in
            Group(name: w.name, tasks: shown.filter { $0.workstream == w.id }.map(\.task))
        }
        let known = Set(programme.workstreams.map(\.id))
        let others = shown.filter { $0.workstream.map(known.contains) != true }.map(\.task)
        groups.append(Group(name: groups.isEmpty ? "Milestones" : "Other", tasks: others))
        groups = groups.filter { !$0.tasks.isEmpty }
        guard !groups.isEmpty else { return nil }
        self.init(asOf: report.asOf, groups: groups)
    }
}
