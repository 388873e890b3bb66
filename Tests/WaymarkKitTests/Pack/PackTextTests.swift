import Testing
@testable import WaymarkKit

/// Escaping for Markdown and Mermaid, and how figures are written.
struct MarkdownTextTests {
    @Test(arguments: [
        ("a | b", "a \\| b"),
        ("line one\nline two\r\nthree", "line one line two three"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Tom & Jerry &amp;", "Tom &amp; Jerry &amp;amp;"),
        ("*bold* _it_ `code` ~~s~~", "\\*bold\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~"),
        ("[link](javascript:alert(1))", "\\[link\\](javascript:alert(1))"),
        ("# heading ##", "\\# heading \\#\\#"),
        ("costs $5 to $10", "costs \\$5 to \\$10"),
        ("back\\slash \\|", "back\\\\slash \\\\\\|"),
        ("  padded\t\ttext  ", "padded text"),
        ("hidden\u{202E}reversed\u{0007}", "hiddenreversed"),
        ("Children's services: 50% done!", "Children's services: 50% done!"),
    ])
    func inline(_ input: String, _ expected: String) {
        #expect(MarkdownText.inline(input) == expected)
    }

    @Test func blankTextGetsThePlaceholder() {
        #expect(MarkdownText.inline(nil, or: "—") == "—")
        #expect(MarkdownText.inline(" \n ", or: "—") == "—")
        #expect(MarkdownText.isBlank("\u{202E}  "))
        #expect(!MarkdownText.isBlank("x"))
    }

    @Test func tableRowsAlwaysHaveTheHeaderCount() {
        var table = MarkdownTable([.init("A"), .init("B", .right), .init("C", .centre)])
        table.add(["1"])
        table.add(["1", "2", "3", "4"])
        table.add(["", "x", "y"])
        #expect(table.render() == """
            | A | B | C |
            | --- | ---: | :---: |
            | 1 | — | — |
            | 1 | 2 | 3 |
            | — | x | y |

            """)
    }
}

struct MermaidTextTests {
    @Test(arguments: [
        ("Phase 3: build; test", "Phase 3 – build, test"),
        ("Site #2 <b>", "Site 2 b"),
        ("50% done %%{init: {'theme':'dark'}}%%", "50 per cent done per cent per cent init – 'theme' – 'dark' per cent per cent"),
        ("say \"hi\" `now`", "say 'hi' 'now'"),
        ("two\nlines\r\nhere", "two lines here"),
        (":leading", "– leading"),
    ])
    func label(_ input: String, _ expected: String) {
        #expect(MermaidText.label(input, maxLength: 200) == expected)
    }

    @Test func longLabelsAreShortened() {
        let label = MermaidText.label(String(repeating: "word ", count: 40), maxLength: 20)
        #expect(label == "word word word word…")
    }

    @Test(arguments: ["Title deeds", "section works", "Click here", "call centre", "GANTT review",
                      "2024-01-01 launch", "5 sites", "todayMarker", "excludes weekends", "accTitle x"])
    func ganttTitlesThatLookLikeStatementsAreQuoted(_ title: String) {
        let task = MermaidText.ganttTask(title)
        #expect(task.hasPrefix("“") && task.hasSuffix("”"))
    }

    @Test(arguments: ["North hub open", "Recall notices", "Sectional review", "Titled land"])
    func ordinaryGanttTitlesAreLeftAlone(_ title: String) {
        #expect(MermaidText.ganttTask(title) == title)
    }
}

struct FormattingTests {
    let gbp = Formatting(currency: "GBP")

    @Test func money() {
        #expect(gbp.money(1_961_000) == "£1,961,000")
        #expect(gbp.money(-120_000) == "−£120,000")
        #expect(gbp.money(400_547.95) == "£400,548")
        #expect(gbp.money(999.4) == "£999")
        #expect(gbp.money(-0.3) == "£0")
        #expect(gbp.money(0) == "£0")
        #expect(Formatting(currency: "EUR").money(-2500) == "−EUR 2,500")
        #expect(gbp.money(.infinity) == "—")
        #expect(gbp.money(1e20) == "£100,000,000,000,000,000,000")
    }

    @Test func amountsCarryTheirUnit() {
        #expect(gbp.amount(284, unit: "children") == "284 children")
        #expect(gbp.amount(1234.56, unit: "weeks") == "1,234.6 weeks")
        #expect(gbp.amount(45, unit: "percent") == "45%")
        #expect(gbp.amount(300_000, unit: "GBP") == "£300,000")
        #expect(Formatting(currency: "EUR").amount(5, unit: "GBP") == "£5")
        // Plain text: the renderer escapes the unit for its format.
        #expect(gbp.amount(3, unit: "visits | month") == "3 visits | month")
    }

    @Test func percentagesAndCounts() {
        #expect(Formatting.percent(63.333) == "63.3%")
        #expect(Formatting.percent(50) == "50%")
        #expect(Formatting.ratio(0.8237) == "82.4%")
        #expect(Formatting.ratio(-0.03) == "−3%")
        #expect(Formatting.count(1, "milestone") == "1 milestone")
        #expect(Formatting.count(1096, "day") == "1,096 days")
        #expect(Formatting.count(2, "open risk is", "open risks are") == "2 open risks are")
    }

    /// Counts are grouped from their digits, not by `%f`: the same text as the Double
    /// grouping, worked by hand (a comma before each group of three from the right).
    @Test(arguments: [(0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (12_345, "12,345"),
                      (999_999, "999,999"), (1_000_000, "1,000,000"), (1_234_567_890, "1,234,567,890")])
    func wholeNumbersAreGroupedByThrees(_ value: Int, _ expected: String) {
        #expect(Formatting.grouped(whole: value) == expected)
        #expect(Formatting.grouped(whole: value) == Formatting.grouped(Double(value)))
    }

    @Test func datesAndPeriods() throws {
        #expect(Formatting.date(try #require(Day(parsing: "2024-03-31"))) == "31 Mar 2024")
        #expect(Formatting.date(try #require(Day(parsing: "2024-01-05"))) == "5 Jan 2024")
        #expect(Formatting.date(nil as Day?) == "—")
        #expect(Formatting.period(.month(year: 2024, month: 7)) == "Jul 2024")
        #expect(Formatting.period(.financialYear(startYear: 2024)) == "FY2024-25")
    }

    @Test func ragHasWordsAsWellAsColour() {
        #expect(Formatting.rag(.red) == "🔴 Red")
        #expect(Formatting.rag(.amber) == "🟠 Amber")
        #expect(Formatting.rag(.green) == "🟢 Green")
        #expect(Formatting.rag(nil) == "⚪ Not rated")
        #expect(Formatting.confidence(.amberGreen) == "🟢🟠 Amber/Green")
    }
}

struct PackHeadlineTests {
    @Test func headlineKeepsOtherRealisedBesideRealised() throws {
        // SPEC 3.3 (v1.1): 120 against a target of 100 (120%) is the headline; the 2,770
        // from a benefit with no target is other realised, on its own row.
        let result = Inputs.check(header + """
            benefits:
              - {id: avoided, title: Avoided, unit: GBP, actuals: {FY2023-24: 2770}}
              - {id: saved, title: Saved, unit: GBP, targets: {FY2023-24: 100}, actuals: {FY2023-24: 120}}
            """)
        let report = try #require(result.reports.first)
        let headline = PackBuilder(report: report, result: result).markdown(.headline)
        #expect(headline.contains("| Benefits realised to date | £120 against a target to date of £100 (120%) |"))
        #expect(headline.contains("| Other benefits recorded to date | £2,770, not set against a target and not in the figure above: £2,770 from benefits with no target |"))
    }
}

extension PackHeadlineTests {
    static let mixed = """
        programme:
          id: p
          name: P
          as_of: 2024-03-31
          budget: {investment: 5000, spent: 1000}
        benefits:
          - {id: avoided, title: Avoided, unit: GBP, actuals: {FY2023-24: 2770}}
          - {id: saved, title: Saved, unit: GBP, targets: {FY2023-24: 100}, actuals: {FY2023-24: 120, FY2022-23: 30}}
          - {id: whole, title: Whole, unit: GBP, targets: {total: 900}, actuals: {FY2023-24: 50}}
        """

    @Test func otherRealisedSaysWhatItIsMadeOfAndNetBenefitWhatItIncludes() throws {
        // Realised: saved's FY2023-24 120 against 100 (120%). Other: avoided 2,770 (no
        // target) + whole 50 (whole-life target only) + saved's FY2022-23 30 (no target
        // that year) = 2,850. Net: (120 + 2,850) − 1,000 spent = 1,970.
        let result = Inputs.check(Self.mixed)
        let report = try #require(result.reports.first)
        let headline = PackBuilder(report: report, result: result).markdown(.headline)
        #expect(headline.contains("| Benefits realised to date | £120 against a target to date of £100 (120%) |"))
        #expect(headline.contains("| Other benefits recorded to date | £2,850, not set against a target and not in the "
            + "figure above: £2,770 from benefits with no target; £50 from benefits with only a whole-life target; "
            + "£30 for periods with no target |"))
        #expect(headline.contains("| Net benefit to date | **£1,970**: every pound of benefit recorded, £2,970 "
            + "(£120 realised and £2,850 other), less £1,000 spent |"))
        let benefits = PackBuilder(report: report, result: result).markdown(.benefits)
        #expect(benefits.contains("| £120 (and £30 for periods with no target, not counted) | 120% |"))
    }

    @Test func portfolioRowShowsRealisedAgainstTargetAndOtherApart() throws {
        // The same programme: realised £120 (target £100) in one column, the £2,850 other
        // realised in the next, never added together.
        let summary = MarkdownPackRenderer().render(PortfolioBuilder(result: Inputs.check(Self.mixed)).build())
        #expect(summary.contains("| Realised to date (target) | Other recorded to date |"))
        #expect(summary.contains("| £120 (£100) | £2,850 |"))
    }
}
