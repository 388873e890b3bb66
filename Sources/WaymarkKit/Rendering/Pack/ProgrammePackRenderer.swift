/// One programme's status pack (SPEC 7): the sections in the order the spec gives,
/// each a small function returning Markdown, written for a board member who is not a
/// PMO specialist and may read it printed.
struct ProgrammePackRenderer {
    /// The sections of a pack, in order.
    enum Section: String, CaseIterable, Sendable {
        case title
        case narrative, headline, changes, rag
        case achievements, decisions, issues
        case attention, milestones, timeline, history, benefits
        case finance
        case risks, dependencies
        case dataQuality = "data-quality"
        case footer
    }

    let context: PackContext

    init(report: ProgrammeReport, result: CheckResult, history: PackHistory = .none) {
        context = PackContext(report: report, result: result, history: history)
    }

    private var report: ProgrammeReport { context.report }
    private var programme: Programme { context.programme }
    private var format: Formatting { context.format }
    private var highlight: HighlightSections { HighlightSections(context: context) }

    /// The whole pack: every section that has something to say, a blank line between them.
    func render() -> String {
        Section.allCases.map(render).filter { !$0.isEmpty }.joined(separator: "\n")
    }

    func render(_ section: Section) -> String {
        switch section {
        case .title: title()
        case .narrative: highlight.summary()
        case .headline: headline()
        case .changes: changes()
        case .rag: ragBreakdown()
        case .achievements: highlight.achievementsAndNext()
        case .decisions: highlight.decisions()
        case .issues: highlight.issues()
        case .attention: attention()
        case .milestones: milestoneTable()
        case .timeline: timeline()
        case .history: progressOverTime()
        case .benefits: benefits()
        case .finance: highlight.finance()
        case .risks: risks()
        case .dependencies: dependencies()
        case .dataQuality: dataQuality()
        case .footer: footer()
        }
    }

    private func blocks(_ parts: [String]) -> String { MarkdownText.blocks(parts) }

    // MARK: - Title

    func title() -> String {
        let name = MarkdownText.inline(programme.name, or: MarkdownText.inline(programme.id))
        var facts: [String] = []
        for (label, text) in [("Organisation", programme.organisation), ("Senior responsible owner", programme.sro),
                              ("Programme manager", programme.manager)] where !MarkdownText.isBlank(text) {
            facts.append("- **\(label):** \(MarkdownText.inline(text, or: ""))")
        }
        switch (programme.start, programme.end) {
        case let (start?, end?): facts.append("- **Runs:** \(Formatting.date(start)) to \(Formatting.date(end))")
        case let (start?, nil): facts.append("- **Runs:** from \(Formatting.date(start))")
        case let (nil, end?): facts.append("- **Runs:** until \(Formatting.date(end))")
        case (nil, nil): break
        }
        if !MarkdownText.isBlank(programme.summary) {
            facts.append("- **Summary:** \(MarkdownText.inline(programme.summary, or: ""))")
        }
        var parts = ["# \(name)",
                     "**Status at \(Formatting.date(context.asOf)) · Overall RAG: \(Formatting.rag(report.rag.part(.overall)))**"]
        if !facts.isEmpty { parts.append(facts.joined(separator: "\n")) }
        return blocks(parts)
    }

    // MARK: - Headline figures

    func headline() -> String {
        var table = MarkdownTable([.init("Measure"), .init("Figure")])
        let counted = report.milestones.filter { $0.state != .cancelled }
        let cancelled = report.milestones.count - counted.count
        if let complete = report.completion.percentComplete, let planned = report.completion.plannedPercent {
            table.add(["Progress", "**\(Formatting.percent(complete)) complete** against \(Formatting.percent(planned)) "
                       + "planned by \(Formatting.date(context.asOf))"])
        } else {
            table.add(["Progress", "Not measured: no milestones"])
        }
        var done = counted.isEmpty ? "No milestones" : "\(counted.filter { $0.state == .complete }.count) of \(counted.count)"
        if cancelled > 0 { done += " (\(Formatting.count(cancelled, "cancelled milestone")) not counted)" }
        table.add(["Milestones complete", done])
        table.add(["Overdue", Formatting.count(report.overdue.count, "milestone")])
        table.add(["Due in the next \(Formatting.days(context.thresholds.dueSoonDays))",
                   Formatting.count(report.dueSoon.count, "milestone")])
        table.add(["Benefits realised to date", realisedAgainstTarget(report)])
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
        return blocks(["## Headline figures", table.render()])
    }

