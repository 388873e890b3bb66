/// Builds one programme's status pack (SPEC 7) as a `PackDocument`: the sections in the
/// order the spec gives, worded for a board member who is not a PMO specialist and may
/// read it printed. It reads figures from the report and what the checks found from
/// typed findings; it decides what the pack says, never how it looks.
public struct PackBuilder {
    public let report: ProgrammeReport
    public let result: CheckResult
    /// Changes since an earlier revision and figures over time, when asked for.
    public let history: PackHistory
    /// What the checks found about this programme.
    let findings: [Finding]
    /// The kinds of `findings`, so `has` is a lookup rather than a search of them all
    /// for every milestone (a large programme has hundreds of thousands).
    private let findingKinds: Set<Finding.Kind>
    let format: Formatting

    public init(report: ProgrammeReport, result: CheckResult, history: PackHistory = .none) {
        self.report = report
        self.result = result
        self.history = history
        findings = result.findings.filter { $0.programme == report.programme.id }
        findingKinds = Set(findings.map(\.kind))
        format = Formatting(currency: report.programme.currency)
    }

    var programme: Programme { report.programme }
    var asOf: Day { report.asOf }
    var thresholds: Thresholds { report.settings.thresholds }
    var currency: String { programme.currency }

    /// The whole pack: every section that has something to say.
    public func build() -> PackDocument {
        let name = PlainText.isBlank(programme.name) ? programme.id : PlainText.oneLine(programme.name)
        return PackDocument(kind: .programme(id: programme.id),
                            title: "\(name): status at \(Formatting.date(asOf))",
                            sections: PackSection.ID.allCases.compactMap(section))
    }

    /// One section, or nil when it has nothing to say (changes and history without git).
    public func section(_ id: PackSection.ID) -> PackSection? {
        switch id {
        case .title: title()
        case .narrative: narrative()
        case .headline: headline()
        case .changes: changes()
        case .rag: ragBreakdown()
        case .achievements: achievementsAndNext()
        case .decisions: decisions()
        case .issues: issues()
        case .attention: attention()
        case .milestones: milestoneTable()
        case .timeline: timeline()
        case .history: progressOverTime()
        case .benefits: benefits()
        case .finance: finance()
        case .risks: risks()
        case .dependencies: dependencies()
        case .dataQuality: dataQuality()
        case .footer: footer()
        case .portfolio: nil
        }
    }

    func has(_ kind: Finding.Kind) -> Bool {
        findingKinds.contains(kind)
    }

    /// Text from the file, or the fallback when it is blank.
    func text(_ value: String?, or fallback: PackText) -> PackText {
        guard let value, !PlainText.isBlank(value) else { return fallback }
        return PackText([.text(value)])
    }

    func text(_ value: String?) -> PackText { text(value, or: "—") }

    /// `**R3** Funding cut`: a risk, dependency, issue or decision named by its id and title.
    func name(_ id: String, _ title: String) -> PackText {
        "\(.strongText(id)) \(.text(title))"
    }

    /// `Title (id)`.
    func named(_ title: String, _ id: String) -> PackText {
        "\(.text(title)) (\(.text(id)))"
    }

    // MARK: - Title

    func title() -> PackSection {
        var facts: [PackText] = []
        for (label, value) in [("Organisation", programme.organisation), ("Senior responsible owner", programme.sro),
                               ("Programme manager", programme.manager)] where !PlainText.isBlank(value) {
            facts.append("\(.strong("\(words: label):")) \(text(value))")
        }
        switch (programme.start, programme.end) {
        case let (start?, end?): facts.append("\(.strong("Runs:")) \(.date(start)) to \(.date(end))")
        case let (start?, nil): facts.append("\(.strong("Runs:")) from \(.date(start))")
        case let (nil, end?): facts.append("\(.strong("Runs:")) until \(.date(end))")
        case (nil, nil): break
        }
        if !PlainText.isBlank(programme.summary) {
            facts.append("\(.strong("Summary:")) \(text(programme.summary))")
        }
        var blocks: [PackBlock] = [
            .heading(1, text(programme.name, or: PackText([.text(programme.id)]))),
            .paragraph(PackText([.strong("Status at \(.date(asOf)) · Overall RAG: \(.ragPart(report.rag.part(.overall)))")])),
        ]
        if !facts.isEmpty { blocks.append(.bullets(facts)) }
        return PackSection(.title, blocks)
    }

