/// `waymark diff --format markdown`: a page a steering group can read on a git host,
/// a section a programme with its headline figures then and now and a list a kind of change.
struct MarkdownDiffRenderer {
    func render(_ diff: PortfolioDiff) -> String {
        var lines = ["# \(ChangesSection.title(since: diff.since))", ""]
        let since = diff.since.map { HistoryWording.revision($0, style: .markdown) } ?? "the earlier files"
        let until = diff.until.map { HistoryWording.revision($0, style: .markdown) } ?? "the working tree"
        lines += ["Compares \(since) with \(until). Each side's figures are as at its own as-of date.", ""]
        for programme in diff.programmes {
            lines += ["## \(HistoryMarkdown.escape(programme.name))", ""]
            lines += Self.body(programme, since: diff.since)
        }
        return lines.joined(separator: "\n")
    }

    /// One programme's changes: what the comparison covers, the headline figures then and
    /// now, and a `###` list a kind of change. Ends with a blank line.
    static func body(_ p: ProgrammeDiff, since: Revision?) -> [String] {
        let code = HistoryMarkdown.code
        let name = since.map { code($0.name) } ?? "then"
        let date = { (day: Day?) in day.map(HistoryWording.date) ?? "an unknown date" }
        let figures = { (complete: Double?, planned: Double?, rag: RAGBreakdown?) in
            "\(HistoryWording.percentage(complete)) complete (planned \(HistoryWording.percentage(planned))), "
                + "RAG \(rag.map { $0.part(.overall).label } ?? "none")"
        }
        switch p.status {
        case .added:
            return ["New since \(name): not in the files at that revision. As at \(date(p.nowAsOf)): "
                + "\(figures(p.percentComplete.now, p.plannedPercent.now, p.ragNow)).", ""]
        case .removed:
            return ["Removed since \(name): no longer in the files (it was \(p.thenFile.map(code) ?? "?")). "
                + "As at \(date(p.thenAsOf)) it was \(figures(p.percentComplete.then, p.plannedPercent.then, p.ragThen)).", ""]
        case .unchanged:
            return ["No changes since \(name) (figures as at \(date(p.thenAsOf)) then and \(date(p.nowAsOf)) now).", ""]
        case .changed:
            break
        }
        var about = "Programme \(code(p.id)) in \(p.nowFile.map(code) ?? "?")"
        if p.isRenamed, let then = p.thenFile { about += " (renamed from \(code(then)))" }
        var lines = ["\(about). Figures as at \(date(p.thenAsOf)) then and \(date(p.nowAsOf)) now.", ""]
        lines += ["| Figure | Then | Now | Change |", "| --- | --- | --- | --- |"]
        for (label, shift) in [("Percent complete", p.percentComplete), ("Planned", p.plannedPercent)] {
            lines.append("| \(label) | \(HistoryWording.percentage(shift.then)) | \(HistoryWording.percentage(shift.now)) | "
                + "\(HistoryWording.points(shift)) |")
        }
        var money: [(String, FigureShift)] = []
        if p.realisedToDate.then != nil || p.realisedToDate.now != nil {
            money += [("Realised to date", p.realisedToDate), ("Target to date", p.targetToDate)]
        }
        if (p.otherRealisedToDate.then ?? 0) != 0 || (p.otherRealisedToDate.now ?? 0) != 0 {
            money.append(("Other realised to date (no target; not in realised)", p.otherRealisedToDate))
        }
        if p.spentToDate.then != nil || p.spentToDate.now != nil {
            money += [("Spent to date", p.spentToDate), ("Net benefit to date", p.netBenefitToDate)]
        }
        if !money.isEmpty {
            for (label, shift) in money {
                let amount = { (v: Double?) in HistoryWording.amount(v, unit: p.currency, style: .markdown) }
                lines.append("| \(label) | \(amount(shift.then)) | \(amount(shift.now)) | "
                    + "\(HistoryWording.amountChange(shift, unit: p.currency)) |")
            }
        }
        for part in RAGPart.allCases {
            let shift = p.rag(part)
            lines.append("| RAG \(part.rawValue) | \(HistoryMarkdown.escape(shift.thenLabel)) | \(HistoryMarkdown.escape(shift.nowLabel)) | "
                + "\(shift.direction?.rawValue ?? (shift.isChanged ? "changed" : "no change")) |")
        }
        lines.append("")
        for section in HistoryWording.sections(p, style: .markdown) {
            lines += ["### \(section.title)", ""]
            lines += section.lines.map {
                "- **\($0.label)** \(code($0.item.id)) \(HistoryMarkdown.escape($0.item.title)): \($0.detail)"
            }
            lines.append("")
        }
        return lines
    }
}