    /// `£330,000 against a target to date of £400,548 (82.4%)`: the measured benefits in
    /// the programme currency, like against like (SPEC 3.3).
    private func realisedAgainstTarget(_ report: ProgrammeReport) -> String {
        guard let realised = report.realisedToDate, let target = report.targetToDate else {
            return "None measured in \(format.currencySymbol) yet"
        }
        let share = target > 0 ? " (\(Formatting.ratio(realised / target)))" : ""
        return "\(format.money(realised)) against a target to date of \(format.money(target))\(share)"
    }

    /// Every other pound recorded, apart from the headline (SPEC 3.3): what it is made of,
    /// so that nobody adds it to the figure above. Nil when there is none.
    private func otherRealised() -> String? {
        guard let other = report.otherRealisedToDate, other != 0 else { return nil }
        let parts = [
            (report.otherRealised.withoutTarget, "from benefits with no target"),
            (report.otherRealised.wholeLifeOnly, "from benefits with only a whole-life target"),
            (report.otherRealised.outsideProfile, "for periods with no target"),
        ].filter { $0.0 != 0 }.map { "\(format.money($0.0)) \($0.1)" }
        return "\(format.money(other)), not set against a target and not in the figure above: "
            + parts.joined(separator: "; ")
    }

    private func netBenefit() -> String {
        guard let net = report.netBenefitToDate, let spent = report.spentToDate else {
            return "Not available: no spend recorded"
        }
        let realised = report.realisedToDate ?? 0
        let other = report.otherRealisedToDate ?? 0
        let recorded = other == 0 ? format.money(realised)
            : "\(format.money(realised + other)) (\(format.money(realised)) realised and \(format.money(other)) other)"
        return "**\(format.money(net))**: every pound of benefit recorded, \(recorded), less \(format.money(spent)) spent"
    }

    private func budgetLine(_ budget: Budget) -> String {
        switch (budget.spent, budget.investment) {
        case let (spent?, investment?):
            let share = investment > 0 ? " (\(Formatting.ratio(spent / investment)))" : ""
            return "\(format.money(spent)) spent of \(format.money(investment)) approved\(share)"
        case let (spent?, nil): return "\(format.money(spent)) spent"
        case let (nil, investment?): return "\(format.money(investment)) approved"
        case (nil, nil): return "Not recorded"
        }
    }

    private var openRisksByScore: [RiskStatus] {
        let open = report.risks.filter(\.isOpen)
        let scored = open.filter { $0.score != nil }.enumerated()
            .sorted { ($0.element.score ?? 0, -$0.offset) > ($1.element.score ?? 0, -$1.offset) }
            .map(\.element)
        return scored + open.filter { $0.score == nil }
    }

    private func topRisk() -> String {
        guard let top = openRisksByScore.first else { return "No open risks" }
        guard let score = top.score else { return "No open risk is assessed yet" }
        return "\(riskName(top.risk)): \(Formatting.band(top.band)), score \(score)"
    }

    private func riskName(_ risk: Risk) -> String {
        "**\(MarkdownText.inline(risk.id))** \(MarkdownText.inline(risk.title))"
    }

    // MARK: - RAG breakdown

