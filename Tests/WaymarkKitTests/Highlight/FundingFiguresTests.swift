import Foundation
import Testing
@testable import WaymarkKit

/// Funding and net benefit (SPEC 3.7), worked out by hand, as of 31 Mar 2024 with an
/// April financial year.
@Suite struct FundingFiguresTests {
    /// FY and month spend in one table, a month with no target, a future actual, an
    /// unquantified benefit's actual, and a benefit in another unit left out.
    static let mixed = header + """
        funding:
          - id: f1
            title: First business case
            approved: {FY2022-23: 100, FY2023-24: 200}
            spent: {FY2022-23: 100, FY2023-24: 50, FY2024-25: 30}
          - id: f2
            title: Second business case
            approved: 50
            spent: {2023-06: 20}
        benefits:
          - id: a
            title: A
            unit: GBP
            targets: {FY2022-23: 40, FY2023-24: 150, FY2024-25: 200}
            actuals: {FY2022-23: 30, FY2023-24: 160, FY2024-25: 10}
          - {id: b, title: B, unit: children, targets: {FY2023-24: 999}, actuals: {FY2023-24: 999}}
          - {id: c, title: C, unit: GBP, actuals: {2023-06: 5}}
        """

    @Test func financeTableMixesYearsAndMonthsInStartOrder() throws {
        let report = try #require(Inputs.report(Self.mixed))
        let funding = try #require(report.funding)
        // Rows by first day: FY2022-23 (1 Apr 2022), FY2023-24 (1 Apr 2023), 2023-06 (1 Jun 2023),
        // FY2024-25 (1 Apr 2024). b (children) is not money, so its 999 is nowhere.
        //   FY2022-23: spent 100, target 40,  actual 30  → net −70, cumulative −70
        //   FY2023-24: spent 50,  target 150, actual 160 → net 110, cumulative 40
        //   2023-06:   spent 20,  no target,  actual 5 (c) → net −15, cumulative 25
        //   FY2024-25: spent 30,  target 200, actual 10 (future) → net −20, cumulative 5
        #expect(funding.rows.map(\.period.description) == ["FY2022-23", "FY2023-24", "2023-06", "FY2024-25"])
        #expect(funding.rows.map(\.spent) == [100, 50, 20, 30])
        #expect(funding.rows.map(\.benefitTarget) == [40, 150, nil, 200])
        #expect(funding.rows.map(\.benefitActual) == [30, 160, 5, 10])
        #expect(funding.rows.map(\.net) == [-70, 110, -15, -20])
        #expect(funding.rows.map(\.cumulativeNet) == [-70, 40, 25, 5])
        #expect(funding.rows.map(\.isFuture) == [false, false, false, true])
        // Payback: the first row from FY2022-23 (the first with spend) with cumulative ≥ 0.
        #expect(funding.paybackRow?.period == .financialYear(startYear: 2023))
        // Approved: 100 + 200 + 50 = 350. Spent to date: started periods only,
        // 100 + 50 (f1; FY2024-25 starts after as_of) + 20 (f2) = 170.
        #expect(funding.approvedTotal == 350)
        #expect(funding.spentToDate == 170)
        // Every pound recorded to date: a 30 + 160, c 5 = 195; less 170 spent = 25.
        #expect(report.netBenefitToDate == 25)
        // The future actual is flagged, as everywhere else.
        #expect(Inputs.check(Self.mixed).codes(.warning).contains("future-actual"))
    }

