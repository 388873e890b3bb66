import Foundation
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

    @Test func everyFigureOfTheSection5ExampleComesOut() throws {
        // A programme built to give every figure of SPEC 5's example, as of 31 Mar 2024.
        // Milestones (weight, progress): m1 (1, 80) due 19 Mar: overdue by 31 − 19 = 12 days,
        // red, not slipped; m2 (5, complete) counts 100; m3 (1, 45) due 29 Feb, forecast
        // 30 Jun (beyond 30 Apr, so on track; slipped 122 days, amber); m4 (3, 0) due in
        // September. percent_complete = (80 + 500 + 45 + 0) ÷ 10 = 62.5; planned = weight
        // due by as_of (m1 + m2 + m3 = 7) ÷ 10 × 100 = 70.0.
        // b1: FY2023-24 ends on as_of (elapsed = length), so target to date 100, actual 95,
        // 0.95 amber (≥ 0.8); totals 300 and 95, no stretch. R1 4 × 5 = 20 ≥ 15: high.
        let yaml = """
            programme: {id: x, name: X, as_of: 2024-03-31, confidence: amber}
            milestones:
              - {id: m1, title: M1, due: 2024-03-19, progress: 80}
              - {id: m2, title: M2, due: 2024-01, completed: 2024-01-20, weight: 5}
              - {id: m3, title: M3, due: 2024-02-29, forecast: 2024-06-30, progress: 45}
              - {id: m4, title: M4, due: 2024-09-30, weight: 3}
            benefits:
              - {id: b1, title: B, unit: GBP, targets: {FY2023-24: 100, FY2024-25: 200}, actuals: {FY2023-24: 95}}
            risks:
              - {id: R1, title: R, likelihood: 4, impact: 5}
            """
        let json = JSONCheckRenderer().render(Inputs.check(yaml))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let p = try #require((object["programmes"] as? [[String: Any]])?.first)
        #expect(p["as_of"] as? String == "2024-03-31")
        #expect(p["percent_complete"] as? Double == 62.5)
        #expect(p["planned_percent"] as? Double == 70.0)
        #expect(p["confidence"] as? String == "amber")
        let ms = try #require(p["milestones"] as? [[String: Any]])
        #expect(ms.count == 4)
        let m1 = ms[0]
        #expect(m1["due"] as? String == "2024-03-19")
        #expect(m1["forecast"] is NSNull)
        #expect(m1["effective"] as? String == "2024-03-19")
        #expect(m1["completed"] is NSNull)
        #expect(m1["progress"] as? Double == 80)
        #expect(m1["weight"] as? Double == 1)
        #expect(m1["state"] as? String == "overdue")
        #expect(m1["rag"] as? String == "red")
        #expect(m1["days_overdue"] as? Int == 12)
        #expect(m1["slipped_days"] as? Int == 0)
        #expect(ms[1]["state"] as? String == "complete")
        #expect(ms[1]["due"] as? String == "2024-01-31")
        #expect(ms[1]["rag"] is NSNull)
        // SPEC 5: days_overdue is null unless open past its date, so null (not 0) for the
        // complete m2 and the on-track m3 and m4.
        #expect(ms[1]["days_overdue"] is NSNull)
        #expect(ms[2]["days_overdue"] is NSNull)
        #expect(ms[3]["days_overdue"] is NSNull)
        #expect(ms[2]["state"] as? String == "on_track")
        #expect(ms[2]["slipped_days"] as? Int == 122)
        #expect(ms[2]["rag"] as? String == "amber")
        let r1 = try #require((p["risks"] as? [[String: Any]])?.first)
        #expect(r1["score"] as? Int == 20)
        #expect(r1["band"] as? String == "high")
        #expect(r1["status"] as? String == "open")
        let b1 = try #require((p["benefits"] as? [[String: Any]])?.first)
        #expect(b1["kind"] as? String == "flow")
        #expect(b1["unit"] as? String == "GBP")
        #expect(b1["realisation"] as? Double == 0.95)
        #expect(b1["rag"] as? String == "amber")
        #expect(p["rag"] as? [String: String] == ["schedule": "red", "benefits": "amber", "risks": "red", "overall": "red"])
        #expect(p["realised_to_date"] as? Double == 95.0)
        #expect(p["target_to_date"] as? Double == 100.0)
        #expect(p["other_realised_to_date"] as? Double == 0.0)
        #expect(p["net_benefit_to_date"] is NSNull)
    }

    @Test func aLevelBenefitWithAWholeLifeStretchIsUnprofiledAndNotScored() throws {
        // SPEC 1.4: a profile holding `total` makes the benefit unprofiled, never counted to
        // date (README: `total` in any profile). Scored, this one would compare 2024-01
        // ((37 − 0) ÷ (5 − 0) = 7.4, green) while the pack called it "not measured". So: no
        // target or actual to date, no realisation, no RAG, and the benefits part is not
        // rated; the latest actual (37, 2024-01) is still shown.
        let report = try #require(Inputs.report("""
            programme: {id: p, name: P, as_of: 2024-03-31}
            benefits:
              - id: b
                title: B
                kind: level
                unit: visits
                baseline: 0
                targets: {2023-07: 3, 2024-01: 5, 2024-07: 18}
                actuals: {2023-07: 2, 2024-01: 37}
                stretch: {total: 6}
            """))
        let b = try #require(report.benefits.first)
        #expect(b.targetToDate == nil)
        #expect(b.actualToDate == nil)
        #expect(b.realisation == nil)
        #expect(b.rag == nil)
        #expect(b.latestActual == 37)
        #expect(report.rag.benefits.rag == nil)
        #expect(report.rag.benefits.notRated == .noMeasuredBenefits)
    }
}