    func ragBreakdown() -> String {
        let explanation = RAGExplanation(context: context)
        var table = MarkdownTable([.init("Part"), .init("RAG"), .init("Rule that set it")])
        for part in explanation.parts {
            table.add([part.name, Formatting.rag(part.rag), part.rule])
        }
        let overall = report.rag.part(.overall)
        table.add(["**Overall**", "**\(Formatting.rag(overall.rag))**",
                   overall.notRated?.sentence ?? (explanation.parts.allSatisfy { $0.rag != nil }
                       ? "The worst of the three parts." : "The worst of the parts that are rated.")])
        var parts = ["## How the RAG is set", table.render()]
        for part in explanation.parts where !part.items.isEmpty {
            parts.append("**\(part.name) (\(Formatting.rag(part.rag))) is set by:**")
            parts.append(part.items.map { "- \($0)" }.joined(separator: "\n"))
        }
        parts.append(confidence())
        return blocks(parts)
    }

    private func confidence() -> String {
        let computed = "**Computed RAG** (from the figures in this pack): \(Formatting.rag(report.rag.part(.overall)))."
        guard let declared = programme.confidence else {
            return "**Declared confidence:** none recorded. \(computed)"
        }
        var text = "**Declared confidence** (the programme team's own view): \(Formatting.confidence(declared)). \(computed)"
        if context.has(.confidenceMismatch, at: programme.locations["confidence"]) {
            text += "\n\n⚠️ **The declared confidence is more hopeful than the figures:** "
                + "the team rates delivery \(Formatting.confidence(declared)) while the computed RAG is red."
        }
        return text
    }

    // MARK: - Milestones needing attention

