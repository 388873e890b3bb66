import Testing
@testable import WaymarkKit

/// SPEC 3.3, with every figure worked out by hand in the comments.
@Suite struct BenefitFiguresTests {
    private func status(_ yaml: String, asOf: String = "2024-03-31", programme: String = header) throws -> BenefitStatus {
        let report = try #require(Inputs.report(programme + "benefits:\n  - " + yaml, asOf: Inputs.day(asOf)))
        return try #require(report.benefits.first)
    }

    @Test func flowEndedPeriodsCountInFull() throws {
        // As of 31 Mar 2024 FY2023-24 ends on the as-of date: it contains as_of, elapsed =
        // length = 366 days (2024 is a leap year), so its whole target counts.
        let s = try status("{id: b, title: B, unit: GBP, targets: {FY2022-23: 100, FY2023-24: 200, FY2024-25: 400}, actuals: {FY2022-23: 90, FY2023-24: 150}}")
        #expect(s.targetToDate == 300)
        #expect(s.actualToDate == 240)
        #expect(s.realisation == 0.8)
        #expect(s.rag == .amber)
        #expect(s.totalTarget == 700)
        #expect(s.totalActual == 240)
        #expect(s.totalStretch == nil)
    }

    @Test func flowCurrentPeriodIsProRata() throws {
        // As of 30 Sep 2024: FY2024-25 runs 1 Apr 2024 – 31 Mar 2025 (365 days); 1 Apr – 30 Sep
        // inclusive is 30+31+30+31+31+30 = 183 days, so 365000 × 183 / 365 = 183000.
        let s = try status("{id: b, title: B, unit: GBP, targets: {FY2024-25: 365000}, actuals: {FY2024-25: 91500}}",
                           asOf: "2024-09-30")
        #expect(s.targetToDate == 183000)
        #expect(s.actualToDate == 91500)
        #expect(s.realisation == 0.5)
        #expect(s.rag == .red)
    }

    @Test func firstDayOfAPeriodCountsOneDay() throws {
        // As of 1 Apr 2024, one day of 365 has elapsed: 3650 × 1 / 365 = 10.
        let s = try status("{id: b, title: B, unit: GBP, targets: {FY2024-25: 3650}, actuals: {FY2024-25: 10}}",
                           asOf: "2024-04-01")
        #expect(s.targetToDate == 10)
        #expect(s.realisation == 1)
        #expect(s.rag == .green)
    }

    @Test func monthPeriodsAndAFutureActual() throws {
        // As of 15 Feb 2024: January ended (100); February 2024 has 29 days, 15 elapsed:
        // 290 × 15 / 29 = 150. March has not started: its target and actual do not count.
        let s = try status("{id: b, title: B, unit: referrals, targets: {2024-01: 100, 2024-02: 290, 2024-03: 300}, actuals: {2024-01: 100, 2024-02: 50, 2024-03: 999}}",
                           asOf: "2024-02-15")
        #expect(s.targetToDate == 250)
        #expect(s.actualToDate == 150)
        #expect(s.realisation == 0.6)
        #expect(s.totalActual == 1149)
    }

    @Test func financialYearStartingInJanuary() throws {
        // FY2024-25 from January is calendar 2024 (366 days); as of 31 Mar 2024, 31+29+31 = 91 days
        // elapsed: 366 × 91 / 366 = 91.
        let programme = """
            programme:
              id: p
              name: P
              financial_year_start: 1

            """
        let s = try status("{id: b, title: B, unit: GBP, targets: {FY2024-25: 366}, actuals: {FY2024-25: 91}}",
                           programme: programme)
        #expect(s.targetToDate == 91)
        #expect(s.realisation == 1)
    }

    @Test func zeroTargetToDateGivesNoRealisation() throws {
        // FY2025-26 has not started by 31 Mar 2024: target to date 0. The FY2023-24 actual
        // overlaps no target period, so (v1.1) it is outside the profile, not to date.
        let s = try status("{id: b, title: B, unit: GBP, targets: {FY2025-26: 100}, actuals: {FY2023-24: 5}}")
        #expect(s.targetToDate == 0)
        #expect(s.actualToDate == 0)
        #expect(s.actualOutsideProfile == 5)
        #expect(s.realisation == nil)
        #expect(s.rag == nil)
    }

