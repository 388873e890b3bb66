/// The output formats of `waymark history`.
public enum HistoryFormat: String, Sendable, CaseIterable {
    case text, json, markdown

    /// Renders a programme's history in this format.
    public func render(_ history: ProgrammeHistory) -> String {
        switch self {
        case .text: Self.text(history)
        case .json: Self.json(history)
        case .markdown:
            "# \(HistoryMarkdown.escape(history.name ?? history.path)): history\n\n"
                + "Every commit that changed \(HistoryMarkdown.code(history.path)), oldest first.\n\n"
                + HistorySection.chart(history) + HistorySection.table(history)
        }
    }

    /// Aligned columns a commit, for a terminal.
    private static func text(_ history: ProgrammeHistory) -> String {
        let other = history.hasOtherRealised
        let money = history.hasSpend
        var rows = [["commit", "committed", "as at", "complete", "planned", "RAG", "realised", "target"]
            + (other ? ["other realised"] : []) + (money ? ["spent", "net"] : []) + ["change"]]
        for entry in history.entries {
            let cells = HistoryFigures(entry, style: .plain)
            rows.append([entry.shortCommit, HistoryWording.date(entry.date), cells.asOf, cells.complete, cells.planned,
                         cells.rag, cells.realised, cells.target] + (other ? [cells.otherRealised] : [])
                         + (money ? [cells.spent, cells.net] : []) + [HistoryWording.plain(entry.subject)])
        }
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = ["\(history.name.map(HistoryWording.plain) ?? history.path) (\(history.path)): "
            + "\(plural(history.entries.count, "commit")), oldest first"]
        for row in rows {
            let padded = row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }
            lines.append(padded.joined(separator: "  "))
        }
        if history.isShallow {
            lines.append("This clone is shallow, so older commits may be missing; fetch the full history (fetch-depth: 0 in GitHub Actions).")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func json(_ history: ProgrammeHistory) -> String {
        HistoryJSON.render(.object([
            "path": .string(history.path),
            "programme": .object(["id": .string(history.programmeID), "name": .string(history.name)]),
            "shallow": .bool(history.isShallow),
            "commits": .array(history.entries.map { entry in
                .object([
                    "commit": .string(entry.commit),
                    "date": .day(entry.date),
                    "subject": .string(entry.subject),
                    "path": .string(entry.path),
                    "as_of": .day(entry.asOf),
                    "percent_complete": .number(entry.percentComplete),
                    "planned_percent": .number(entry.plannedPercent),
                    "rag": .string(entry.overall?.rawValue),
                    "rag_not_rated": .string(entry.overallNotRated?.rawValue),
                    "realised_to_date": .number(entry.realisedToDate),
                    "target_to_date": .number(entry.targetToDate),
                    "other_realised_to_date": .number(entry.otherRealisedToDate),
                    "spent_to_date": .number(entry.spentToDate),
                    "net_benefit_to_date": .number(entry.netBenefitToDate),
                    "currency": .string(entry.currency),
                    "errors": .int(entry.errors),
                ])
            }),
        ]))
    }
}