    func attention() -> String {
        let heading = "## Milestones needing attention"
        let flagged = report.milestones.enumerated().compactMap { index, status -> (Int, MilestoneStatus, [String])? in
            guard status.isOpen else { return nil }
            let issues = issues(of: status)
            return issues.isEmpty ? nil : (index, status, issues)
        }
        guard !flagged.isEmpty else {
            return blocks([heading, "No milestone is overdue, due soon, slipped or blocked."])
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
        var table = MarkdownTable([.init("Milestone"), .init("Owner"), .init("RAG"), .init("What needs attention"),
                                   .init("Baseline"), .init("Forecast")])
        for (_, status, issues) in sorted {
            let m = status.milestone
            table.add(["**\(MarkdownText.inline(m.title))**", MarkdownText.inline(m.owner, or: "⚠️ No owner"),
                       Formatting.rag(status.rag), issues.joined(separator: "; "),
                       Formatting.date(m.due), Formatting.date(m.forecast)])
        }
        return blocks([heading, table.render()])
    }

    /// What is wrong with an open milestone, each with its days: late, due soon, slipped,
    /// blocked by a milestone it depends on, or waiting on a dependency that is late.
    private func issues(of status: MilestoneStatus) -> [String] {
        let m = status.milestone
        var issues: [String] = []
        switch status.state {
        case .overdue: issues.append("overdue by \(Formatting.days(status.daysOverdue))")
        case .dueSoon:
            let days = context.asOf.days(to: m.effective)
            issues.append(days == 0 ? "due today" : "due in \(Formatting.days(days))")
        case .onTrack, .complete, .cancelled: break
        }
        if status.slippedDays > 0 {
            issues.append("slipped \(Formatting.days(status.slippedDays)) past its baseline")
        }
        for reference in m.dependsOn {
            if context.has(.blocked, at: reference.location), let upstream = context.milestone(reference) {
                issues.append("blocked: depends on \(context.milestoneName(reference)), overdue by "
                              + Formatting.days(upstream.status.daysOverdue))
            }
            if context.has(.dependencyConflict, at: reference.location) {
                issues.append("planned before \(context.milestoneName(reference)), which it depends on")
            }
        }
        for d in programme.dependencies where d.affects.contains(where: { $0.itemID == m.id }) {
            if let needed = d.neededBy, context.has(.dependencyOverdue, at: d.locations["needed_by"]) {
                issues.append("waits on dependency \(context.dependencyName(d)), not met and "
                              + "\(Formatting.days(needed.days(to: context.asOf))) late")
            }
        }
        return issues
    }

    // MARK: - Milestones by workstream

    func milestoneTable() -> String {
        let heading = "## Milestones by workstream"
        guard !report.milestones.isEmpty else { return blocks([heading, "No milestones are recorded."]) }
        let known = Set(programme.workstreams.map(\.id))
        var parts = [heading]
        for w in programme.workstreams {
            parts.append("### \(MarkdownText.inline(w.name, or: MarkdownText.inline(w.id)))")
            if let lead = w.lead { parts.append("Lead: \(MarkdownText.inline(lead))") }
            let rows = report.milestones.filter { $0.milestone.workstream == w.id }
            parts.append(rows.isEmpty ? "No milestones." : milestoneRows(rows))
        }
        let others = report.milestones.filter { $0.milestone.workstream.map(known.contains) != true }
        if !others.isEmpty {
            parts.append(programme.workstreams.isEmpty ? "### All milestones" : "### Other milestones")
            parts.append(milestoneRows(others))
        }
        return blocks(parts)
    }

    private func milestoneRows(_ statuses: [MilestoneStatus]) -> String {
        var table = MarkdownTable([.init("Milestone"), .init("Owner"), .init("Status"), .init("Baseline"),
                                   .init("Forecast"), .init("Progress", .right)])
        for status in statuses {
            let m = status.milestone
            table.add([MarkdownText.inline(m.title), MarkdownText.inline(m.owner, or: "—"),
                       context.stateDescription(status), Formatting.date(m.due), Formatting.date(m.forecast),
                       status.state == .cancelled ? "—" : Formatting.percent(status.progress)])
        }
        return table.render()
    }

    // MARK: - Changes and history (from git)

    /// "Changes since <date>", when the pack is made with `--since`; empty otherwise.
    func changes() -> String {
        context.history.changes.map { oneTrailingNewline($0.markdown(programme: programme.id)) } ?? ""
    }

    /// The figures at every commit that changed the file, when made with `--history`.
    func progressOverTime() -> String {
        context.history.histories[programme.id].map { oneTrailingNewline(HistorySection.markdown($0)) } ?? ""
    }

    /// Sections end with one newline, so that joined with another they leave one blank line.
    private func oneTrailingNewline(_ text: String) -> String {
        var text = Substring(text)
        while text.hasSuffix("\n") { text = text.dropLast() }
        return text + "\n"
    }

    /// ` ↑ up`: a trend beside a figure when the pack is made with `--since`.
    private func trend(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        return " \(text)"
    }

    // MARK: - Timeline

    func timeline() -> String {
        let heading = "## Timeline"
        guard let chart = MermaidGantt(context: context).render() else {
            return blocks([heading, "No milestones to chart."])
        }
        let key = "Diamonds mark milestone dates; bars run from a milestone's start to its date. "
            + "Words in brackets say what the colours show: done (grey), overdue (red), due soon or forecast "
            + "(highlighted). A milestone forecast later than its baseline has a second diamond, marked baseline, "
            + "at the date first agreed. Cancelled milestones are not shown."
        return blocks([heading, chart, key])
    }

    // MARK: - Benefits

    func benefits() -> String {
        let heading = "## Benefits"
        guard !report.benefits.isEmpty else { return blocks([heading, "No benefits are recorded."]) }
        // Descoped benefits are listed once, apart, and counted nowhere (SPEC 1.4).
        let descoped = report.benefits.filter(\.benefit.cancelled)
        let live = report.benefits.filter { !$0.benefit.cancelled }
        let descopedLine = "**Descoped** (cancelled; counted in no figure above or below): "
            + descoped.map { "\(MarkdownText.inline($0.benefit.title)) (\(MarkdownText.inline($0.benefit.id)))" }
                .joined(separator: "; ") + "."
        guard !live.isEmpty else { return blocks([heading, "Every benefit recorded is descoped.", descopedLine]) }
        let explanation = RAGExplanation(context: context)
        var table = MarkdownTable([.init("Benefit"), .init("Owner"), .init("Target to date", .right),
                                   .init("Actual to date", .right), .init("Achieved", .right), .init("RAG"),
                                   .init("Whole-life target", .right), .init("Stretch target", .right)])
        for status in live {
            table.add(benefitRow(status))
        }
        let note = "Target to date counts every period that has ended and the share of the current period "
            + "elapsed by \(Formatting.date(context.asOf)). A level benefit (a measured count or rate rather than a "
            + "running total) compares the latest period with both a target and an actual, and achieved is the "
            + "share of the planned change from its baseline."
        var parts = [heading, table.render(), note]
        if !descoped.isEmpty { parts.append(descopedLine) }
        parts.append("### Target against actual by period")
        var charted = false
        for status in live where !(status.benefit.targets?.entries.isEmpty ?? true) && !status.benefit.isUnprofiled {
            let name = "**\(MarkdownText.inline(status.benefit.title))**"
            let benefitChart = MermaidBenefitChart(status: status, context: context)
            if let chart = benefitChart.render() {
                let level = status.benefit.kind == .level
                parts.append("\(name): \(level ? "latest " : "")\(explanation.achievedAgainstTarget(status))"
                             + "\(level ? "" : " to date").")
                parts.append(chart)
                charted = true
            } else {
                parts.append(status.benefit.kind == .level
                    ? "\(name): no period has both a target and a measured actual yet."
                    : "\(name): no period of its target profile has started yet.")
            }
            let outside = benefitChart.outsideProfile
            if !outside.isEmpty {
                parts.append("Not drawn, as these periods have no target (shown beside the benefit, not counted in it): "
                    + outside.map { "\(Formatting.period($0.period)) \(format.amount($0.value, unit: status.benefit.unit))" }
                        .joined(separator: "; ") + ".")
            }
        }
        if charted {
            parts.append("Bars show the target for each period of the profile that has started by "
                         + "\(Formatting.date(context.asOf)), and the line the actuals recorded within it (0 where none "
                         + "is). A period with no target has no bar and is not drawn. A level benefit shows only the "
                         + "periods with both a target and a measured actual.")
        } else if parts.last == "### Target against actual by period" {
            parts.append("No benefit has targets by period to chart.")
        }
        return blocks(parts)
    }

    private func benefitRow(_ status: BenefitStatus) -> [String] {
        let b = status.benefit
        var name = "**\(MarkdownText.inline(b.title))**"
        var about: [String] = []
        if let type = b.type { about.append(type.rawValue) }
        if b.kind == .level {
            about.append("level")
            if let baseline = b.baseline { about.append("baseline \(format.amount(baseline, unit: b.unit))") }
            switch b.direction ?? BenefitStatus.impliedDirection(b) {
            case .up: about.append("higher is better")
            case .down: about.append("lower is better")
            case nil: break
            }
        }
        if !about.isEmpty { name += " (\(about.joined(separator: "; ")))" }
        let owner = MarkdownText.inline(b.owner, or: "—")
        let amount = { (value: Double?) in value.map { format.amount($0, unit: b.unit) } ?? "—" }
        let rag = Formatting.rag(status.rag)
        if b.isUnquantified {
            return [name, owner, "Not set", amount(status.actualOutsideProfile), "Not measured", rag, "—", "—"]
        }
        if b.isUnprofiled {
            let recorded = status.totalActual.map { "\(format.amount($0, unit: b.unit)) in total, not dated" } ?? "—"
            return [name, owner, "Not profiled", recorded, "Not measured", rag, amount(status.totalTarget),
                    amount(status.totalStretch)]
        }
        let achieved = (status.realisation.map(Formatting.ratio) ?? "—")
            + trend(context.history.changes?.benefitTrend(programme: programme.id, benefit: b.id))
        switch b.kind {
        case .flow:
            // Actuals for periods with no target are shown beside the benefit, never in it.
            var actual = amount(status.actualToDate)
            if let outside = status.actualOutsideProfile, outside != 0 {
                actual += " (and \(format.amount(outside, unit: b.unit)) for periods with no target, not counted)"
            }
            return [name, owner, amount(status.targetToDate), actual, achieved, rag,
                    amount(status.totalTarget), amount(status.totalStretch)]
        case .level:
            let target = status.targetToDate.map { value in
                format.amount(value, unit: b.unit) + (status.comparisonPeriod.map { " (\(Formatting.period($0)))" } ?? "")
            } ?? "—"
            return [name, owner, target, amount(status.actualToDate ?? status.latestActual), achieved, rag,
                    finalValue(b.targets, unit: b.unit), finalValue(b.stretch, unit: b.unit)]
        }
    }

    /// A level benefit's last target (or stretch), with its period: where it should end up.
    private func finalValue(_ profile: Profile?, unit: String) -> String {
        guard let last = profile?.entries.filter({ $0.period != .total }).max(by: { $0.period.sortKey < $1.period.sortKey })
        else { return "—" }
        return "\(format.amount(last.value, unit: unit)) by \(Formatting.period(last.period))"
    }

    // MARK: - Risks

    func risks() -> String {
        let heading = "## Risks"
        let open = openRisksByScore
        let closed = report.risks.filter { !$0.isOpen }
        var parts = [heading, "### Open risks by score"]
        if open.isEmpty {
            parts.append("No open risks are recorded.")
        } else {
            var table = MarkdownTable([.init("Risk"), .init("Owner"), .init("Score"), .init("Target score"),
                                       .init("Mitigation"), .init("Review by")])
            for status in open {
                let r = status.risk
                let score = (status.score.map { "\(Formatting.band(status.band)): \($0) (\(r.likelihood ?? 0) × \(r.impact ?? 0))" }
                    ?? Formatting.band(nil))
                    + trend(context.history.changes?.riskTrend(programme: programme.id, risk: r.id))
                let target = status.targetScore.map { "\($0) (\(r.targetLikelihood ?? 0) × \(r.targetImpact ?? 0))" } ?? "—"
                var review = Formatting.date(r.reviewBy)
                if context.has(.riskReviewOverdue, at: r.locations["review_by"]) { review += " ⚠️ overdue" }
                table.add([riskName(r), MarkdownText.inline(r.owner, or: "—"), score, target,
                           MarkdownText.inline(r.mitigation, or: "—"), review])
            }
            parts.append(table.render())
            parts.append("Score = likelihood × impact, each from 1 to 5.")
        }
        if !closed.isEmpty {
            parts.append("Closed: " + closed.map { riskName($0.risk) }.joined(separator: "; ") + ".")
        }
        parts.append("### Heat map")
        parts.append(RiskHeatMap(context: context).render())
        return blocks(parts)
    }

    // MARK: - Dependencies

    func dependencies() -> String {
        let heading = "## Dependencies"
        let problems = context.dependencyProblems()
        let crossLinks = programme.milestones.flatMap { m in
            m.dependsOn.filter { $0.programmeID != nil }.map { (m, $0) }
        }
        if programme.dependencies.isEmpty, problems.isEmpty, crossLinks.isEmpty {
            return blocks([heading, "No dependencies are recorded."])
        }
        var parts = [heading]
        if programme.dependencies.isEmpty {
            parts.append("No dependencies on work outside the programme are recorded.")
        } else {
            var table = MarkdownTable([.init("Dependency"), .init("Owner"), .init("Needed by"), .init("Status"),
                                       .init("Depends on"), .init("Holds up")])
            for d in programme.dependencies {
                let affects = d.affects.map { reference in
                    report.milestone(reference.itemID).map { MarkdownText.inline($0.milestone.title) }
                        ?? report.benefits.first { $0.benefit.id == reference.itemID }.map { MarkdownText.inline($0.benefit.title) }
                        ?? MarkdownText.inline(reference.text)
                }
                table.add([context.dependencyName(d), MarkdownText.inline(d.owner, or: "—"), Formatting.date(d.neededBy),
                           dependencyStatus(d), d.on.map(upstream) ?? "—", affects.joined(separator: "; ")])
            }
            parts.append(table.render())
        }
        if !crossLinks.isEmpty {
            parts.append("### Milestones that depend on other programmes")
            var table = MarkdownTable([.init("Milestone"), .init("Depends on"), .init("Where that stands")])
            for (m, reference) in crossLinks {
                table.add([MarkdownText.inline(m.title), upstream(reference),
                           context.milestone(reference).map { context.stateDescription($0.status) } ?? "⚪ Not in this run"])
            }
            parts.append(table.render())
        }
        parts.append("### Problems")
        parts.append(problems.isEmpty
            ? "No problems with dependencies."
            : problems.map { "- **\($0.kind.rawValue):** \($0.text)" }.joined(separator: "\n"))
        return blocks(parts)
    }

    private func dependencyStatus(_ d: Dependency) -> String {
        switch d.status {
        case .met: return "✅ Met"
        case .open:
            guard let needed = d.neededBy else { return "⏳ Open" }
            if context.has(.dependencyOverdue, at: d.locations["needed_by"]) {
                return "🔴 Not met: \(Formatting.days(needed.days(to: context.asOf))) late"
            }
            let days = context.asOf.days(to: needed)
            return days <= 0 ? "⏳ Open: needed today" : "⏳ Open: needed in \(Formatting.days(days))"
        }
    }

    /// Another milestone this programme waits on, with where it stands.
    private func upstream(_ reference: Reference) -> String {
        let name = context.milestoneName(reference)
        guard context.milestone(reference) != nil else {
            return "\(name) (not in this run)"
        }
        return name
    }

    // MARK: - Data quality

    func dataQuality() -> String {
        func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: "; ") }
        func named(_ title: String, _ id: String) -> String {
            "\(MarkdownText.inline(title)) (\(MarkdownText.inline(id)))"
        }
        let benefits = report.benefits.map(\.benefit).filter { !$0.cancelled }
        var lines = [
            "- **Benefits without targets** (listed, not measured): "
                + list(benefits.filter(\.isUnquantified).map { named($0.title, $0.id) }),
            "- **Benefits with only a whole-life figure** (never counted to date): "
                + list(benefits.filter { !$0.isUnquantified && $0.isUnprofiled }.map { named($0.title, $0.id) }),
            "- **Open risks not assessed** (no likelihood and impact, so not scored): "
                + list(report.risks.filter { $0.isOpen && $0.score == nil }.map { riskName($0.risk) }),
            "- **Open milestones without an owner**: "
                + list(report.milestones.filter { $0.isOpen && MarkdownText.isBlank($0.milestone.owner) }
                    .map { named($0.milestone.title, $0.milestone.id) }),
        ]
        let future = programme.milestones.filter { context.has(.futureCompletion, at: $0.locations["completed"]) }
        if !future.isEmpty {
            lines.append("- **Completion dates after \(Formatting.date(context.asOf))** (counted as complete): "
                         + list(future.map { named($0.title, $0.id) }))
        }
        let early = benefits.flatMap { b in
            (b.actuals?.entries ?? []).filter { context.has(.futureActual, at: $0.location) }
                .map { "\(named(b.title, b.id)) for \(Formatting.period($0.period))" }
        }
        if !early.isEmpty {
            lines.append("- **Actuals for periods not yet started** (not counted): " + list(early))
        }
        return blocks(["## Data quality",
                       "Gaps in the programme file that leave the figures above less complete, for the PMO to fill.",
                       lines.joined(separator: "\n")])
    }

    // MARK: - Footer

    func footer() -> String {
        let file = programme.file.split(separator: "/").last.map(String.init) ?? programme.file
        return blocks([
            "---",
            "Figures as at \(Formatting.date(context.asOf)), computed by Waymark from \(MarkdownText.inline(file)). "
                + "RAG key: 🔴 Red · 🟠 Amber · 🟢 Green · ⚪ Not rated. "
                + "To change a figure, change the programme file and make the pack again.",
        ])
    }
}