    @Test func unprofiledBenefitHasTotalsButNoToDate() throws {
        let s = try status("{id: b, title: B, unit: GBP, targets: {total: 4100000}, stretch: {total: 5000000}}")
        #expect(s.benefit.isUnprofiled)
        #expect(s.totalTarget == 4_100_000)
        #expect(s.totalStretch == 5_000_000)
        #expect(s.targetToDate == nil)
        #expect(s.actualToDate == nil)
        #expect(s.realisation == nil)
        #expect(s.rag == nil)
    }

    @Test func unquantifiedBenefitIsNotScored() throws {
        let s = try status("{id: b, title: B, unit: children}")
        #expect(s.benefit.isUnquantified)
        #expect(s.rag == nil)
        #expect(s.targetToDate == nil)
    }

    @Test func levelBenefitTargetBelowBaseline() throws {
        // Children in care: baseline 300, target 270 for FY2023-24, actual 285.
        // (285 − 300) ÷ (270 − 300) = −15 ÷ −30 = 0.5 → red.
        let s = try status("{id: b, title: B, kind: level, unit: children, baseline: 300, targets: {FY2023-24: 270, FY2024-25: 250}, actuals: {FY2023-24: 285}}")
        #expect(s.comparisonPeriod == .financialYear(startYear: 2023))
        #expect(s.realisation == 0.5)
        #expect(s.latestActual == 285)
        #expect(s.rag == .red)
        #expect(s.totalTarget == nil)
    }

    @Test func levelBenefitTargetAboveBaseline() throws {
        // Foster carers: baseline 40, target 50, actual 49 → 9 ÷ 10 = 0.9 → amber.
        let s = try status("{id: b, title: B, kind: level, unit: carers, baseline: 40, targets: {FY2023-24: 50}, actuals: {FY2023-24: 49}}")
        #expect(s.realisation == 0.9)
        #expect(s.rag == .amber)
    }

    @Test func levelComparisonIsTheLatestStartedPeriodWithBoth() throws {
        // FY2024-25 has not started as of 31 Mar 2024, so FY2022-23 (the latest started period
        // with both a target and an actual) is compared: (55 − 50) ÷ (60 − 50) = 0.5.
        // The latest actual is FY2023-24's, which has no target.
        let s = try status("{id: b, title: B, kind: level, unit: carers, baseline: 50, targets: {FY2022-23: 60, FY2024-25: 70}, actuals: {FY2022-23: 55, FY2023-24: 58}}")
        #expect(s.comparisonPeriod == .financialYear(startYear: 2022))
        #expect(s.realisation == 0.5)
        #expect(s.latestActual == 58)
    }

    @Test func levelHoldSteadyTarget() throws {
        // Target equals baseline: 1 when at it or on the better side, else 0.
        let down = "{id: b, title: B, kind: level, unit: percent, baseline: 20, direction: down, targets: {FY2023-24: 20}, actuals: {FY2023-24: %@}}"
        #expect(try status(down.replacingOccurrences(of: "%@", with: "19")).realisation == 1)
        #expect(try status(down.replacingOccurrences(of: "%@", with: "20")).realisation == 1)
        #expect(try status(down.replacingOccurrences(of: "%@", with: "21")).realisation == 0)
        // Without a direction, the side of the last target: FY2024-25's 25 is above 20, so up is better.
        let implied = "{id: b, title: B, kind: level, unit: percent, baseline: 20, targets: {FY2023-24: 20, FY2024-25: 25}, actuals: {FY2023-24: %@}}"
        #expect(try status(implied.replacingOccurrences(of: "%@", with: "21")).realisation == 1)
        #expect(try status(implied.replacingOccurrences(of: "%@", with: "19")).realisation == 0)
    }

