import Foundation
import Testing
@testable import WaymarkKit

/// SPEC 3.3 (v1.1): a flow benefit's actuals count toward it only for periods that
/// overlap a target period; the programme's realised to date counts only measured
/// benefits, and every other pound recorded is other realised to date. Figures by hand.
@Suite struct LikeAgainstLikeTests {
    private func report(_ benefits: String, asOf: String = "2024-03-31", budget: String = "") throws -> ProgrammeReport {
        try #require(Inputs.report("""
            programme:
              id: p
              name: P
              as_of: \(asOf)
            \(budget)
            benefits:
            \(benefits)
            """))
    }

    @Test func anActualForAMonthInsideATargetYearCounts() throws {
        // Target FY2023-24 (1 Apr 2023 – 31 Mar 2024) = 1,200, ended by 31 Mar 2024 → 1,200 to date.
        // The actual for 2023-10 lies inside that year: the ranges intersect, so it counts.
        let s = try report("  - {id: b, title: B, unit: GBP, targets: {FY2023-24: 1200}, actuals: {2023-10: 900}}").benefits[0]
        #expect(s.targetToDate == 1200)
        #expect(s.actualToDate == 900)
        #expect(s.actualOutsideProfile == 0)
        #expect(s.realisation == 0.75)
        #expect(s.rag == .red)
    }

    @Test func aProfileOfMonthsAgainstATargetOfOneYear() throws {
        // Target FY2023-24 = 1,200. Monthly actuals: 2023-04 100, 2024-03 300 (both inside the
        // year), 2024-04 400 (the next year, no target; started on 1 Apr 2024 ≤ as_of 15 Apr)
        // and 2024-05 500 (not started). As of 15 Apr 2024 FY2023-24 has ended: target 1,200.
        // To date 100 + 300 = 400; outside the profile 400; 2024-05 counts nowhere yet.
        // Realisation 400 ÷ 1,200 = 1/3 → red.
        let r = try report("  - {id: b, title: B, unit: GBP, targets: {FY2023-24: 1200}, actuals: {2023-04: 100, 2024-03: 300, 2024-04: 400, 2024-05: 500}}",
                           asOf: "2024-04-15")
        let s = r.benefits[0]
        #expect(s.targetToDate == 1200)
        #expect(s.actualToDate == 400)
        #expect(s.actualOutsideProfile == 400)
        #expect(s.realisation == 400.0 / 1200.0)
        #expect(s.totalActual == 1300)
        #expect(r.realisedToDate == 400)
        #expect(r.targetToDate == 1200)
        #expect(r.otherRealisedToDate == 400)
    }

    @Test func actualsArePairedWithTargetsAcrossGapsAndOverlaps() throws {
        // Targets 2021-06, FY2022-23 (1 Apr 2022 – 31 Mar 2023) and 2022-07 inside it, and
        // 2023-09: three spans with gaps between them. As of 31 Mar 2024 all have ended:
        // target to date 10 + 100 + 20 + 30 = 160.
        // Actuals: 2021-06 (5) and 2022-07 (7) and 2023-03 (11, inside FY2022-23) and
        // 2023-09 (13) overlap a target: 5 + 7 + 11 + 13 = 36 to date. 2021-07 (17, the month
        // after the first span), 2023-04 (19, the gap after the year) and 2024-01 (23, past the
        // last span) do not: 17 + 19 + 23 = 59 outside the profile.
        let s = try report("""
              - id: b
                title: B
                unit: GBP
                targets: {2023-09: 30, 2021-06: 10, FY2022-23: 100, 2022-07: 20}
                actuals: {2021-06: 5, 2021-07: 17, 2022-07: 7, 2023-03: 11, 2023-04: 19, 2023-09: 13, 2024-01: 23}
            """).benefits[0]
        #expect(s.targetToDate == 160)
        #expect(s.actualToDate == 36)
        #expect(s.actualOutsideProfile == 59)
    }

    @Test func targetRangesMergeIntoSpansInDateOrder() {
        let days = (1...9).map { Day(ordinal: $0) }
        let spans = BenefitStatus.spans(covering: [days[6]...days[7], days[0]...days[2], days[1]...days[3], days[7]...days[8]])
        // 1–3 and 2–4 overlap (1–4); 7–8 and 8–9 share day 8 (7–9); 5 and 6 are in no range.
        #expect(spans == [days[0]...days[3], days[6]...days[8]])
    }

    @Test func anActualInAYearWithNoTargetIsOutsideTheProfile() throws {
        // Stepping Stones' case: a target only for FY2021-22 (698,400) and actuals for
        // FY2021-22 (1,961,000) and FY2024-25 (3,189,000). As of 31 Mar 2025 both have
        // started. FY2024-25 overlaps no target period: it is outside the profile, so the
        // realisation is 1,961,000 ÷ 698,400 = 2.8079…, not (1,961,000 + 3,189,000) ÷ 698,400.
        let r = try report("  - {id: b, title: B, unit: GBP, targets: {FY2021-22: 698400}, actuals: {FY2021-22: 1961000, FY2024-25: 3189000}}",
                           asOf: "2025-03-31")
        let s = r.benefits[0]
        #expect(s.targetToDate == 698_400)
        #expect(s.actualToDate == 1_961_000)
        #expect(s.actualOutsideProfile == 3_189_000)
        #expect(s.realisation == 1_961_000.0 / 698_400.0)
        #expect(r.realisedToDate == 1_961_000)
        #expect(r.otherRealisedToDate == 3_189_000)
    }

    @Test func overlapFollowsTheFinancialYearStart() throws {
        // With financial_year_start 1, FY2023-24 is calendar 2023. Target FY2023-24 = 100.
        // An actual for 2024-02 falls after 31 Dec 2023: outside. With the default April
        // start the same month would be inside FY2023-24 (1 Apr 2023 – 31 Mar 2024).
        let january = try #require(Inputs.report("""
            programme: {id: p, name: P, as_of: 2024-03-31, financial_year_start: 1}
            benefits:
              - {id: b, title: B, unit: GBP, targets: {FY2023-24: 100}, actuals: {2024-02: 40}}
            """)).benefits[0]
        #expect(january.actualToDate == 0)
        #expect(january.actualOutsideProfile == 40)
        let april = try report("  - {id: b, title: B, unit: GBP, targets: {FY2023-24: 100}, actuals: {2024-02: 40}}").benefits[0]
        #expect(april.actualToDate == 40)
        #expect(april.actualOutsideProfile == 0)
    }

    @Test func realisedCountsMeasuredBenefitsAndOtherRealisedEveryOtherPound() throws {
        // As of 31 Mar 2024, in GBP:
        //   a: target FY2023-24 300, actuals FY2023-24 240 + FY2022-23 60 (no target) → realised 240, other 60
        //   u: no targets, actual FY2023-24 1,000                                        → other 1,000
        //   w: whole-life target only, actual FY2023-24 500                             → other 500
        //   k: in children, not money                                                    → nowhere
        //   l: a level benefit in GBP, not a flow                                        → nowhere
        // Realised 240 against target 300; other 60 + 1,000 + 500 = 1,560.
        // Net (SPEC 3.7) = (240 + 1,560) − 700 spent = 1,100.
        let r = try report("""
              - {id: a, title: A, unit: GBP, targets: {FY2023-24: 300}, actuals: {FY2023-24: 240, FY2022-23: 60}}
              - {id: u, title: U, unit: GBP, actuals: {FY2023-24: 1000}}
              - {id: w, title: W, unit: GBP, targets: {total: 5000}, actuals: {FY2023-24: 500}}
              - {id: k, title: K, unit: children, targets: {FY2023-24: 5}, actuals: {FY2022-23: 7}}
              - {id: l, title: L, kind: level, unit: GBP, baseline: 0, targets: {FY2023-24: 50}, actuals: {FY2023-24: 50}}
            """, budget: "  budget: {investment: 2000, spent: 700}")
        #expect(r.realisedToDate == 240)
        #expect(r.targetToDate == 300)
        #expect(r.otherRealisedToDate == 1560)
        #expect(r.otherRealised.withoutTarget == 1000)
        #expect(r.otherRealised.wholeLifeOnly == 500)
        #expect(r.otherRealised.outsideProfile == 60)
        #expect(r.spentToDate == 700)
        #expect(r.netBenefitToDate == 1100)
        #expect(r.benefits[2].actualOutsideProfile == 500)
        #expect(r.benefits[3].actualOutsideProfile == 7)
        #expect(r.benefits[4].actualOutsideProfile == nil)
    }

    @Test func aBenefitWithNoTargetsIsWithoutATargetWhateverItsActuals() throws {
        // u has no targets, a whole-life stretch and an actual for FY2023-24 (300): it has no
        // target at all, so its 300 is "from benefits with no target", not "only a
        // whole-life target" (its whole-life stretch made it unprofiled).
        // w has a whole-life target and actuals by year (200): that is the whole-life case.
        let r = try report("""
              - {id: u, title: U, unit: GBP, stretch: {total: 900}, actuals: {FY2023-24: 300}}
              - {id: w, title: W, unit: GBP, targets: {total: 5000}, actuals: {FY2023-24: 200}}
            """)
        #expect(r.otherRealised.withoutTarget == 300)
        #expect(r.otherRealised.wholeLifeOnly == 200)
        #expect(r.otherRealised.outsideProfile == 0)
        #expect(r.otherRealisedToDate == 500)
    }

    @Test func netBenefitCountsEveryPoundRecordedAndIsNullWithoutSpend() throws {
        // Only an unquantified benefit: realised null, other 1,000; spent 400 → net 600.
        let spent = try report("  - {id: u, title: U, unit: GBP, actuals: {FY2023-24: 1000}}",
                               budget: "  budget: {spent: 400}")
        #expect(spent.realisedToDate == nil)
        #expect(spent.otherRealisedToDate == 1000)
        #expect(spent.netBenefitToDate == 600)
        // No benefit in the currency at all, spent 400: nothing recorded, net −400.
        let nothing = try report("  - {id: k, title: K, unit: children, actuals: {FY2023-24: 3}}",
                                 budget: "  budget: {spent: 400}")
        #expect(nothing.otherRealisedToDate == nil)
        #expect(nothing.netBenefitToDate == -400)
        // An investment but no spend recorded: net benefit is not available.
        let unspent = try report("  - {id: u, title: U, unit: GBP, actuals: {FY2023-24: 1000}}",
                                 budget: "  budget: {investment: 400}")
        #expect(unspent.netBenefitToDate == nil)
        #expect(ProgrammeReport.netBenefit(realised: 10, otherRealised: 5, spent: 20) == -5)
        #expect(ProgrammeReport.netBenefit(realised: 10, otherRealised: 5, spent: nil) == nil)
    }
}

/// SPEC 1.4 (v1.1): `status: cancelled` on a benefit: listed as descoped, counted nowhere.
@Suite struct CancelledBenefitTests {
    static let yaml = """
        programme:
          id: p
          name: P
          as_of: 2024-03-31
          budget: {spent: 100}
        benefits:
          - {id: kept, title: Kept, unit: GBP, targets: {FY2023-24: 200}, actuals: {FY2023-24: 150}}
          - id: dropped
            title: Dropped
            unit: GBP
            targets: {FY2023-24: 1000}
            actuals: {FY2023-24: 10, FY2022-23: 500, FY2024-25: 7}
            status: cancelled
          - {id: never, title: Never quantified, unit: GBP, status: cancelled}
        """

    @Test func aCancelledBenefitWithActualsCountsNowhere() throws {
        let result = Inputs.check(Self.yaml)
        let report = try #require(result.reports.first)
        let dropped = report.benefits[1]
        #expect(dropped.benefit.cancelled)
        // No to-date or whole-life figure, no RAG.
        #expect(dropped.targetToDate == nil)
        #expect(dropped.actualToDate == nil)
        #expect(dropped.actualOutsideProfile == nil)
        #expect(dropped.realisation == nil)
        #expect(dropped.totalTarget == nil)
        #expect(dropped.totalActual == nil)
        #expect(dropped.rag == nil)
        // Totals: only kept, 150 against 200 → realisation 0.75 → benefits red. Had dropped
        // counted (10 against 1,000) the realised would be 160 and other 500.
        #expect(report.realisedToDate == 150)
        #expect(report.targetToDate == 200)
        #expect(report.otherRealisedToDate == 0)
        // Net: (150 + 0) − 100 = 50.
        #expect(report.netBenefitToDate == 50)
        #expect(report.rag.benefits == RAGBreakdown.Part(rag: .red, drivers: ["kept"]))
        // No benefit-behind for it (kept's is the only one), no unquantified-benefit info
        // for `never`, and no future-actual for its FY2024-25 figure.
        #expect(result.codes() == ["benefit-behind"])
        #expect(result.diagnostics.allSatisfy { $0.message.contains("'kept'") })
    }

    @Test func aCancelledBenefitIsListedAsDescopedInThePack() throws {
        let result = Inputs.check(Self.yaml)
        let report = try #require(result.reports.first)
        let benefits = PackBuilder(report: report, result: result).markdown(.benefits)
        #expect(benefits.contains("**Descoped** (cancelled; counted in no figure above or below): Dropped (dropped); "
            + "Never quantified (never)."))
        #expect(!benefits.contains("| **Dropped**"))
        let quality = PackBuilder(report: report, result: result).markdown(.dataQuality)
        #expect(!quality.contains("Never quantified"))
    }

    @Test func jsonGivesStatusOutsideProfileAndOtherRealised() throws {
        let json = JSONCheckRenderer().render(Inputs.check(Self.yaml))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let programme = try #require((object["programmes"] as? [[String: Any]])?.first)
        #expect(programme["realised_to_date"] as? Double == 150)
        #expect(programme["other_realised_to_date"] as? Double == 0)
        #expect(programme["net_benefit_to_date"] as? Double == 50)
        let benefits = try #require(programme["benefits"] as? [[String: Any]])
        #expect(benefits.map { $0["status"] as? String } == ["active", "cancelled", "cancelled"])
        #expect(benefits[0]["actual_outside_profile"] as? Double == 0)
        #expect(benefits[1]["actual_outside_profile"] is NSNull)
        #expect(benefits[1]["total_target"] is NSNull)
        // No milestones: the schedule is not rated, and says why.
        let reasons = try #require(programme["rag_not_rated"] as? [String: Any])
        #expect(reasons["schedule"] as? String == "no_milestones")
        #expect(reasons["overall"] is NSNull)
    }

    @Test func statusTakesOnlyCancelled() {
        let result = Inputs.check(header + """
            benefits:
              - {id: b, title: B, unit: GBP, targets: {FY2023-24: 1}, status: active}
            """)
        // Line 6 of the file; 'active' starts at column 67.
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.location.line ?? 0):\($0.location.column ?? 0) \($0.code.rawValue)" } == ["6:67 wrong-type"])
        #expect(errors.first?.message == "benefit 'b': 'status' can only be 'cancelled' (leave it out otherwise), not 'active'")
    }
}
