/// Why each part of a programme's RAG is what it is (SPEC 3.5): the rule that set it,
/// in words, and the items behind it, so the board can see where a colour comes from.
struct RAGReasons {
    struct Part {
        let name: String
        let rag: RAG?
        /// The rule that set this RAG, as a sentence.
        let rule: PackText
        /// One line for each item behind the RAG.
        let items: [PackText]
    }

    let builder: PackBuilder

    private var report: ProgrammeReport { builder.report }

    var parts: [Part] { [schedule, benefits, risks] }

    // MARK: - Schedule

    var schedule: Part {
        let part = report.rag.schedule
        let tolerance = builder.thresholds.overdueToleranceDays
        let soon = PackSpan.days(builder.thresholds.dueSoonDays)
        let rule: PackText
        switch part.rag {
        case nil:
            rule = "\(words: (part.notRated ?? .noMilestones).sentence)"
        case .red:
            rule = tolerance == 0
                ? "Red: at least one milestone is overdue."
                : "Red: at least one milestone is overdue by more than the tolerance of \(.days(tolerance))."
        case .amber:
            let late: PackText = tolerance == 0 ? "" : ", or is overdue within the tolerance of \(.days(tolerance))"
            rule = "Amber: no milestone is overdue\(words: tolerance == 0 ? "" : " beyond tolerance"), but at least one is "
                + "due within \(soon), or forecast later than its baseline\(late)."
        case .green:
            rule = report.milestones.contains(where: \.isOpen)
                ? "Green: no milestone is overdue, due within \(soon), or forecast later than its baseline."
                : "Green: every milestone is complete or cancelled."
        }
        let items = part.drivers.compactMap { id -> PackText? in
            guard let status = report.milestone(id) else { return nil }
            let owner: PackText = PlainText.isBlank(status.milestone.owner)
                ? "no owner" : "owner: \(.text(status.milestone.owner ?? ""))"
            return "\(.strongText(status.milestone.title)): \(milestoneReason(status)) (\(owner))"
        }
        return Part(name: "Schedule", rag: part.rag, rule: rule, items: items)
    }

    private func milestoneReason(_ status: MilestoneStatus) -> PackText {
        var reasons: [PackText] = []
        switch status.state {
        case .overdue: reasons.append("overdue by \(.days(status.daysOverdue))")
        case .dueSoon: reasons.append(builder.dueWhen(status))
        case .onTrack, .complete, .cancelled: break
        }
        if status.slippedDays > 0 {
            reasons.append("forecast \(.days(status.slippedDays)) after its baseline of \(.date(status.milestone.due))")
        }
        return .joined(reasons, separator: "; ")
    }

    // MARK: - Benefits

    var benefits: Part {
        let part = report.rag.benefits
        let amber = PackSpan.ratio(builder.thresholds.benefitAmber)
        let rule: PackText = switch part.rag {
        case nil: "\(words: (part.notRated ?? .noMeasuredBenefits).sentence)"
        case .red: "Red: at least one benefit has achieved less than \(amber) of its target to date."
        case .amber: "Amber: no benefit is below \(amber), but at least one has achieved less than 100% of its target to date."
        case .green: "Green: every measured benefit has achieved at least its target to date."
        }
        let items = part.drivers.compactMap { id -> PackText? in
            guard let status = report.benefits.first(where: { $0.benefit.id == id }),
                  let realisation = status.realisation else { return nil }
            return "\(.strongText(status.benefit.title)): \(.ratio(realisation)) of its target "
                + "to date (\(achievedAgainstTarget(status)))"
        }
        return Part(name: "Benefits", rag: part.rag, rule: rule, items: items)
    }

    /// `£330,000 against £400,548`; for a level benefit, the period compared.
    func achievedAgainstTarget(_ status: BenefitStatus) -> PackText {
        let unit = status.benefit.unit
        let actual: PackText = status.actualToDate.map { "\(builder.amount($0, unit: unit))" } ?? "—"
        let target: PackText = status.targetToDate.map { "\(builder.amount($0, unit: unit))" } ?? "—"
        let period: PackText = status.comparisonPeriod.map { " for \(.period($0))" } ?? ""
        return "\(actual) against \(target)\(period)"
    }

    // MARK: - Risks

    var risks: Part {
        let part = report.rag.risks
        let t = builder.thresholds
        let unassessed = report.risks.filter { $0.isOpen && $0.score == nil }.count
        var rule: PackText = switch part.rag {
        case .red: "Red: at least one open risk scores \(words: String(t.riskHigh)) or more (high)."
        case .amber: "Amber: no open risk is high, but at least one scores \(words: String(t.riskMedium)) to \(words: String(t.riskHigh - 1)) (medium)."
        case .green: "Green: no open risk scores \(words: String(t.riskMedium)) or more."
        case nil: "\(words: (part.notRated ?? .noAssessedRisks).sentence)"
        }
        if unassessed > 0 {
            rule += " \(.count(unassessed, "open risk is", "open risks are")) not assessed, so not counted."
        }
        let items = part.drivers.compactMap { id -> PackText? in
            guard let status = report.risks.first(where: { $0.risk.id == id }), let score = status.score,
                  let l = status.risk.likelihood, let i = status.risk.impact else { return nil }
            return "\(builder.name(status.risk.id, status.risk.title)): score \(words: String(score)) (likelihood \(words: String(l)) × impact \(words: String(i)))"
        }
        return Part(name: "Risks", rag: part.rag, rule: rule, items: items)
    }
}
