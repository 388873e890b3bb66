/// One file of a pack run: its name in the output folder and its Markdown.
public struct PackFile: Hashable, Sendable {
    public let name: String
    public let contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}

/// The formats a pack is written in: Markdown for a git host, HTML for paper and email.
public enum PackFormat: String, CaseIterable, Sendable {
    case markdown
    case html

    /// The file a link points to in this format.
    func fileName(_ link: PackLink) -> String {
        switch self {
        case .markdown: MarkdownPackRenderer.fileName(link)
        case .html: HTMLPackRenderer.fileName(link)
        }
    }

    func render(_ document: PackDocument) -> String {
        switch self {
        case .markdown: MarkdownPackRenderer().render(document)
        case .html: HTMLPackRenderer().render(document)
        }
    }
}

/// `waymark pack` (SPEC 4 and 7): a status pack for each programme and the portfolio
/// summary that links them. Rendering only; `PackWriter` puts the files on disk.
public enum StatusPack {
    /// The portfolio summary's name, which git hosts show when the folder is opened.
    public static let summaryName = "README.md"
    /// The HTML portfolio summary's name, which a browser opens for a folder.
    public static let htmlSummaryName = "index.html"

    /// Every file of the run: `<programme-id>.md` for each programme in input order,
    /// then `README.md`. The same result always gives the same bytes.
    ///
    /// - Throws: `PackError.inputHasErrors` when any input has an error, so a pack is
    ///   never made from a file that was misread; `PackError.nameClash` when two files
    ///   would share a name on a case-insensitive disk.
    /// - Parameter history: changes since an earlier revision and figures over time, from
    ///   git, when the pack is made with `--since` or `--history`.
    /// - Parameter format: Markdown (`<id>.md` and `README.md`) or HTML (`<id>.html` and
    ///   `index.html`); the same pack either way.
    public static func files(for result: CheckResult, history: PackHistory = .none,
                             format: PackFormat = .markdown) throws(PackError) -> [PackFile] {
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        guard errors == 0 else { throw .inputHasErrors(count: errors) }
        var files = result.reports.map { report in
            PackFile(name: format.fileName(.programme(report.programme.id)),
                     contents: format.render(PackBuilder(report: report, result: result, history: history).build()))
        }
        files.append(PackFile(name: format.fileName(.portfolio),
                              contents: format.render(PortfolioBuilder(result: result, changes: history.changes).build())))
        var seen: [String: String] = [:]
        for file in files {
            if let first = seen[file.name.lowercased()] { throw .nameClash(first, file.name) }
            seen[file.name.lowercased()] = file.name
        }
        return files
    }
}