    @Test func paybackIsNullWhenCumulativeNetNeverRecovers() throws {
        // FY2023-24: spent 100, actual 50 → cumulative −50; FY2024-25: target 10 only → −50.
        let report = try #require(Inputs.report(header + """
            funding:
              - {id: f, title: F, spent: {FY2023-24: 100}}
            benefits:
              - {id: a, title: A, unit: GBP, targets: {FY2024-25: 10}, actuals: {FY2023-24: 50}}
            """))
        #expect(report.funding?.rows.map(\.cumulativeNet) == [-50, -50])
        #expect(report.funding?.paybackRow == nil)
    }

    @Test func paybackCountsOnlyFromTheFirstRowWithSpend() throws {
        // FY2022-23: actual 50, no spend → cumulative 50 (before any spend: not payback).
        // FY2023-24: spent 100, actual 20 → net −80, cumulative −30.
        // FY2024-25: actual 40 → cumulative 10 ≥ 0: payback.
        let report = try #require(Inputs.report(header + """
            funding:
              - {id: f, title: F, spent: {FY2023-24: 100}}
            benefits:
              - {id: a, title: A, unit: GBP, targets: {FY2022-23: 50}, actuals: {FY2022-23: 50, FY2023-24: 20, FY2024-25: 40}}
            """))
        #expect(report.funding?.rows.map(\.cumulativeNet) == [50, -30, 10])
        #expect(report.funding?.paybackRow?.period.description == "FY2024-25")
    }

    @Test func docsInvestToSaveExample() throws {
        // docs/FORMAT.md 4.10, as at 31 Mar 2024. Approved 1,500,000 + 150,000 = 1,650,000.
        // Spent 600,000 + 500,000 + 300,000 + 150,000 (plain, no row) = 1,550,000.
        // Realised 150,000 + 800,000 + 700,000 = 1,650,000; net 1,650,000 − 1,550,000 = 100,000.
        // Rows: −450,000, then +300,000 → −150,000, then +400,000 → 250,000: payback FY2023-24.
        let report = try #require(Inputs.report(header + """
            funding:
              - id: bc-revenue
                title: Business case (revenue)
                approved: 1500000
                spent: { FY2021-22: 600000, FY2022-23: 500000, FY2023-24: 300000 }
              - id: bc-capital
                title: Hub building (capital)
                type: capital
                approved: 150000
                spent: 150000
            benefits:
              - id: placement-savings
                title: Placement savings
                unit: GBP
                targets: { FY2021-22: 200000, FY2022-23: 700000, FY2023-24: 900000 }
                actuals: { FY2021-22: 150000, FY2022-23: 800000, FY2023-24: 700000 }
            """))
        let funding = try #require(report.funding)
        #expect(funding.approvedTotal == 1_650_000)
        #expect(funding.spentToDate == 1_550_000)
        #expect(report.netBenefitToDate == 100_000)
        #expect(funding.rows.map(\.net) == [-450_000, 300_000, 400_000])
        #expect(funding.rows.map(\.cumulativeNet) == [-450_000, -150_000, 250_000])
        #expect(funding.paybackRow?.period.description == "FY2023-24")
    }

    @Test func cancelledBenefitCountsNowhere() throws {
        // c is cancelled: its 500 target and 500 actual are in no row and no net.
        // FY2023-24: spent 100, target 100, actual 80 (a only) → net −20, cumulative −20;
        // no payback. Net to date: 80 − 100 = −20.
        let report = try #require(Inputs.report(header + """
            funding:
              - {id: f, title: F, spent: {FY2023-24: 100}}
            benefits:
              - {id: a, title: A, unit: GBP, targets: {FY2023-24: 100}, actuals: {FY2023-24: 80}}
              - {id: c, title: C, unit: GBP, targets: {FY2023-24: 500}, actuals: {FY2023-24: 500}, status: cancelled}
            """))
        let funding = try #require(report.funding)
        #expect(funding.rows.map(\.benefitTarget) == [100])
        #expect(funding.rows.map(\.benefitActual) == [80])
        #expect(funding.rows.map(\.cumulativeNet) == [-20])
        #expect(funding.paybackRow == nil)
        #expect(report.netBenefitToDate == -20)
    }

    @Test func plainNumberSpendHasNoRowButCountsToDate() throws {
        // budget is one revenue line: approved 1000, spent 400 to as_of, with no period.
        // The table has only the benefit's row: actual 240, net 240, cumulative 240; no
        // row has spend, so there is no payback. Net to date: 240 − 400 = −160.
        let report = try #require(Inputs.report("""
            programme:
              id: p
              name: P
              as_of: 2024-03-31
              budget: {investment: 1000, spent: 400}
            benefits:
              - {id: a, title: A, unit: GBP, targets: {FY2023-24: 300}, actuals: {FY2023-24: 240}}
            """))
        let funding = try #require(report.funding)
        #expect(funding.lines.map(\.type) == [.revenue])
        #expect(funding.approvedTotal == 1000)
        #expect(funding.spentToDate == 400)
        #expect(funding.rows.map(\.period.description) == ["FY2023-24"])
        #expect(funding.rows.first?.spent == nil)
        #expect(funding.rows.first?.cumulativeNet == 240)
        #expect(funding.paybackRow == nil)
        #expect(report.netBenefitToDate == -160)
    }

    @Test func withoutFundingOrAmountsFiguresAreNull() throws {
        let none = try #require(Inputs.report(header + "benefits:\n  - {id: a, title: A, unit: GBP, actuals: {FY2023-24: 3}}\n"))
        #expect(none.funding == nil)
        #expect(none.netBenefitToDate == nil)
        // A line with no published amount is listed, and guesses nothing.
        let unpublished = try #require(Inputs.report(header + "funding:\n  - {id: f, title: Third business case}\n"))
        #expect(unpublished.funding?.lines.count == 1)
        #expect(unpublished.funding?.approvedTotal == nil)
        #expect(unpublished.funding?.spentToDate == nil)
        #expect(unpublished.netBenefitToDate == nil)
    }

    @Test func jsonHasTheV11Keys() throws {
        let json = JSONCheckRenderer().render(Inputs.check(Self.mixed + """

            issues:
              - {id: I1, title: Late, priority: high, escalated: true, resolve_by: 2024-03-28}
            decisions:
              - {id: DEC1, title: Made, status: made, decided: 2024-01-01, needed_by: 2023-12-01}
            """))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let programme = try #require((object["programmes"] as? [[String: Any]])?.first)
        #expect(programme["approved_total"] as? Double == 350)
        #expect(programme["spent_to_date"] as? Double == 170)
        #expect(programme["net_benefit_to_date"] as? Double == 25)
        #expect(programme["payback_period"] as? String == "FY2023-24")
        let rows = try #require(programme["finance"] as? [[String: Any]])
        #expect(rows.count == 4)
        #expect(Set(rows[0].keys) == ["period", "spent", "benefit_target", "benefit_actual", "net", "cumulative_net"])
        #expect(rows[2]["period"] as? String == "2023-06")
        #expect(rows[2]["benefit_target"] is NSNull)
        #expect(rows[2]["cumulative_net"] as? Double == 25)
        // I1 was due 28 Mar: 3 days overdue on 31 Mar. DEC1 is made, so never overdue.
        let issues = try #require(programme["issues"] as? [[String: Any]])
        #expect(Set(issues[0].keys) == ["id", "status", "priority", "days_overdue"])
        #expect(issues[0]["days_overdue"] as? Int == 3)
        #expect(issues[0]["priority"] as? String == "high")
        let decisions = try #require(programme["decisions"] as? [[String: Any]])
        #expect(Set(decisions[0].keys) == ["id", "status", "days_overdue"])
        #expect(decisions[0]["status"] as? String == "made")
        #expect(decisions[0]["days_overdue"] is NSNull)
    }

    @Test func jsonWithoutFundingHasNullsAndNoRows() throws {
        let json = JSONCheckRenderer().render(Inputs.check(header))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let programme = try #require((object["programmes"] as? [[String: Any]])?.first)
        for key in ["approved_total", "spent_to_date", "net_benefit_to_date", "payback_period"] {
            #expect(programme[key] is NSNull, "\(key)")
        }
        #expect((programme["finance"] as? [Any])?.isEmpty == true)
        #expect((programme["issues"] as? [Any])?.isEmpty == true)
        #expect((programme["decisions"] as? [Any])?.isEmpty == true)
    }

    /// Spend by period that stops before the benefits do: net benefit sets the later
    /// benefits against no spend, so the pack says where the spend stops.
    @Test func netBenefitSaysWhereSpendStops() throws {
        let result = Inputs.check(header + """
            funding:
              - {id: f1, title: Business case, approved: 300, spent: {FY2022-23: 100}}
            benefits:
              - {id: a, title: A, unit: GBP, targets: {FY2022-23: 50}, actuals: {FY2022-23: 60, FY2023-24: 70}}
            """)
        let report = try #require(result.reports.first)
        let funding = try #require(report.funding)
        // Spend stops at FY2022-23; the FY2023-24 actual (started, ended 31 Mar 2024) runs past it.
        #expect(funding.spendRecordedOnlyTo?.period == .financialYear(startYear: 2022))
        // Every pound recorded: 60 + 70 = 130 (70 is outside the profile); less 100 = 30.
        #expect(report.netBenefitToDate == 30)
        let headline = PackBuilder(report: report, result: result).markdown(.headline)
        #expect(headline.contains("spend is recorded only to FY2022-23; later spend is not in this figure"))
    }

    @Test func spendAsAPlainFigureCoversEverythingToDate() throws {
        // A plain figure is spent to as_of, so nothing is missing.
        let report = try #require(Inputs.report(header + """
            funding:
              - {id: f1, title: Business case, spent: 100}
            benefits:
              - {id: a, title: A, unit: GBP, targets: {FY2022-23: 50}, actuals: {FY2022-23: 60, FY2023-24: 70}}
            """))
        #expect(report.funding?.spendRecordedOnlyTo == nil)
    }
}
