import Foundation
import Testing
import WaymarkTestSupport
@testable import WaymarkKit

/// The Markdown a steering group reads: text from the files can never break a table,
/// start a heading or inject HTML, checked with a real GFM renderer (cmark-gfm).
@Suite struct HistoryMarkdownTests {
    static let hostile = "<script>alert(1)</script> | *Phase* #2 [link](http://x) `code` \\ &amp;"

    @Test func escapingText() {
        #expect(HistoryMarkdown.escape(Self.hostile)
            == "&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*Phase\\* \\#2 \\[link\\](http://x) \\`code\\` \\\\ &amp;amp;")
        #expect(HistoryMarkdown.escape("line one\nline two") == "line one line two")
        #expect(HistoryMarkdown.code("hub-team") == "`hub-team`")
        #expect(HistoryMarkdown.code("a|b") == "a\\|b")
        #expect(HistoryMarkdown.code("a`b") == "a\\`b")
    }

    /// A diff whose titles, ids and units are hostile Markdown and HTML.
    static func hostileDiffMarkdown() throws -> String {
        let then = try #require(Inputs.report(header + "milestones:\n  - {id: m, title: 'x', due: 2024-06-30}\n"))
        let now = try #require(Inputs.report(header + """
            milestones:
              - {id: m, title: 'x', due: 2024-06-30, progress: 10}
              - {id: 'n|1', title: "\(Self.hostile.replacingOccurrences(of: "\\", with: "\\\\"))", due: 2024-06-30}
            benefits:
              - {id: b, title: B, unit: "<b>kg</b>", targets: {FY2023-24: 10}, actuals: {FY2023-24: 5}}

            """))
        return MarkdownDiffRenderer.body(ProgrammeDiff(then: then, now: now), since: nil).joined(separator: "\n")
    }

    @Test func hostileTitlesAreEscaped() throws {
        let markdown = try Self.hostileDiffMarkdown()
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.contains("<b>"))
    }

    @Test(.requires(tool: "cmark-gfm"))
    func hostileTitlesRenderAsText() throws {
        let html = try GFM.render(try Self.hostileDiffMarkdown())
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        // No disguised link: a bare URL may be linked, as a git host links any URL in text.
        #expect(!html.contains(">link</a>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; | *Phase* #2 [link]("))
        #expect(html.contains(") `code` \\ &amp;amp;: new, on track"))
        #expect(html.components(separatedBy: "<table>").count == 2, "the figures table, unbroken")
        #expect(html.components(separatedBy: "<tr>").count - 1 == 7, "a header and six rows (no realised rows: unit is not GBP)")
    }

    @Test(.requires(tool: "cmark-gfm"), .requires(tool: "git"))
    func diffAndHistoryRenderAsTablesAndLists() throws {
        let riverside = try RiversideHistory()
        let diff = try Waymark.diff(since: "board-2024-01", paths: ["programmes"], asOf: nil,
                                    today: Inputs.day("2024-05-01"), directory: riverside.repository.root)
        let html = try GFM.render(DiffFormat.markdown.render(diff) + ChangesSection(diff).markdown(programme: "riverside"))
        #expect(html.components(separatedBy: "<table>").count - 1 == 2)
        #expect(html.contains("<h2>Changes since 31 Jan 2024</h2>"))
        #expect(html.contains("<h3>Milestones</h3>"))
        #expect(html.contains("<li><strong>Completed</strong> <code>design</code> Design agreed: completed 20 Feb 2024"))
        let history = try Waymark.history(of: RiversideHistory.newPath, directory: riverside.repository.root)
        let page = try GFM.render(HistoryFormat.markdown.render(history))
        #expect(page.contains("<pre><code class=\"language-mermaid\">xychart-beta"))
        #expect(page.components(separatedBy: "<tr>").count - 1 == 7)
    }
}
