import Foundation
import Testing
@testable import WaymarkKit

/// The HTML pack: escaping by construction, the SVG charts as functions of their data,
/// and golden files for the fixture programmes (`WAYMARK_RECORD=1` rewrites them).
struct HTMLPackTests {
    static func html(_ id: String) throws -> String {
        let builder = try #require(PackFixtures.builder(id))
        return HTMLPackRenderer().render(builder.build())
    }

    @Test(arguments: ["riverside-hubs", "hostile-text"])
    func programmePage(_ id: String) throws {
        assertSnapshot(try Self.html(id), named: "\(id).html")
    }

    @Test func portfolioPage() {
        assertSnapshot(HTMLPackRenderer().render(PortfolioBuilder(result: PackFixtures.run()).build()), named: "index.html")
    }

    @Test func textAndAttributesAreEscaped() {
        #expect(HTMLText.escape("<a href=\"x\">&amp;'") == "&lt;a href=&quot;x&quot;&gt;&amp;amp;&#39;")
        // Plot alone would keep `&amp;` as an entity; Waymark's escaping shows it as typed.
        let rendered = HTMLPackRenderer().render(.paragraph(PackText([.text("R&amp;D <b>\"x\"</b>")])))
            .render(indentedBy: nil)
        #expect(rendered == "<p>R&amp;amp;D &lt;b&gt;&quot;x&quot;&lt;/b&gt;</p>")
    }

    @Test func runningTitleCannotLeaveItsCSSString() {
        let css = HTMLText.cssString("A\"; } body { x </style><script>")
        #expect(css.first == "\"" && css.last == "\"")
        #expect(!css.dropFirst().dropLast().contains { "\"<>{};".contains($0) })
        #expect(css.hasPrefix("\"A\\22 \\3b  \\7d  body"))
    }

    @Test func hostileTextNeverBecomesMarkup() throws {
        let html = try Self.html("hostile-text")
        for tag in ["<script", "<img", "<b>", "</b>"] {
            #expect(!html.contains(tag), "\(tag) reached the page")
        }
        #expect(html.contains("Pipes | and &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; &amp; co"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!html.contains("javascript:alert(1)\""), "a link target from the file")
        #expect(!html.lowercased().contains("<a href=\"javascript"))
    }