    @Test func levelWithNoComparisonPeriod() throws {
        let s = try status("{id: b, title: B, kind: level, unit: children, baseline: 300, targets: {FY2024-25: 270}, actuals: {FY2023-24: 290}}")
        #expect(s.realisation == nil)
        #expect(s.rag == nil)
        #expect(s.latestActual == 290)
    }

    @Test func realisedToDateCountsFlowBenefitsInTheProgrammeCurrency() throws {
        // GBP benefits: a (to date 300 / 240) and c (100 / 100); b is in children and the level one
        // is not a flow. Realised 340 against 400; spent 500 → net −160.
        let report = try #require(Inputs.report("""
            programme:
              id: p
              name: P
              as_of: 2024-03-31
              budget: {investment: 1000, spent: 500}
            benefits:
              - {id: a, title: A, unit: GBP, targets: {FY2023-24: 300}, actuals: {FY2023-24: 240}}
              - {id: b, title: B, unit: children, targets: {FY2023-24: 5}, actuals: {FY2023-24: 5}}
              - {id: c, title: C, unit: GBP, targets: {2024-01: 100}, actuals: {2024-01: 100}}
              - {id: d, title: D, kind: level, unit: GBP, baseline: 0, targets: {FY2023-24: 50}, actuals: {FY2023-24: 50}}
              - {id: e, title: E, unit: GBP, targets: {total: 900}}
            """))
        #expect(report.realisedToDate == 340)
        #expect(report.targetToDate == 400)
        #expect(report.netBenefitToDate == -160)
    }

    @Test func noBudgetOrNoMoneyBenefitsGiveNullNet() throws {
        let report = try #require(Inputs.report(header + "benefits:\n  - {id: a, title: A, unit: GBP, targets: {FY2023-24: 3}, actuals: {FY2023-24: 3}}\n"))
        #expect(report.realisedToDate == 3)
        #expect(report.netBenefitToDate == nil)
        let none = try #require(Inputs.report(header))
        #expect(none.realisedToDate == nil)
        #expect(none.targetToDate == nil)
    }

    @Test func benefitAmberThresholdIsInclusive() throws {
        // 80 / 100 = 0.8 exactly: amber at the default threshold; 79 → red.
        #expect(try status("{id: b, title: B, unit: GBP, targets: {FY2023-24: 100}, actuals: {FY2023-24: 80}}").rag == .amber)
        #expect(try status("{id: b, title: B, unit: GBP, targets: {FY2023-24: 100}, actuals: {FY2023-24: 79}}").rag == .red)
        #expect(try status("{id: b, title: B, unit: GBP, targets: {FY2023-24: 100}, actuals: {FY2023-24: 100}}").rag == .green)
    }
}

extension BenefitFiguresTests {
    @Test func unquantifiedBenefitIsOtherRealisedNeverRealised() throws {
        // Actuals 2,770 (FY2023-24, started) and 6,656 (FY2024-25, not started by 31 Mar 2024).
        let report = try #require(Inputs.report(header + """
            benefits:
              - {id: avoided, title: Avoided, unit: GBP, actuals: {FY2023-24: 2770, FY2024-25: 6656}}
              - {id: saved, title: Saved, unit: GBP, targets: {FY2023-24: 100}, actuals: {FY2023-24: 120}}
            """))
        let avoided = report.benefits[0]
        // No target profile: nothing to date, every started actual (2,770) outside a profile.
        #expect(avoided.actualToDate == nil)
        #expect(avoided.actualOutsideProfile == 2770)
        #expect(avoided.totalActual == 9426)
        #expect(avoided.targetToDate == nil)
        #expect(avoided.realisation == nil)
        #expect(avoided.rag == nil)
        // SPEC 3.3 (v1.1): realised counts only measured benefits, 120 against 100; the
        // 2,770 is other realised, beside it. (v1 added it into realised: 2,890.)
        #expect(report.realisedToDate == 120)
        #expect(report.targetToDate == 100)
        #expect(report.otherRealisedToDate == 2770)
    }
}
