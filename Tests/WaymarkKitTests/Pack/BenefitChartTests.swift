import Testing
@testable import WaymarkKit

/// SPEC 7 (v1.1): a period with no target is drawn as no bar, not as a zero target.
@Suite struct BenefitChartTests {
    /// The chart data the pack builder chose, drawn as Mermaid, and what it left out.
    private struct Chart {
        let data: BarLineChart?
        let outsideProfile: [(period: Period, value: Double)]

        func render() -> String? { data.map { MermaidBenefitChart(chart: $0).render() } }
    }

    private func chart(_ benefit: String, asOf: String = "2025-03-31") throws -> Chart {
        let result = Inputs.check("""
            programme: {id: p, name: P, as_of: \(asOf)}
            benefits:
              - \(benefit)
            """)
        let report = try #require(result.reports.first)
        let builder = PackBuilder(report: report, result: result)
        return Chart(data: builder.benefitChart(report.benefits[0]), outsideProfile: builder.outsideProfile(report.benefits[0]))
    }

    @Test func aPeriodWithoutATargetHasNoBar() throws {
        // Targets FY2021-22 and FY2022-23 only; actuals for FY2021-22 (1,961,000) and
        // FY2024-25 (3,189,000). FY2024-25 has no target: no bar, no category; its actual
        // is listed beside the chart. FY2022-23 has a target and no actual: bar, line 0.
        let c = try chart("{id: s, title: Savings, unit: GBP, targets: {FY2021-22: 698400, FY2022-23: 1800000}, actuals: {FY2021-22: 1961000, FY2024-25: 3189000}}")
        let rendered = try #require(c.render())
        #expect(rendered.contains("    x-axis [\"FY2021-22\", \"FY2022-23\"]\n"))
        #expect(rendered.contains("    bar \"Target\" [698400, 1800000]\n"))
        #expect(rendered.contains("    line \"Actual\" [1961000, 0]\n"))
        #expect(!rendered.contains("FY2024-25"))
        #expect(c.outsideProfile.map(\.period) == [.financialYear(startYear: 2024)])
        #expect(c.outsideProfile.map(\.value) == [3_189_000])
    }

    @Test func monthlyActualsAgainstAYearTargetAddUpInItsBar() throws {
        // Target FY2023-24 1,200; actuals 2023-05 100 and 2024-02 300 fall inside it (400 on
        // the line); 2024-04 50 is in FY2024-25, which has no target: not drawn, listed.
        let c = try chart("{id: s, title: Savings, unit: GBP, targets: {FY2023-24: 1200}, actuals: {2023-05: 100, 2024-02: 300, 2024-04: 50}}",
                          asOf: "2024-04-30")
        let rendered = try #require(c.render())
        #expect(rendered.contains("    x-axis [\"FY2023-24\"]\n"))
        #expect(rendered.contains("    bar \"Target\" [1200]\n"))
        #expect(rendered.contains("    line \"Actual\" [400]\n"))
        #expect(c.outsideProfile.map(\.value) == [50])
    }

    @Test func thePackSaysWhatIsNotDrawn() throws {
        let result = Inputs.check("""
            programme: {id: p, name: P, as_of: 2025-03-31}
            benefits:
              - {id: s, title: Savings, unit: GBP, targets: {FY2021-22: 698400}, actuals: {FY2021-22: 1961000, FY2024-25: 3189000}}
            """)
        let report = try #require(result.reports.first)
        let benefits = PackBuilder(report: report, result: result).markdown(.benefits)
        #expect(benefits.contains("Not drawn, as these periods have no target (shown beside the benefit, not counted in it): "
            + "FY2024-25 £3,189,000."))
        // Beside the benefit in its row, never in its realisation (1,961,000 ÷ 698,400 = 280.8%).
        #expect(benefits.contains("| £1,961,000 (and £3,189,000 for periods with no target, not counted) | 280.8% |"))
    }
}
