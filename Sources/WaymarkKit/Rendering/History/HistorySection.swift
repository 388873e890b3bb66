/// One programme's history as Markdown: a table a commit and a Mermaid burn-up
/// (`xychart-beta`) of percent complete and planned, for `waymark history` and for a
/// pack's `--history`.
public enum HistorySection {
    /// `## Progress over time`, the burn-up chart and the table, ending with a blank line.
    public static func markdown(_ history: ProgrammeHistory) -> String {
        // The chart ends with a blank line of its own.
        "## Progress over time\n\n" + chart(history) + table(history)
    }

    /// The table: commit, committed date, as-at date, percent complete, planned, overall
    /// RAG, realised and target to date (other realised, and spent and net benefit to date,
    /// when any commit has them), and the commit message. Ends with a blank line.
    public static func table(_ history: ProgrammeHistory) -> String {
        let other = history.hasOtherRealised
        let money = history.hasSpend
        var lines = [
            "| Commit | Committed | As at | Complete | Planned | RAG | Realised to date | Target to date | "
                + (other ? "Other realised (no target) | " : "") + (money ? "Spent to date | Net benefit to date | " : "")
                + "Change |",
            "| --- | --- | --- | ---: | ---: | --- | ---: | ---: | " + (other ? "---: | " : "") + (money ? "---: | ---: | " : "")
                + "--- |",
        ]
        for entry in history.entries {
            let cells = HistoryFigures(entry, style: .markdown)
            lines.append("| \(HistoryMarkdown.code(entry.shortCommit)) | \(HistoryWording.date(entry.date)) | \(cells.asOf) | "
                + "\(cells.complete) | \(cells.planned) | \(cells.rag) | \(cells.realised) | \(cells.target) | "
                + (other ? "\(cells.otherRealised) | " : "")
                + (money ? "\(cells.spent) | \(cells.net) | " : "")
                + "\(HistoryMarkdown.escape(entry.subject)) |")
        }
        lines.append("")
        if history.isShallow {
            lines += ["This clone is shallow, so older commits may be missing; fetch the full history "
                + "(`fetch-depth: 0` in GitHub Actions) to see them all.", ""]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The burn-up as a Mermaid `xychart-beta` block with a sentence above it saying what
    /// the lines are (the chart has no legend). Commits whose file had errors are left out.
    /// Ends with a blank line; empty when no commit has figures.
    public static func chart(_ history: ProgrammeHistory) -> String {
        let points = history.entries.compactMap { entry -> (entry: ProgrammeHistory.Entry, complete: Double, planned: Double)? in
            guard let complete = entry.percentComplete, let planned = entry.plannedPercent else { return nil }
            return (entry, complete, planned)
        }
        guard !points.isEmpty else { return "" }
        let dates = points.map { point in point.entry.asOf.map(HistoryWording.date) ?? HistoryWording.date(point.entry.date) }
        // Categories must differ, or the chart merges them: a repeated date gets its commit.
        let labels = zip(points, dates).map { point, date in
            dates.filter { $0 == date }.count > 1 ? "\(date) (\(point.entry.shortCommit))" : date
        }
        let name = history.name ?? history.path
        let numbers = { (values: [Double]) in values.map(oneDecimal).joined(separator: ", ") }
        return [
            "_Burn-up of \(HistoryMarkdown.escape(name)): the first line is percent complete and the second is "
                + "planned percent, at each commit that changed the file, by as-at date._",
            "",
            "```mermaid",
            "xychart-beta",
            "    title \"\(mermaidText(name)) - percent complete and planned\"",
            "    x-axis \"As at\" [\(labels.map { "\"\(mermaidText($0))\"" }.joined(separator: ", "))]",
            "    y-axis \"Percent\" 0 --> 100",
            "    line [\(numbers(points.map(\.complete)))]",
            "    line [\(numbers(points.map(\.planned)))]",
            "```",
            "",
        ].joined(separator: "\n") + "\n"
    }

    /// Text safe inside a quoted Mermaid string: letters, digits, spaces and plain
    /// punctuation only, so no quote, colon, semicolon, `#` or `%%` can end the string,
    /// start a comment or an entity.
    static func mermaidText(_ text: String) -> String {
        let allowed: Set<Character> = ["-", "'", ".", ",", "(", ")", "&", "/", "+"]
        let kept = HistoryWording.plain(text).map { $0.isLetter || $0.isNumber || allowed.contains($0) ? $0 : " " }
        return String(kept).split(separator: " ").joined(separator: " ")
    }
}

extension ProgrammeHistory {
    /// Some commit recorded pounds with no target (other realised, SPEC 3.3): the tables
    /// then give them a column of their own, beside realised and never in it.
    var hasOtherRealised: Bool { entries.contains { ($0.otherRealisedToDate ?? 0) != 0 } }
    /// Spend is shown only for a programme that records it at some commit (SPEC 3.7).
    var hasSpend: Bool { entries.contains { $0.spentToDate != nil } }
}

/// The figures of one history entry, written for a table cell.
struct HistoryFigures {
    let asOf: String
    let complete: String
    let planned: String
    let rag: String
    let realised: String
    let target: String
    let otherRealised: String
    let spent: String
    let net: String

    init(_ entry: ProgrammeHistory.Entry, style: ChangeStyle) {
        asOf = entry.asOf.map(HistoryWording.date) ?? "—"
        rag = entry.overall == nil && entry.overallNotRated == nil ? "—"
            : NotRatedReason.label(entry.overall, entry.overallNotRated)
        let unit = entry.currency ?? "GBP"
        realised = entry.realisedToDate.map { HistoryWording.amount($0, unit: unit, style: style) } ?? "—"
        target = entry.targetToDate.map { HistoryWording.amount($0, unit: unit, style: style) } ?? "—"
        otherRealised = entry.otherRealisedToDate.map { HistoryWording.amount($0, unit: unit, style: style) } ?? "—"
        spent = entry.spentToDate.map { HistoryWording.amount($0, unit: unit, style: style) } ?? "—"
        net = entry.netBenefitToDate.map { HistoryWording.amount($0, unit: unit, style: style) } ?? "—"
        planned = entry.plannedPercent.map { HistoryWording.percentage($0) } ?? "—"
        if entry.errors > 0 {
            complete = "\(plural(entry.errors, "error")) in the file"
        } else if entry.programmeID == nil {
            complete = "not a programme"
        } else {
            complete = entry.percentComplete.map { HistoryWording.percentage($0) } ?? "no milestones"
        }
    }
}