    // MARK: - Headline figures

    func headline() -> PackSection {
        var table = PackTable([.init("Measure"), .init("Figure")])
        let counted = report.milestones.filter { $0.state != .cancelled }
        let cancelled = report.milestones.count - counted.count
        if let complete = report.completion.percentComplete, let planned = report.completion.plannedPercent {
            table.add(["Progress", "\(.strong("\(.percent(complete)) complete")) against \(.percent(planned)) "
                       + "planned by \(.date(asOf))"])
        } else {
            table.add(["Progress", "Not measured: no milestones"])
        }
        let complete = counted.filter { $0.state == .complete }.count
        var done: PackText = counted.isEmpty
            ? "No milestones" : "\(.number(Double(complete))) of \(.number(Double(counted.count)))"
        if cancelled > 0 { done += " (\(.count(cancelled, "cancelled milestone")) not counted)" }
        table.add(["Milestones complete", done])
        table.add(["Overdue", "\(.count(report.overdue.count, "milestone"))"])
        table.add(["Due in the next \(.days(thresholds.dueSoonDays))", "\(.count(report.dueSoon.count, "milestone"))"])
        table.add(["Benefits realised to date", realisedAgainstTarget()])
        if let other = otherRealised() {
            table.add(["Other benefits recorded to date", other])
        }
        table.add(["Net benefit to date", netBenefit()])
        if let funding = report.funding {
            // `budget` is one funding line; the label keeps the file's own word.
            table.add([programme.funding.isEmpty ? "Budget" : "Funding",
                       budgetLine(Budget(investment: funding.approvedTotal, spent: funding.spentToDate))])
        }
        table.add(["Top risk", topRisk()])
        return PackSection(.headline, [.heading(2, "Headline figures"), .table(table)])
    }

    func money(_ value: Double) -> PackSpan { .money(value, currency: currency) }

    func amount(_ value: Double, unit: String) -> PackSpan { .amount(value, unit: unit, currency: currency) }

    /// `£330,000 against a target to date of £400,548 (82.4%)`: the measured benefits in
    /// the programme currency, like against like (SPEC 3.3).
    private func realisedAgainstTarget() -> PackText {
        guard let realised = report.realisedToDate, let target = report.targetToDate else {
            return "None measured in \(words: format.currencySymbol) yet"
        }
        let share: PackText = target > 0 ? " (\(.ratio(realised / target)))" : ""
        return "\(money(realised)) against a target to date of \(money(target))\(share)"
    }

    /// Every other pound recorded, apart from the headline (SPEC 3.3): what it is made of,
    /// so that nobody adds it to the figure above. Nil when there is none.
    private func otherRealised() -> PackText? {
        guard let other = report.otherRealisedToDate, other != 0 else { return nil }
        let parts = [
            (report.otherRealised.withoutTarget, "from benefits with no target"),
            (report.otherRealised.wholeLifeOnly, "from benefits with only a whole-life target"),
            (report.otherRealised.outsideProfile, "for periods with no target"),
        ].filter { $0.0 != 0 }.map { "\(money($0.0)) \(words: $0.1)" as PackText }
        return "\(money(other)), not set against a target and not in the figure above: "
            + .joined(parts, separator: "; ")
    }

    private func netBenefit() -> PackText {
        guard let net = report.netBenefitToDate, let spent = report.spentToDate else {
            return "Not available: no spend recorded"
        }
        let realised = report.realisedToDate ?? 0
        let other = report.otherRealisedToDate ?? 0
        let recorded: PackText = other == 0 ? "\(money(realised))"
            : "\(money(realised + other)) (\(money(realised)) realised and \(money(other)) other)"
        return "\(.strong(PackText([money(net)]))): every pound of benefit recorded, \(recorded), less \(money(spent)) spent"
            + spendCoverage()
    }

    /// Said beside every net benefit figure when spend stops before the benefits do.
    func spendCoverage() -> PackText {
        guard let last = report.funding?.spendRecordedOnlyTo else { return "" }
        return " (spend is recorded only to \(words: last.period.description); later spend is not in this figure)"
    }

