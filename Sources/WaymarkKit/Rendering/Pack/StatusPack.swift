/// One file of a pack run: its name in the output folder and its Markdown.
public struct PackFile: Hashable, Sendable {
    public let name: String
    public let contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}

/// `waymark pack` (SPEC 4 and 7): a status pack for each programme and the portfolio
/// summary that links them. Rendering only; `PackWriter` puts the files on disk.
public enum StatusPack {
    /// The portfolio summary's name, which git hosts show when the folder is opened.
    public static let summaryName = "README.md"

    /// Every file of the run: `<programme-id>.md` for each programme in input order,
    /// then `README.md`. The same result always gives the same bytes.
    ///
    /// - Throws: `PackError.inputHasErrors` when any input has an error, so a pack is
    ///   never made from a file that was misread; `PackError.nameClash` when two files
    ///   would share a name on a case-insensitive disk.
    /// - Parameter history: changes since an earlier revision and figures over time, from
    ///   git, when the pack is made with `--since` or `--history`.
    public static func files(for result: CheckResult, history: PackHistory = .none) throws(PackError) -> [PackFile] {
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        guard errors == 0 else { throw .inputHasErrors(count: errors) }
        let markdown = MarkdownPackRenderer()
        var files = result.reports.map { report in
            PackFile(name: fileName(for: report.programme),
                     contents: markdown.render(PackBuilder(report: report, result: result, history: history).build()))
        }
        files.append(PackFile(name: summaryName,
                              contents: markdown.render(PortfolioBuilder(result: result, changes: history.changes).build())))
        var seen: [String: String] = [:]
        for file in files {
            if let first = seen[file.name.lowercased()] { throw .nameClash(first, file.name) }
            seen[file.name.lowercased()] = file.name
        }
        return files
    }

    /// `<programme-id>.md`. Programme ids are checked to be lower-case letters, digits and
    /// `-` before a pack is made, so the name can never leave the output folder.
    static func fileName(for programme: Programme) -> String {
        "\(programme.id).md"
    }
}
