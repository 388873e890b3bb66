import Testing
@testable import WaymarkKit

/// The highlight report's parts of a pack (SPEC 7 v1.1), from
/// `Fixtures/highlight/highlight-board.yaml` as of 30 Sep 2024 (April years).
@Suite struct HighlightPackTests {
    static func run() -> CheckResult {
        let path = Fixtures.path("highlight/highlight-board.yaml")
        return Waymark.check(paths: [path], asOf: nil, today: Day(year: 2024, month: 9, day: 30)!)
    }

    static func renderer() throws -> PackFixtures.MarkdownPack {
        let result = run()
        let report = try #require(result.reports.first)
        return PackFixtures.MarkdownPack(builder: PackBuilder(report: report, result: result))
    }

    @Test func wholePackIsPinned() throws {
        assertSnapshot(try Self.renderer().render(), named: "highlight-board.md")
    }

    @Test func sectionsComeInSpecOrder() throws {
        let pack = try Self.renderer().render()
        let headings = pack.split(separator: "\n").filter { $0.hasPrefix("## ") || $0.hasPrefix("**This period:**") }
            .map { String($0.prefix(24)) }
        // The summary under the title; after the RAG: the narrative, decisions, issues;
        // the finance table after benefits.
        #expect(headings == [
            "**This period:** Overall", "## Headline figures", "## How the RAG is set", "## This period and next",
            "## Decisions for the boa", "## Issues log", "## Milestones needing at", "## Milestones by workstr",
            "## Timeline", "## Benefits", "## Funding and net benef", "## Risks", "## Dependencies", "## Data quality",
        ])
    }

    @Test func financeTableWorkedByHand() throws {
        let report = try #require(Self.run().reports.first)
        let funding = try #require(report.funding)
        // Spend: bc-2022 FY2022-23 250,000 + FY2023-24 280,000 + Jun 2024 20,000 (all started)
        // + capital 120,000 (a plain figure, spent to as_of) = 670,000.
        // Approved: 300,000 + 300,000 + 150,000 = 750,000; bc-2024 has no amount.
        #expect(funding.spentToDate == 670_000)
        #expect(funding.approvedTotal == 750_000)
        // Rows in start order: FY2022-23 (1 Apr 2022), FY2023-24, FY2024-25 (1 Apr 2024), Jun 2024.
        //   FY2022-23: 90,000 − 250,000 = −160,000; cumulative −160,000
        //   FY2023-24: 520,000 − 280,000 = 240,000; cumulative 80,000 → payback
        //   FY2024-25: target 500,000 only; net 0; cumulative 80,000
        //   Jun 2024: 0 − 20,000 = −20,000; cumulative 60,000
        #expect(funding.rows.map(\.cumulativeNet) == [-160_000, 80_000, 80_000, 60_000])
        #expect(funding.paybackRow?.period.description == "FY2023-24")
        // Realised 90,000 + 520,000 = 610,000, less 670,000 spent = −60,000.
        #expect(report.netBenefitToDate == -60_000)
        let finance = PackBuilder(report: report, result: Self.run()).markdown(.finance)
        #expect(finance.contains("| FY2023-24 | £280,000 | £400,000 | £520,000 | £240,000 | £80,000 ✅ payback |"))
        #expect(finance.contains("| Jun 2024 | £20,000 | — | — | −£20,000 | £60,000 |"))
        #expect(finance.contains("| **bc-2024** Third business case | revenue | not published | — |"))
        #expect(finance.contains("**Payback period:** FY2023-24"))
        #expect(finance.contains("    line \"Cumulative net\" [-160000, 80000, 80000, 60000]"))
        #expect(finance.contains("    y-axis \"£\" -200000 --> 100000"))
    }

    @Test func decisionsAndIssuesInBoardOrder() throws {
        let pack = try Self.renderer().render()
        // DEC2 (needed 15 Sep, 15 days late) before DEC1 (31 Oct); DEC3 is made.
        let dec2 = try #require(pack.range(of: "**DEC2** Approve the fourth home | 15 Sep 2024 | ⚠️ **overdue by 15 days**"))
        let dec1 = try #require(pack.range(of: "**DEC1** Extend the upscale to March 2027 | 31 Oct 2024 | awaited"))
        #expect(dec2.lowerBound < dec1.lowerBound)
        #expect(pack.contains("| **DEC3** Approve the third business case | 20 Jun 2024 | Approved by Cabinet |"))
        // High first (I2 due 1 Sep before I1 due 31 Dec), then medium I4, then resolved I3.
        let order = ["**I2**", "**I1**", "**I4**", "**I3**"].map { pack.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order == order.sorted { ($0 ?? pack.endIndex) < ($1 ?? pack.endIndex) })
        #expect(pack.contains("| 1 Sep 2024 | ⚠️ **open, 29 days past its date** | ⚠️ not escalated |"))
        #expect(pack.contains("| 31 Dec 2024 | open | **escalated** |"))
        #expect(pack.contains("3 open issues, 1 escalated to the board"))
    }

    @Test func narrativeIsEscaped() throws {
        let result = Inputs.check(header + """
            report:
              summary: "Costs | <script>alert(1)</script>"
              achievements: ["Opened | closed"]
            issues:
              - {id: I1, title: "<b>bold</b> | pipe"}
            """)
        let report = try #require(result.reports.first)
        let sections = PackBuilder(report: report, result: result)
        #expect(!sections.markdown(.narrative).contains("<script>"))
        #expect(sections.markdown(.achievements).contains("Opened \\| closed"))
        #expect(!sections.markdown(.issues).contains("<b>"))
        #expect(sections.markdown(.finance).isEmpty && sections.markdown(.decisions).isEmpty)
    }

    @Test func portfolioColumnsCountOpenIssuesAndDecisionsAwaited() throws {
        let report = try #require(Self.run().reports.first)
        // Open: I1 (high), I2 (high), I4 (medium); awaited: DEC1, DEC2 (15 days late).
        #expect(MarkdownPackRenderer().render(PortfolioBuilder.openIssues(report)) == "3 (2)")
        #expect(MarkdownPackRenderer().render(PortfolioBuilder.decisionsAwaited(report)) == "2, 1 overdue")
        let readme = MarkdownPackRenderer().render(PortfolioBuilder(result: Self.run()).build())
        #expect(readme.contains("| Open issues (high) | Decisions awaited |"))
        #expect(readme.contains("| 3 (2) | 2, 1 overdue |"))
    }

    @Test func noChartWithoutSpendByPeriod() throws {
        // A budget's plain spend has no period: the line would be the benefits alone.
        let report = try #require(Inputs.report("""
            programme: {id: p, name: P, as_of: 2024-03-31, budget: {investment: 10, spent: 5}}
            benefits:
              - {id: a, title: A, unit: GBP, targets: {FY2022-23: 1, FY2023-24: 1}, actuals: {FY2022-23: 1, FY2023-24: 1}}
            """))
        let rows = try #require(report.funding?.rows)
        let sections = PackBuilder(report: report, result: Inputs.check(header))
        #expect(rows.count == 2 && sections.cumulativeNet(rows) == nil)
    }
}
