/// Why each part of a programme's RAG is what it is (SPEC 3.5): the rule that set it,
/// in words, and the items behind it, so the board can see where a colour comes from.
struct RAGExplanation {
    struct Part {
        let name: String
        let rag: RAG?
        /// The rule that set this RAG, as a sentence.
        let rule: String
        /// One Markdown line for each item behind the RAG.
        let items: [String]
    }

    let context: PackContext

    var parts: [Part] { [schedule, benefits, risks] }

    // MARK: - Schedule

    var schedule: Part {
        let part = context.report.rag.schedule
        let t = context.thresholds
        let tolerance = t.overdueToleranceDays
        let soon = Formatting.days(t.dueSoonDays)
        let rule: String
        switch part.rag {
        case nil:
            rule = (part.notRated ?? .noMilestones).sentence
        case .red:
            rule = tolerance == 0
                ? "Red: at least one milestone is overdue."
                : "Red: at least one milestone is overdue by more than the tolerance of \(Formatting.days(tolerance))."
        case .amber:
            let late = tolerance == 0 ? "" : ", or is overdue within the tolerance of \(Formatting.days(tolerance))"
            rule = "Amber: no milestone is overdue\(tolerance == 0 ? "" : " beyond tolerance"), but at least one is "
                + "due within \(soon), or forecast later than its baseline\(late)."
        case .green:
            rule = context.report.milestones.contains(where: \.isOpen)
                ? "Green: no milestone is overdue, due within \(soon), or forecast later than its baseline."
                : "Green: every milestone is complete or cancelled."
        }
        let items = part.drivers.compactMap { id -> String? in
            guard let status = context.report.milestone(id) else { return nil }
            let owner = MarkdownText.isBlank(status.milestone.owner)
                ? "no owner" : "owner: \(MarkdownText.inline(status.milestone.owner, or: ""))"
            return "**\(MarkdownText.inline(status.milestone.title))**: \(milestoneReason(status)) (\(owner))"
        }
        return Part(name: "Schedule", rag: part.rag, rule: rule, items: items)
    }

    private func milestoneReason(_ status: MilestoneStatus) -> String {
        var reasons: [String] = []
        switch status.state {
        case .overdue: reasons.append("overdue by \(Formatting.days(status.daysOverdue))")
        case .dueSoon:
            let days = context.asOf.days(to: status.milestone.effective)
            reasons.append(days == 0 ? "due today" : "due in \(Formatting.days(days))")
        case .onTrack, .complete, .cancelled: break
        }
        if status.slippedDays > 0 {
            reasons.append("forecast \(Formatting.days(status.slippedDays)) after its baseline of "
                           + Formatting.date(status.milestone.due))
        }
        return reasons.joined(separator: "; ")
    }

    // MARK: - Benefits

    var benefits: Part {
        let part = context.report.rag.benefits
        let amber = Formatting.ratio(context.thresholds.benefitAmber)
        let rule = switch part.rag {
        case nil: (part.notRated ?? .noMeasuredBenefits).sentence
        case .red: "Red: at least one benefit has achieved less than \(amber) of its target to date."
        case .amber: "Amber: no benefit is below \(amber), but at least one has achieved less than 100% of its target to date."
        case .green: "Green: every measured benefit has achieved at least its target to date."
        }
        let items = part.drivers.compactMap { id -> String? in
            guard let status = context.report.benefits.first(where: { $0.benefit.id == id }),
                  let realisation = status.realisation else { return nil }
            return "**\(MarkdownText.inline(status.benefit.title))**: \(Formatting.ratio(realisation)) of its target "
                + "to date (\(achievedAgainstTarget(status)))"
        }
        return Part(name: "Benefits", rag: part.rag, rule: rule, items: items)
    }

    /// `£330,000 against £400,548`; for a level benefit, the period compared.
    func achievedAgainstTarget(_ status: BenefitStatus) -> String {
        let unit = status.benefit.unit
        let actual = status.actualToDate.map { context.format.amount($0, unit: unit) } ?? "—"
        let target = status.targetToDate.map { context.format.amount($0, unit: unit) } ?? "—"
        let period = status.comparisonPeriod.map { " for \(Formatting.period($0))" } ?? ""
        return "\(actual) against \(target)\(period)"
    }

    // MARK: - Risks

    var risks: Part {
        let part = context.report.rag.risks
        let t = context.thresholds
        let unassessed = context.report.risks.filter { $0.isOpen && $0.score == nil }.count
        var rule = switch part.rag {
        case .red: "Red: at least one open risk scores \(t.riskHigh) or more (high)."
        case .amber: "Amber: no open risk is high, but at least one scores \(t.riskMedium) to \(t.riskHigh - 1) (medium)."
        case .green: "Green: no open risk scores \(t.riskMedium) or more."
        case nil: (part.notRated ?? .noAssessedRisks).sentence
        }
        if unassessed > 0 {
            rule += " \(Formatting.count(unassessed, "open risk is", "open risks are")) not assessed, so not counted."
        }
        let items = part.drivers.compactMap { id -> String? in
            guard let status = context.report.risks.first(where: { $0.risk.id == id }), let score = status.score,
                  let l = status.risk.likelihood, let i = status.risk.impact else { return nil }
            return "**\(MarkdownText.inline(status.risk.id))** \(MarkdownText.inline(status.risk.title)): "
                + "score \(score) (likelihood \(l) × impact \(i))"
        }
        return Part(name: "Risks", rag: part.rag, rule: rule, items: items)
    }
}