    private func budgetLine(_ budget: Budget) -> PackText {
        switch (budget.spent, budget.investment) {
        case let (spent?, investment?):
            let share: PackText = investment > 0 ? " (\(.ratio(spent / investment)))" : ""
            return "\(money(spent)) spent of \(money(investment)) approved\(share)"
        case let (spent?, nil): return "\(money(spent)) spent"
        case let (nil, investment?): return "\(money(investment)) approved"
        case (nil, nil): return "Not recorded"
        }
    }

    var openRisksByScore: [RiskStatus] {
        let open = report.risks.filter(\.isOpen)
        let scored = open.filter { $0.score != nil }.enumerated()
            .sorted { ($0.element.score ?? 0, -$0.offset) > ($1.element.score ?? 0, -$1.offset) }
            .map(\.element)
        return scored + open.filter { $0.score == nil }
    }

    private func topRisk() -> PackText {
        guard let top = openRisksByScore.first else { return "No open risks" }
        guard let score = top.score else { return "No open risk is assessed yet" }
        return "\(name(top.risk.id, top.risk.title)): \(.band(top.band)), score \(words: String(score))"
    }

    // MARK: - RAG breakdown

    func ragBreakdown() -> PackSection {
        let explanation = RAGReasons(builder: self)
        var table = PackTable([.init("Part"), .init("RAG"), .init("Rule that set it")])
        for part in explanation.parts {
            table.add(["\(words: part.name)", "\(.rag(part.rag))", part.rule])
        }
        let overall = report.rag.part(.overall)
        let overallRule: PackText = overall.notRated.map { "\(words: $0.sentence)" }
            ?? (explanation.parts.allSatisfy { $0.rag != nil } ? "The worst of the three parts." : "The worst of the parts that are rated.")
        table.add(["\(.strong("Overall"))", "\(.strong("\(.rag(overall.rag))"))", overallRule])
        var blocks: [PackBlock] = [.heading(2, "How the RAG is set"), .table(table)]
        for part in explanation.parts where !part.items.isEmpty {
            blocks.append(.paragraph("\(.strong("\(words: part.name) (\(.rag(part.rag))) is set by:"))"))
            blocks.append(.bullets(part.items))
        }
        blocks += confidence()
        return PackSection(.rag, blocks)
    }

    private func confidence() -> [PackBlock] {
        let computed: PackText = "\(.strong("Computed RAG")) (from the figures in this pack): \(.ragPart(report.rag.part(.overall)))."
        guard let declared = programme.confidence else {
            return [.paragraph("\(.strong("Declared confidence:")) none recorded. \(computed)")]
        }
        var blocks: [PackBlock] = [.paragraph(
            "\(.strong("Declared confidence")) (the programme team's own view): \(.confidence(declared)). \(computed)")]
        if has(.confidenceMismatch) {
            blocks.append(.callout("\(.warning) \(.strong("The declared confidence is more hopeful than the figures:")) "
                + "the team rates delivery \(.confidence(declared)) while the computed RAG is red."))
        }
        return blocks
    }

    // MARK: - Milestones needing attention

    func attention() -> PackSection {
        let heading = PackBlock.heading(2, "Milestones needing attention")
        let flagged = report.milestones.enumerated().compactMap { index, status -> (Int, MilestoneStatus, [PackText])? in
            guard status.isOpen else { return nil }
            let issues = issues(of: status)
            return issues.isEmpty ? nil : (index, status, issues)
        }
        guard !flagged.isEmpty else {
            return PackSection(.attention, [heading, .paragraph("No milestone is overdue, due soon, slipped or blocked.")])
        }
        func rank(_ s: MilestoneStatus) -> Int {
            switch s.state {
            case .overdue: 0
            case .dueSoon: 1
            default: 2
            }
        }
        let sorted = flagged.sorted { a, b in
            if rank(a.1) != rank(b.1) { return rank(a.1) < rank(b.1) }
            if a.1.daysOverdue != b.1.daysOverdue { return a.1.daysOverdue > b.1.daysOverdue }
            if a.1.milestone.effective != b.1.milestone.effective { return a.1.milestone.effective < b.1.milestone.effective }
            return a.0 < b.0
        }
        var table = PackTable([.init("Milestone"), .init("Owner"), .init("RAG"), .init("What needs attention"),
                               .init("Baseline"), .init("Forecast")])
        for (_, status, issues) in sorted {
            let m = status.milestone
            table.add(["\(.strongText(m.title))", text(m.owner, or: "\(.warning) No owner"), "\(.rag(status.rag))",
                       .joined(issues, separator: "; "), "\(.date(m.due))", "\(.date(m.forecast))"])
        }
        return PackSection(.attention, [heading, .table(table)])
    }