    @Test func pagesAreSelfContained() throws {
        let html = try Self.html("riverside-hubs")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("@page {\n  size: A4;"))
        #expect(html.contains("thead { display: table-header-group; }"))
        for fetched in ["<script", "<link", "src=\"http", "url(http", "@import", "@font-face"] {
            #expect(!html.contains(fetched), "\(fetched) would fetch or run something")
        }
        // No emoji: a machine without an emoji font prints them as empty boxes.
        #expect(!html.contains("🔴") && !html.contains("🟢") && !html.contains("✅"))
        #expect(html.contains("<span class=\"badge tone-red\">Red</span>"))
        #expect(html.contains("<a href=\"index.html\">"))
    }

    // MARK: - Charts

    @Test func aPeriodWithoutATargetHasNoBar() {
        // FY2023-24 has a target and an actual; FY2024-25 only an actual.
        let chart = BarLineChart(id: "b", title: "Savings \" onload=\"x", unit: "GBP", currency: "GBP", points: [
            .init(period: .financialYear(startYear: 2023), target: 100, actual: 80),
            .init(period: .financialYear(startYear: 2024), target: nil, actual: 120),
        ])
        let svg = SVGBarLineChart(chart: chart).render().render(indentedBy: nil)
        #expect(svg.components(separatedBy: "class=\"target-bar\"").count - 1 == 1)
        #expect(svg.contains(">no target<"))
        #expect(svg.contains("aria-label=\"Savings &quot; onload=&quot;x: target against actual by period\""))
        // Both actuals are labelled, in pounds.
        #expect(svg.contains(">£80<") && svg.contains(">£120<"))
    }

    @Test func ganttSaysEveryStateInWords() throws {
        let html = try Self.html("riverside-hubs")
        let svg = try #require(html.range(of: "<svg").map { html[$0.lowerBound...] })
        // Riverside as at 30 Sep 2024: the consultation (due 31 Jul 2024) is overdue.
        #expect(svg.contains("As of 30 Sep 2024"))
        #expect(svg.contains("overdue · "))
        #expect(svg.contains("url(#hatch-overdue)"))
        #expect(svg.contains("✓ done · "))
    }

    /// A milestone complete by progress alone has no completion date: the timeline gives
    /// its due date as such, never as the day it was done.
    @Test func doneWithoutADateIsNotGivenOne() throws {
        let result = Inputs.check(header + """
            milestones:
              - {id: a, title: Dated, due: 2024-01-31, completed: 2024-02-10}
              - {id: b, title: Undated, due: 2024-01-31, progress: 100}
            """)
        let report = try #require(result.reports.first)
        let chart = try #require(GanttChart(report: report))
        let svg = SVGGantt(chart: chart).render().map { $0.render(indentedBy: nil) }.joined()
        #expect(svg.contains("✓ done · 10 Feb 2024"))
        #expect(svg.contains("✓ done, date not recorded · due 31 Jan 2024"))
        #expect(!svg.contains("✓ done · 31 Jan 2024"))
    }

    @Test func heatMapHasTwentyFiveLetteredCells() {
        let builder = PackFixtures.builder("riverside-hubs")
        let map = builder.map { $0.heatMap() }
        let svg = map.map { SVGHeatMap(chart: $0).render().render(indentedBy: nil) } ?? ""
        let letters = ["H", "M", "L"].map { svg.components(separatedBy: ">\($0)<").count - 1 }
        #expect(letters.reduce(0, +) == 25)
        // Default thresholds: high from 15 (3×5, 5×3, 4×4, 4×5, 5×4, 5×5 = 6 cells).
        #expect(letters[0] == 6)
    }

    @Test func aMissingValueBreaksTheLine() {
        let chart = LineChart(title: "Net", categoryTitle: "Period", axisTitle: "£", categories: ["A", "B", "C", "D"],
                              series: [.init(name: "Cumulative net", values: [1, 2, nil, 4])],
                              values: .money(currency: "GBP"))
        let svg = SVGLineChart(chart: chart).render().render(indentedBy: nil)
        // A, B joined; C missing; D alone (a dot, no line).
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 1)
        #expect(svg.components(separatedBy: "<circle").count - 1 == 3 + 1)
    }

    @Test func aTallTimelineIsDrawnInPartsThatEachFitAPage() throws {
        // 70 one-line milestones in one workstream: 70 × 22 units is about 1,540, so two parts.
        let asOf = try #require(Day(parsing: "2024-09-30"))
        let tasks = (1...70).map { number in
            GanttChart.Task(number: number, id: "m\(number)", title: "Milestone \(number)", state: .onTrack, start: nil,
                            end: asOf.adding(days: number), slippedFrom: nil, isOpen: true)
        }
        let parts = SVGGantt(chart: GanttChart(asOf: asOf, groups: [.init(name: "Delivery", tasks: tasks)]))
            .render().map { $0.render(indentedBy: nil) }
        #expect(parts.count == 2)
        for part in parts {
            let height = try #require(part.firstMatch(of: /viewBox="0 0 700 ([0-9.]+)"/).flatMap { Double($0.1) })
            #expect(height <= SVGGantt.partHeight)
            #expect(part.contains("As of 30 Sep 2024"), "every part has the as-of line")
        }
        #expect(parts[1].contains(">Delivery (continued)<"))
        #expect(!parts[0].contains("as-of date. Bars run") && parts[1].contains("as-of date. Bars run"))
        #expect(parts.joined().components(separatedBy: ">Milestone ").count - 1 == 70)
    }

    /// Every section the builder made, and every piece of text from the file in it, is in
    /// the page: HTML says what Markdown says.
    @Test(arguments: ["riverside-hubs", "hostile-text", "euro-bridge", "quiet-start"])
    func thePageHasEverySectionAndEveryTextOfThePack(_ id: String) throws {
        let document = try #require(PackFixtures.builder(id)).build()
        let html = HTMLPackRenderer().render(document)
        let sections = html.matches(of: /<section id="([a-z-]+)"/).map { String($0.1) }
        #expect(sections == document.sections.map(\.id.rawValue))
        var texts: [String] = []
        func collect(_ text: PackText) {
            for span in text.spans {
                switch span {
                case let .text(value): texts.append(value)
                case let .strong(inner), let .emphasis(inner), let .link(inner, _): collect(inner)
                default: break
                }
            }
        }
        for block in document.sections.flatMap(\.blocks) {
            switch block {
            case let .heading(_, text), let .paragraph(text), let .callout(text): collect(text)
            case let .bullets(items): items.forEach(collect)
            case let .table(table): (table.columns.map(\.title) + table.rows.flatMap { $0 }).forEach(collect)
            case .chart, .rule: break
            }
        }
        #expect(!texts.isEmpty)
        for text in texts {
            let shown = HTMLText.escape(PlainText.oneLine(text))
            #expect(html.contains(shown), "\(id): '\(shown)' is not on the page")
        }
    }
}
