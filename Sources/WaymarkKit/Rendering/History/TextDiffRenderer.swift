/// `waymark diff` for a terminal: a block a programme, its headline figures then one
/// line a change.
struct TextDiffRenderer {
    func render(_ diff: PortfolioDiff) -> String {
        var lines = [heading(diff), ""]
        for programme in diff.programmes {
            lines += block(programme, since: diff.since)
            lines.append("")
        }
        let count = { (status: ProgrammeDiff.Status) in diff.programmes.filter { $0.status == status }.count }
        var summary = ["\(count(.changed)) changed", "\(count(.unchanged)) unchanged"]
        if count(.added) > 0 { summary.append("\(count(.added)) added") }
        if count(.removed) > 0 { summary.append("\(count(.removed)) removed") }
        lines.append("\(plural(diff.programmes.count, "programme")) compared: \(summary.joined(separator: ", "))")
        return lines.joined(separator: "\n") + "\n"
    }

    private func heading(_ diff: PortfolioDiff) -> String {
        let since = diff.since.map { HistoryWording.revision($0, style: .plain) } ?? "the earlier files"
        let until = diff.until.map { HistoryWording.revision($0, style: .plain) } ?? "the working tree"
        return "Changes since \(since) to \(until)"
    }

    private func block(_ p: ProgrammeDiff, since: Revision?) -> [String] {
        let file = p.nowFile ?? p.thenFile ?? ""
        var lines = ["\(p.id): \(HistoryWording.plain(p.name)) (\(file))"]
        let sinceName = since.map { $0.name } ?? "then"
        let figures = { (shift: (FigureShift) -> Double?) -> String in
            let complete = HistoryWording.percentage(shift(p.percentComplete))
            let planned = HistoryWording.percentage(shift(p.plannedPercent))
            return "\(complete) complete (planned \(planned))"
        }
        switch p.status {
        case .added:
            lines.append("  New since \(sinceName): as at \(p.nowAsOf.map(HistoryWording.date) ?? "?"), "
                + "\(figures(\.now)), RAG \(p.rag(.overall).nowLabel)")
            return lines
        case .removed:
            lines.append("  Removed since \(sinceName): it was \(figures(\.then)) as at "
                + "\(p.thenAsOf.map(HistoryWording.date) ?? "?"), RAG \(p.rag(.overall).thenLabel)")
            return lines
        case .changed, .unchanged:
            break
        }
        if p.isRenamed, let then = p.thenFile, let now = p.nowFile {
            lines.append("  Renamed:          \(then) → \(now)")
        }
        if let then = p.thenAsOf, let now = p.nowAsOf {
            lines.append("  As at:            \(HistoryWording.date(then)) → \(HistoryWording.date(now))")
        }
        lines.append("  Percent complete: \(shift(p.percentComplete))")
        lines.append("  Planned:          \(shift(p.plannedPercent))")
        if p.realisedToDate.then != nil || p.realisedToDate.now != nil {
            let side = { (realised: Double?, target: Double?) in
                "\(HistoryWording.amount(realised, unit: p.currency)) of \(HistoryWording.amount(target, unit: p.currency)) target"
            }
            lines.append("  Realised to date: \(side(p.realisedToDate.then, p.targetToDate.then)) → "
                + side(p.realisedToDate.now, p.targetToDate.now))
        }
        if (p.otherRealisedToDate.then ?? 0) != 0 || (p.otherRealisedToDate.now ?? 0) != 0 {
            // Beside the headline, never in it: pounds with no target to set them against.
            lines.append("  Other realised:   \(HistoryWording.amount(p.otherRealisedToDate.then, unit: p.currency)) → "
                + "\(HistoryWording.amount(p.otherRealisedToDate.now, unit: p.currency)) (no target; not in realised)")
        }
        if p.spentToDate.then != nil || p.spentToDate.now != nil {
            let money = { (value: Double?) in HistoryWording.amount(value, unit: p.currency) }
            lines.append("  Spent to date:    \(money(p.spentToDate.then)) → \(money(p.spentToDate.now)); "
                + "net benefit \(money(p.netBenefitToDate.then)) → \(money(p.netBenefitToDate.now))")
        }
        lines.append("  RAG:              " + RAGPart.allCases.map { "\($0.rawValue) \(HistoryWording.rag(p.rag($0)))" }
            .joined(separator: ", "))
        let sections = HistoryWording.sections(p, style: .plain)
        if sections.isEmpty, p.status == .unchanged {
            lines.append("  No changes.")
        }
        for section in sections {
            lines.append("  \(section.title)")
            let width = section.lines.map(\.label.count).max() ?? 0
            for line in section.lines {
                let label = line.label + String(repeating: " ", count: width - line.label.count)
                lines.append("    \(label)  \(line.item.id)  \(HistoryWording.plain(line.item.title)): \(line.detail)")
            }
        }
        return lines
    }

    /// `20.0% → 40.0% (↑ up 20.0 points)`.
    private func shift(_ shift: FigureShift) -> String {
        let change = HistoryWording.points(shift)
        let base = "\(HistoryWording.percentage(shift.then)) → \(HistoryWording.percentage(shift.now))"
        return change.isEmpty ? base : "\(base) (\(change))"
    }
}