    /// A milestone's title for the reader, with its programme's name when it is another's.
    func milestoneName(_ reference: Reference) -> PackText {
        guard let found = milestone(reference) else { return PackText([.text(reference.text)]) }
        let title = PackText([.strongText(found.status.milestone.title)])
        if found.report.programme.id == programme.id { return title }
        return "\(title) (\(.text(found.report.programme.name)))"
    }

    /// The milestone a reference names, in this programme or another of the run.
    func milestone(_ reference: Reference) -> (report: ProgrammeReport, status: MilestoneStatus)? {
        let target = ProgrammeIndex.target(of: reference, from: programme.id)
        guard let owner = result.reports.first(where: { $0.programme.id == target.programme }),
              let status = owner.milestone(target.item)
        else { return nil }
        return (owner, status)
    }

    /// `due today`, `due in 3 days`.
    func dueWhen(_ status: MilestoneStatus) -> PackText {
        let days = asOf.days(to: status.milestone.effective)
        return days == 0 ? "due today" : "due in \(.days(days))"
    }

    /// What is wrong with an open milestone, each with its days: late, due soon, slipped,
    /// blocked by a milestone it depends on, or waiting on a dependency that is late.
    private func issues(of status: MilestoneStatus) -> [PackText] {
        let m = status.milestone
        var issues: [PackText] = []
        switch status.state {
        case .overdue: issues.append("overdue by \(.days(status.daysOverdue))")
        case .dueSoon: issues.append(dueWhen(status))
        case .onTrack, .complete, .cancelled: break
        }
        if status.slippedDays > 0 {
            issues.append("slipped \(.days(status.slippedDays)) past its baseline")
        }
        for reference in m.dependsOn {
            if has(.blocked(milestone: m.id, on: reference)), let upstream = milestone(reference) {
                issues.append("blocked: depends on \(milestoneName(reference)), overdue by "
                              + "\(.days(upstream.status.daysOverdue))")
            }
            if has(.dependencyConflict(milestone: m.id, on: reference)) {
                issues.append("planned before \(milestoneName(reference)), which it depends on")
            }
        }
        for d in programme.dependencies where d.affects.contains(where: { $0.itemID == m.id }) {
            if let needed = d.neededBy, has(.dependencyOverdue(dependency: d.id)) {
                issues.append("waits on dependency \(name(d.id, d.title)), not met and "
                              + "\(.days(needed.days(to: asOf))) late")
            }
        }
        return issues
    }

    // MARK: - Milestones by workstream

    func milestoneTable() -> PackSection {
        var blocks: [PackBlock] = [.heading(2, "Milestones by workstream")]
        guard !report.milestones.isEmpty else {
            return PackSection(.milestones, blocks + [.paragraph("No milestones are recorded.")], startsPage: true)
        }
        let known = Set(programme.workstreams.map(\.id))
        for w in programme.workstreams {
            blocks.append(.heading(3, text(w.name, or: PackText([.text(w.id)]))))
            if let lead = w.lead { blocks.append(.paragraph("Lead: \(.text(lead))")) }
            let rows = report.milestones.filter { $0.milestone.workstream == w.id }
            blocks.append(rows.isEmpty ? .paragraph("No milestones.") : milestoneRows(rows))
        }
        let others = report.milestones.filter { $0.milestone.workstream.map(known.contains) != true }
        if !others.isEmpty {
            blocks.append(.heading(3, programme.workstreams.isEmpty ? "All milestones" : "Other milestones"))
            blocks.append(milestoneRows(others))
        }
        return PackSection(.milestones, blocks, startsPage: true)
    }

