/// A GitHub-flavoured Markdown table whose rows always have as many cells as its header.
///
/// Cells are Markdown already: text from a programme file must have gone through
/// `MarkdownText.inline` (which escapes `|` and removes line breaks) before it gets here.
struct MarkdownTable {
    enum Alignment {
        case left, right, centre

        var delimiter: String {
            switch self {
            case .left: "---"
            case .right: "---:"
            case .centre: ":---:"
            }
        }
    }

    struct Column {
        let title: String
        let alignment: Alignment

        init(_ title: String, _ alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    let columns: [Column]
    private(set) var rows: [[String]] = []
    /// What an empty cell shows.
    var emptyCell = "—"

    init(_ columns: [Column]) {
        self.columns = columns
    }

    /// Adds a row; a missing or empty cell is shown as `emptyCell` (a dash) and an extra
    /// one is dropped, so a mistake in the renderer can never shift a column.
    mutating func add(_ cells: [String]) {
        var row = Array(cells.prefix(columns.count))
        row += Array(repeating: "", count: columns.count - row.count)
        rows.append(row.map { $0.isEmpty ? emptyCell : $0 })
    }

    func render() -> String {
        var lines = [line(columns.map(\.title)), line(columns.map(\.alignment.delimiter))]
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}
