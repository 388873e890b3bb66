import Testing
@testable import WaymarkKit

/// Figures where Waymark once disagreed with an independent reading of SPEC 3
/// (Scripts/reference-figures.py on random programmes); each worked out by hand.
@Suite struct ReferenceReadingTests {
    @Test func holdSteadyBetterSideComesFromTheTargetThatStartsLast() throws {
        // Financial years start in July, so FY2022-23 runs 1 Jul 2022 – 30 Jun 2023 and
        // starts after the month 2022-05: it is the last target, and it equals the
        // baseline (10), so it gives no side; with no direction, only an actual exactly at
        // a hold-steady target scores 1 (README). As of 29 Jan 2022 the comparison period is
        // 2022-01 (target 10 = baseline, actual 2): realisation 0, red. Ordering periods
        // without the year start put 2022-05 (−21, "down") last and scored the 2 as 1.
        let report = try #require(Inputs.report("""
            programme:
              id: p
              name: P
              as_of: 2022-01-29
              financial_year_start: 7
            benefits:
              - id: b
                title: B
                kind: level
                unit: percent
                baseline: 10
                targets: {2022-01: 10, 2022-05: -21, FY2022-23: 10}
                actuals: {2022-01: 2}
            """))
        let b = try #require(report.benefits.first)
        #expect(b.comparisonPeriod == .month(year: 2022, month: 1))
        #expect(b.realisation == 0)
        #expect(b.rag == .red)
        // The same file with years from April would make FY2022-23 (1 Apr 2022) and
        // 2022-05 overlap, so the only valid contrast is the one above; the last target's
        // side is still used when it differs from the baseline: with 2022-05 last (−21,
        // below 10, so lower is better) the 2 is on the better side and scores 1.
        let down = try #require(Inputs.report("""
            programme:
              id: p
              name: P
              as_of: 2022-01-29
              financial_year_start: 7
            benefits:
              - id: b
                title: B
                kind: level
                unit: percent
                baseline: 10
                targets: {FY2020-21: 10, 2022-01: 10, 2022-05: -21}
                actuals: {2022-01: 2}
            """))
        #expect(down.benefits.first?.realisation == 1)
    }
}