    private func milestoneRows(_ statuses: [MilestoneStatus]) -> PackBlock {
        var table = PackTable([.init("Milestone"), .init("Owner"), .init("Status"), .init("Baseline"),
                               .init("Forecast"), .init("Progress", .right)])
        for status in statuses {
            let m = status.milestone
            table.add(["\(.text(m.title))", text(m.owner), stateDescription(status), "\(.date(m.due))",
                       "\(.date(m.forecast))", status.state == .cancelled ? "—" : "\(.percent(status.progress))"])
        }
        return .table(table)
    }

    /// What a milestone's state means, with its RAG in words: `🔴 Red: overdue by 15 days`.
    func stateDescription(_ status: MilestoneStatus) -> PackText {
        switch status.state {
        case .complete:
            let when: PackText = status.milestone.completed.map { " on \(.date($0))" } ?? ""
            return "\(.badge(.done, "Complete"))\(when)"
        case .cancelled:
            return "\(.badge(.cancelled, "Cancelled"))"
        case .overdue:
            let within: PackText = status.rag == .amber
                ? " (within the tolerance of \(.days(thresholds.overdueToleranceDays)))" : ""
            return "\(.rag(status.rag)): overdue by \(.days(status.daysOverdue))\(within)"
        case .dueSoon:
            return "\(.rag(status.rag)): \(dueWhen(status))"
        case .onTrack:
            if status.slippedDays > 0 {
                return "\(.rag(status.rag)): slipped \(.days(status.slippedDays))"
            }
            return "\(.rag(status.rag)): on track"
        }
    }

    // MARK: - Timeline

    func timeline() -> PackSection {
        let heading = PackBlock.heading(2, "Timeline")
        guard let chart = GanttChart(report: report) else {
            return PackSection(.timeline, [heading, .paragraph("No milestones to chart.")], startsPage: true)
        }
        return PackSection(.timeline, [heading, .chart(.gantt(chart))], startsPage: true)
    }

    // MARK: - Data quality

    func dataQuality() -> PackSection {
        func list(_ items: [PackText]) -> PackText { items.isEmpty ? "none" : .joined(items, separator: "; ") }
        let benefits = report.benefits.map(\.benefit).filter { !$0.cancelled }
        var lines: [PackText] = [
            "\(.strong("Benefits without targets")) (listed, not measured): "
                + list(benefits.filter(\.isUnquantified).map { named($0.title, $0.id) }),
            "\(.strong("Benefits with only a whole-life figure")) (never counted to date): "
                + list(benefits.filter { !$0.isUnquantified && $0.isUnprofiled }.map { named($0.title, $0.id) }),
            "\(.strong("Open risks not assessed")) (no likelihood and impact, so not scored): "
                + list(report.risks.filter { $0.isOpen && $0.score == nil }.map { name($0.risk.id, $0.risk.title) }),
            "\(.strong("Open milestones without an owner")): "
                + list(report.milestones.filter { $0.isOpen && PlainText.isBlank($0.milestone.owner) }
                    .map { named($0.milestone.title, $0.milestone.id) }),
        ]
        let future = programme.milestones.filter { has(.futureCompletion(milestone: $0.id)) }
        if !future.isEmpty {
            lines.append("\(.strong("Completion dates after \(.date(asOf))")) (counted as complete): "
                         + list(future.map { named($0.title, $0.id) }))
        }
        let early = benefits.flatMap { b in
            (b.actuals?.entries ?? []).filter { has(.futureActual(benefit: b.id, period: $0.period)) }
                .map { "\(named(b.title, b.id)) for \(.period($0.period))" as PackText }
        }
        if !early.isEmpty {
            lines.append("\(.strong("Actuals for periods not yet started")) (not counted): " + list(early))
        }
        return PackSection(.dataQuality, [
            .heading(2, "Data quality"),
            .paragraph("Gaps in the programme file that leave the figures above less complete, for the PMO to fill."),
            .bullets(lines),
        ])
    }

    // MARK: - Footer

    func footer() -> PackSection {
        let file = programme.file.split(separator: "/").last.map(String.init) ?? programme.file
        return PackSection(.footer, [
            .rule,
            .paragraph("Figures as at \(.date(asOf)), computed by Waymark from \(.text(file)). "
                + "RAG key: \(.rag(.red)) · \(.rag(.amber)) · \(.rag(.green)) · \(.rag(nil)). "
                + "To change a figure, change the programme file and make the pack again."),
        ])
    }
}
