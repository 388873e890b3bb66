import Foundation
import Testing
import WaymarkTestSupport
@testable import WaymarkKit

/// Every pack rendered by a real GitHub-flavoured Markdown renderer (`cmark-gfm`, as
/// GitHub uses): tables keep their columns and rows, no HTML from a programme file
/// survives, and text reads as it was typed. Skipped, saying so, without cmark-gfm.
@Suite(.requires(tool: "cmark-gfm"))
struct GFMRenderTests {
    /// The tags a pack is allowed to produce; anything else came from a programme file.
    static let allowedTags: Set<String> = [
        "h1", "h2", "h3", "p", "ul", "li", "strong", "em", "table", "thead", "tbody", "tr", "th", "td",
        "a", "pre", "code", "hr",
    ]

    static var files: [PackFile] {
        (try? StatusPack.files(for: PackFixtures.run())) ?? []
    }

    /// The packs whose tables are checked: the fixtures', and the highlight report's (its
    /// decisions, issues and finance tables).
    static var packsWithTables: [PackFile] {
        files + ((try? StatusPack.files(for: HighlightPackTests.run())) ?? []).filter { $0.name == "highlight-board.md" }
    }

    @Test(arguments: packsWithTables)
    func tablesKeepTheirShapeAndNoHTMLSurvives(_ file: PackFile) throws {
        let html = try GFM.render(file.contents)
        let sourceTables = Self.markdownTables(file.contents)

        // Each Markdown table row has the header's number of cells, counting as GFM
        // does (a pipe after a backslash is text).
        for table in sourceTables {
            let widths = table.map(Self.cellCount)
            #expect(Set(widths).count == 1, "\(file.name): rows of different widths \(widths) in \(table)")
        }

        // The renderer saw the same tables: same count, every row kept (a line break in a
        // cell would end the table early), every row as wide as the header.
        let htmlTables = html.components(separatedBy: "<table>").dropFirst()
            .map { $0.components(separatedBy: "</table>")[0] }
        #expect(htmlTables.count == sourceTables.count, "\(file.name)")
        for (htmlTable, source) in zip(htmlTables, sourceTables) {
            let rows = htmlTable.components(separatedBy: "<tr>").dropFirst()
            #expect(rows.count == source.count - 1, "\(file.name): \(rows.count) rows for \(source.count - 1)")
            for row in rows {
                let cells = row.components(separatedBy: "<td").count - 1 + row.components(separatedBy: "<th").count - 1
                #expect(cells == Self.cellCount(source[0]), "\(file.name): \(row)")
            }
        }

        // Only the pack's own markup is HTML.
        for tag in Self.tags(in: html) {
            #expect(Self.allowedTags.contains(tag), "\(file.name): raw <\(tag)> in the rendered pack")
        }
        #expect(!html.contains("<!--"), "\(file.name): a raw HTML comment survived")
        for href in Self.hrefs(in: html) {
            #expect(href.hasSuffix(".md") || href.hasPrefix("http"), "\(file.name): link to \(href)")
        }
    }

    @Test func hostileTextReadsAsTyped() throws {
        let file = try #require(Self.files.first { $0.name == "hostile-text.md" })
        let html = try GFM.render(file.contents)
        let heading = try #require(html.components(separatedBy: "<h1>").dropFirst().first?
            .components(separatedBy: "</h1>").first)
        #expect(Self.text(heading) == "Pipes | and <script>alert('name')</script> & co")
        let summary = try #require(html.components(separatedBy: "<strong>Summary:</strong> ").dropFirst().first?
            .components(separatedBy: "</li>").first)
        #expect(Self.text(summary)
                == "First line | with a pipe # Not a heading - not a list <b>bold?</b> &amp; <!-- a comment --> \\| backslash-pipe")
        #expect(html.contains("<td>Owner | pipe</td>"))
        #expect(Self.text(html).contains("Council #1 *bold* _under_ `code` [link](javascript:alert(1)) ~~gone~~ $x$"))
    }

    @Test func everyPackLinksFromTheSummary() throws {
        let files = Self.files
        let readme = try #require(files.last)
        #expect(readme.name == "README.md")
        let links = Self.hrefs(in: try GFM.render(readme.contents))
        for file in files.dropLast() {
            #expect(links.contains(file.name), "README links \(file.name)")
        }
    }

    // MARK: - Helpers

    /// Runs of lines that start with `|`: each a table, header first.
    static func markdownTables(_ markdown: String) -> [[String]] {
        var tables: [[String]] = []
        var current: [String] = []
        var inFence = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") { inFence.toggle() }
            if !inFence, line.hasPrefix("|") {
                current.append(line)
            } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        if !current.isEmpty { tables.append(current) }
        return tables
    }

    /// The cells of a row, split on pipes not preceded by a backslash.
    static func cellCount(_ row: String) -> Int {
        var count = 0
        var previous: Character = " "
        for c in row {
            if c == "|", previous != "\\" { count += 1 }
            previous = c
        }
        return count - 1
    }

    static func tags(in html: String) -> Set<String> {
        let regex = try? NSRegularExpression(pattern: "</?([A-Za-z][A-Za-z0-9]*)")
        let range = NSRange(html.startIndex..., in: html)
        return Set((regex?.matches(in: html, range: range) ?? []).compactMap { match in
            Range(match.range(at: 1), in: html).map { html[$0].lowercased() }
        })
    }

    static func hrefs(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { $0.components(separatedBy: "\"").first }
    }

    /// The text of some HTML: tags removed, entities decoded.
    static func text(_ html: String) -> String {
        let stripped = html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        return stripped.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

extension PackFile: CustomTestStringConvertible {
    public var testDescription: String { name }
}
