import Foundation
import Testing
@testable import WaymarkKit

/// The real programmes in `programmes/` against the published documents they model
/// (each figure's `source:` names its report; programmes/README.md lists them), so the
/// files cannot drift from their sources unnoticed. The figures, worked out by hand from
/// those documents, are written into the tests, so the documents themselves are not
/// needed to run them.
@Suite struct ProgrammesTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("programmes").path

    static let result = Waymark.check(paths: [directory], asOf: nil, today: Day(parsing: "2026-01-01")!)

    private func report(_ id: String) throws -> ProgrammeReport {
        try #require(Self.result.reports.first { $0.programme.id == id })
    }

    private func benefit(_ id: String, in programme: String) throws -> BenefitStatus {
        try #require(try report(programme).benefits.first { $0.benefit.id == id })
    }

    @Test func everyProgrammeLoadsWithoutErrors() {
        #expect(Self.result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        #expect(Self.result.reports.map(\.programme.id).sorted() ==
                ["kent-0-25", "norfolk-childrens-transformation", "stepping-stones", "stockton-children-in-our-care"])
    }

    @Test func everyProgrammeKeepsItsOwnAsOfDate() throws {
        #expect(try report("stepping-stones").asOf == Day(parsing: "2025-03-31"))
        #expect(try report("norfolk-childrens-transformation").asOf == Day(parsing: "2020-11-13"))
    }

    @Test func steppingStonesSavings() throws {
        // March 2022 update: year-1 target £698,400 (3 avoidances £358,100 + 3 step-downs
        // £340,300), £1.961m achieved. Annual report 2024-25: year-4 target £3.1m, £3.189m
        // achieved; its placements-vacated table gives 2023-24 savings of
        // £0.140m + £1.308m + £0 + £0.103m + £0 = £1.551m (and 2024-25's
        // £0.332m + £2.307m + £0 + £0.154m + £0.396m = £3.189m), with no 2023-24 target.
        let savings = try benefit("placement-savings", in: "stepping-stones")
        let yearOneTarget: Double = 358_100 + 340_300
        #expect(yearOneTarget == 698_400)
        #expect(savings.benefit.targets?.value(for: .financialYear(startYear: 2021)) == 698_400)
        #expect(savings.benefit.actuals?.value(for: .financialYear(startYear: 2021)) == 1_961_000)
        #expect(savings.benefit.targets?.value(for: .financialYear(startYear: 2023)) == nil)
        let yearThree: Double = 140_000 + 1_308_000 + 0 + 103_000 + 0
        let yearFour: Double = 332_000 + 2_307_000 + 0 + 154_000 + 396_000
        #expect(savings.benefit.actuals?.value(for: .financialYear(startYear: 2023)) == yearThree)
        #expect(savings.benefit.targets?.value(for: .financialYear(startYear: 2024)) == 3_100_000)
        #expect(savings.benefit.actuals?.value(for: .financialYear(startYear: 2024)) == yearFour)
        // As of 31 Mar 2025 FY2021-22 has ended and FY2024-25 has run all 365 of its
        // 365 days: 698,400 + 3,100,000 × 365/365 = 3,798,400.
        #expect(savings.targetToDate == 3_798_400)
        #expect(savings.rag == .green)
    }

    @Test func steppingStonesCountsFromTheAnnualReportTables() throws {
        // Placements vacated, 2023-24: external fostering 4, external residential 14,
        // internal residential 3, internal fostering 18, supported accommodation 0 = 39.
        // 2024-25: 14 + 20 + 0 + 18 + 1 = 53, plus 2 from March 2024 claimed in both years = 55.
        let stepDowns = try benefit("step-downs", in: "stepping-stones")
        let stepDowns2023: Double = 4 + 14 + 3 + 18 + 0
        let stepDowns2024: Double = 14 + 20 + 0 + 18 + 1 + 2
        #expect(stepDowns.benefit.actuals?.value(for: .financialYear(startYear: 2023)) == stepDowns2023)
        #expect(stepDowns.benefit.actuals?.value(for: .financialYear(startYear: 2024)) == stepDowns2024)
        // Placements avoided, 2023-24: residential 19, fostering 50, parent and child 5,
        // supported accommodation 1 = 75. 2024-25: 30 + 54 + 7 + 1 = 92 = 84 diverted from
        // care + 8 avoiding a higher-cost placement; the benefit holds the 84.
        let avoided = try benefit("avoided-placements", in: "stepping-stones")
        let avoided2023: Double = 19 + 50 + 5 + 1
        let avoided2024: Double = 30 + 54 + 7 + 1 - 8
        #expect(avoided.benefit.actuals?.value(for: .financialYear(startYear: 2023)) == avoided2023)
        #expect(avoided.benefit.actuals?.value(for: .financialYear(startYear: 2024)) == avoided2024)
        // Cost avoidance: the table's totals, £2.770m and £6.656m; £0.462m on its own line.
        let avoidance = try benefit("cost-avoidance", in: "stepping-stones")
        #expect(avoidance.benefit.actuals?.value(for: .financialYear(startYear: 2023)) == 2_770_000)
        #expect(avoidance.benefit.actuals?.value(for: .financialYear(startYear: 2024)) == 6_656_000)
        #expect(try benefit("avoided-increased-costs", in: "stepping-stones")
            .benefit.actuals?.value(for: .financialYear(startYear: 2024)) == 462_000)
    }

    @Test func steppingStonesHeadlineIsLikeAgainstLike() throws {
        // SPEC 3.3 (v1.1), as of 31 Mar 2025. Realised to date counts only measured GBP flow
        // benefits, i.e. placement-savings, and only its actuals in target periods:
        // FY2021-22 1,961,000 + FY2024-25 3,189,000 = 5,150,000, against
        // 698,400 + 3,100,000 = 3,798,400. Its FY2023-24 1,551,000 has no target period.
        // Other realised: 1,551,000 + cost avoidance 2,770,000 + 6,656,000 + avoided
        // increases 462,000 = 11,439,000, shown beside the headline, never in it.
        let stones = try report("stepping-stones")
        let savings = try benefit("placement-savings", in: "stepping-stones")
        #expect(savings.actualToDate == 5_150_000)
        #expect(savings.actualOutsideProfile == 1_551_000)
        #expect(stones.realisedToDate == 5_150_000)
        #expect(stones.targetToDate == 3_798_400)
        #expect(stones.otherRealisedToDate == 11_439_000)
        // Counts are measured against year 1's target only: 26 of 3 avoided, 6 of 3 stepped
        // down; later years are outside the profile (75 + 84 = 159; 39 + 55 = 94).
        let avoided = try benefit("avoided-placements", in: "stepping-stones")
        #expect(avoided.actualToDate == 26)
        #expect(avoided.actualOutsideProfile == 159)
        let stepDowns = try benefit("step-downs", in: "stepping-stones")
        #expect(stepDowns.actualToDate == 6)
        #expect(stepDowns.actualOutsideProfile == 94)
        // RAG: schedule green (every milestone complete or cancelled); benefits green
        // (5,150,000 ÷ 3,798,400 = 1.356, 26 ÷ 3, 6 ÷ 3, all ≥ 1); risks not rated (no open
        // risk is assessed); overall green.
        #expect(stones.rag.schedule.rag == .green)
        #expect(stones.rag.benefits.rag == .green)
        #expect(stones.rag.risks.rag == nil)
        #expect(stones.rag.overall == .green)
    }

    @Test func steppingStonesPhaseOneIsResolved() throws {
        // Every Phase 1 item is complete or cancelled (superseded by later phases or
        // another service), none open three years after Phase 1 ended.
        let stones = try report("stepping-stones")
        let phaseOne = stones.milestones.filter { $0.milestone.workstream == "phase-1" }
        #expect(phaseOne.count == 10)
        #expect(phaseOne.filter { $0.state == .cancelled }.map(\.milestone.id)
                == ["havenbrook-conversion", "foster-carer-recruitment", "foster-carer-training"])
        #expect(phaseOne.allSatisfy { $0.state == .complete || $0.state == .cancelled })
        // 16 milestones, 3 cancelled; the other 13 (weight 1) are all complete:
        // 13 × 100 ÷ 13 = 100%, all due by 31 Mar 2025, none overdue.
        #expect(stones.milestones.count == 16)
        #expect(stones.completion.percentComplete == 100)
        #expect(stones.completion.plannedPercent == 100)
        #expect(stones.overdue.isEmpty)
        #expect(stones.rag.schedule.rag == .green)
    }

    @Test func steppingStonesFundingAndNetBenefit() throws {
        // SPEC 1.7 and 3.7. March 2022 update: "Investment is £2,066 million over 3 years plus
        // £150,000 capital"; revenue spend £608,863 at 28 Feb 2022, the only spend either
        // report publishes. The 2022 and 2024 business cases are listed without amounts.
        let stones = try report("stepping-stones")
        #expect(stones.programme.budget == nil)
        #expect(stones.programme.funding.map(\.id) == ["bc-2019-revenue", "bc-2019-capital", "bc-2022", "bc-2024"])
        #expect(stones.programme.funding.filter { $0.approved == nil }.map(\.id) == ["bc-2022", "bc-2024"])
        #expect(stones.programme.funding.first { $0.id == "bc-2019-capital" }?.type == .capital)
        let money = try #require(stones.funding)
        let approved: Double = 2_066_000 + 150_000
        #expect(approved == 2_216_000)
        #expect(money.approvedTotal == approved)
        #expect(money.spentToDate == 608_863)
        // Net benefit to date: every pound recorded, realised 5,150,000 + other 11,439,000 =
        // 16,589,000, less 608,863 spent = 15,980,137.
        #expect(stones.netBenefitToDate == 15_980_137)
        // Finance table, currency flow benefits by period:
        // FY2021-22: spent 608,863, target 698,400, actual 1,961,000, net 1,352,137.
        // FY2023-24: no spend published, no target, actual 1,551,000 + 2,770,000 = 4,321,000;
        //            cumulative 1,352,137 + 4,321,000 = 5,673,137.
        // FY2024-25: target 3,100,000, actual 3,189,000 + 6,656,000 + 462,000 = 10,307,000;
        //            cumulative 15,980,137.
        // Payback: the first row at or after the first spend with cumulative net ≥ 0, FY2021-22.
        #expect(money.rows.map(\.period) == [.financialYear(startYear: 2021), .financialYear(startYear: 2023),
                                              .financialYear(startYear: 2024)])
        #expect(money.rows.map(\.spent) == [608_863, nil, nil])
        #expect(money.rows.map(\.benefitTarget) == [698_400, nil, 3_100_000])
        #expect(money.rows.map(\.benefitActual) == [1_961_000, 4_321_000, 10_307_000])
        #expect(money.rows.map(\.cumulativeNet) == [1_352_137, 5_673_137, 15_980_137])
        #expect(money.paybackRow?.period == .financialYear(startYear: 2021))
    }

    @Test func steppingStonesIssuesDecisionsAndNarrative() throws {
        // Problems that happened are issues: the specialist posts never filled (risk R3,
        // now closed), the 2024-25 staff losses, too few specialist foster carers.
        let stones = try report("stepping-stones")
        #expect(stones.issues.map(\.issue.id) == ["I1", "I2", "I3"])
        #expect(stones.issues.allSatisfy { $0.isOpen && $0.issue.priority == nil && $0.daysOverdue == nil })
        #expect(stones.risks.filter { !$0.isOpen }.map(\.risk.id) == ["R3"])
        // Council approvals: August 2022 and November 2024 made (month-ends); Phase 5,
        // submitted January 2025, awaits a decision with no needed-by date.
        #expect(stones.decisions.map(\.decision.id) == ["DEC1", "DEC2", "DEC3"])
        #expect(stones.decisions.map(\.decision.decided) == [Day(parsing: "2022-08-31"), Day(parsing: "2024-11-30"), nil])
        #expect(stones.decisions.map(\.decision.status) == [.made, .made, .open])
        #expect(stones.decisions.allSatisfy { $0.daysOverdue == nil })
        // The annual report's own message is the narrative.
        let narrative = try #require(stones.programme.narrative)
        #expect(narrative.summary?.contains("surpassed the Year 4 target of £3.1m by £89,728") == true)
        #expect(narrative.achievements.count == 6)
        #expect(narrative.next.count == 5)
    }

    @Test func stocktonBudgetIsToBeConfirmed() throws {
        // The PID's financial position is all TBC and the transformation budget envelope
        // "not identified": funding lines without amounts, so no approved total, no spend
        // and no net benefit. Its approval box is blank: an open decision with no date.
        let stockton = try report("stockton-children-in-our-care")
        #expect(stockton.programme.funding.map(\.id) == ["transformation-envelope", "dfe-homes-grant"])
        #expect(stockton.programme.funding.allSatisfy { $0.approved == nil && $0.spent == nil })
        #expect(stockton.funding?.approvedTotal == nil)
        #expect(stockton.funding?.spentToDate == nil)
        #expect(stockton.netBenefitToDate == nil)
        #expect(stockton.decisions.map(\.decision.status) == [.open])
        #expect(stockton.programme.narrative == nil)
    }

    @Test func steppingStonesWentLiveOnTwelfthJuly2021() throws {
        // Annual report 2024-25, "Progress": "Phase 1 - Went Live on 12th July 2021".
        let goLive = try #require(try report("stepping-stones").milestone("phase-1-go-live"))
        #expect(goLive.milestone.completed == Day(parsing: "2021-07-12"))
        #expect(goLive.state == .complete)
    }

    @Test func kentOpportunityMatrixTotals() throws {
        // Kent 0-25 pack, opportunity matrix: ten savings rows known only for the whole
        // programme, so every savings benefit is unprofiled. Total (all) £17.74m target,
        // £28.20m stretch. Two rows are "Not in implementation" (Adoption £0.30m / £0.50m,
        // descoped; Universal Review £0.50m / £1.70m, KCC to deliver): cancelled, counted
        // nowhere, so the totals scored are the matrix's "Total (excluding adoption and
        // universal)": 1.50 + 1.08 + 0.95 + 7.00 + 4.10 + 1.30 + 0.71 + 0.30 = £16.94m and
        // 1.97 + 2.16 + 1.66 + 10.20 + 6.20 + 2.20 + 0.90 + 0.71 = £26.00m.
        let kent = try report("kent-0-25")
        let savings = kent.benefits.filter { $0.benefit.id.hasPrefix("savings-") }
        #expect(savings.count == 10)
        #expect(savings.allSatisfy { $0.benefit.isUnprofiled && $0.targetToDate == nil })
        #expect(savings.filter(\.benefit.cancelled).map(\.benefit.id)
                == ["savings-adoption", "savings-universal-review"])
        let written = savings.reduce(0.0) { $0 + ($1.benefit.targets?.sum ?? 0) }
        let writtenStretch = savings.reduce(0.0) { $0 + ($1.benefit.stretch?.sum ?? 0) }
        #expect(written == 17_740_000)
        #expect(writtenStretch == 28_200_000)
        let scored = savings.reduce(0.0) { $0 + ($1.totalTarget ?? 0) }
        let scoredStretch = savings.reduce(0.0) { $0 + ($1.totalStretch ?? 0) }
        #expect(scored == 17_740_000 - 300_000 - 500_000)
        #expect(scored == 16_940_000)
        #expect(scoredStretch == 28_200_000 - 500_000 - 1_700_000)
        #expect(scoredStretch == 26_000_000)
        // Nothing is measured to date: no milestones, no benefit with a target profile, no
        // assessed risk, so every part and the whole are not rated (SPEC 3.5, v1.1).
        #expect(kent.completion.percentComplete == nil)
        #expect(kent.realisedToDate == nil)
        #expect(kent.rag.schedule.rag == nil)
        #expect(kent.rag.benefits.rag == nil)
        #expect(kent.rag.risks.rag == nil)
        #expect(kent.rag.overall == nil)
    }

    @Test func norfolkOutreachDateAndProjectedDelay() throws {
        // "up and running by early February 2021": due Friday 5 February 2021, the end of
        // the first working week, not the end of the month.
        let norfolk = try report("norfolk-childrens-transformation")
        let live = try #require(norfolk.milestone("outreach-service-live"))
        #expect(live.milestone.due == Day(parsing: "2021-02-05"))
        // The projected 6-month delay to existing schemes, scored likelihood 5 × impact 2
        // = 10: medium (6 ≤ 10 < 15), so risks are amber; the three CWD milestones are
        // due 31 Dec 2020, 31 Dec 2020 and 5 Feb 2021, all more than 30 days after
        // 13 Nov 2020, so the schedule is green and the programme amber.
        let delay = try #require(norfolk.risks.first { $0.risk.id == "R4" })
        #expect(delay.score == 10)
        #expect(delay.band == .medium)
        #expect(norfolk.rag.risks.rag == .amber)
        #expect(norfolk.rag.risks.drivers == ["R4"])
        #expect(norfolk.rag.schedule.rag == .green)
        // No benefit has a target, so benefits are not rated; nothing is measured to date,
        // and the GBP flow benefits (placement-cost-avoidance, pre-proceedings,
        // cwd-outreach-costs) record no actual, so other realised is 0.
        #expect(norfolk.rag.benefits.rag == nil)
        #expect(norfolk.realisedToDate == nil)
        #expect(norfolk.otherRealisedToDate == 0)
        #expect(norfolk.rag.overall == .amber)
        // Present problems are issues, not risks; the committee's ask is an open decision
        // needed on the meeting day, the as-of date, so not overdue.
        #expect(norfolk.issues.map(\.issue.id) == ["I1", "I2"])
        #expect(norfolk.risks.map(\.risk.id) == ["R2", "R4", "R5", "R6"])
        #expect(norfolk.decisions.map(\.decision.neededBy) == [Day(parsing: "2020-11-13")])
        #expect(norfolk.decisions.allSatisfy { $0.isOpen && $0.daysOverdue == nil })
        #expect(norfolk.funding == nil)
        #expect(norfolk.programme.narrative?.next.count == 5)
    }

    @Test func norfolkChildrenInCare() throws {
        // Norfolk update, 13 Nov 2020: 1227 children in care in January 2019; 1103 in September 2020.
        let cic = try benefit("children-in-care", in: "norfolk-childrens-transformation")
        #expect(cic.benefit.kind == .level)
        #expect(cic.benefit.baseline == 1227)
        #expect(cic.benefit.actuals?.value(for: .month(year: 2020, month: 9)) == 1103)
        #expect(cic.latestActual == 1103)
    }

    @Test func stocktonHasMeasuresButNoFiguresYet() throws {
        // The PID: "There are currently 587 children experiencing care". Its placement
        // table totals 635 = Special Guardianship 260 + connected persons 154 + SBC
        // fostering 102 + IFA 119; children on SGOs are not in care, so the in-care
        // baseline is the 587, not the 635 (nor 635 − 260 = 375, which lacks the placement
        // types the table leaves out). Benefits and risks are listed without figures or
        // scores, so none is scored.
        let tableTotal = 260 + 154 + 102 + 119
        #expect(tableTotal == 635)
        let stockton = try report("stockton-children-in-our-care")
        #expect(try benefit("children-in-care", in: "stockton-children-in-our-care").benefit.baseline == 587)
        #expect(stockton.benefits.count == 14)
        #expect(stockton.benefits.allSatisfy { $0.benefit.isUnquantified })
        #expect(stockton.risks.count == 11)
        #expect(stockton.risks.allSatisfy { $0.score == nil })
        // As of 31 Oct 2023: workshops due that day and process mapping due 30 Nov (30 days
        // on, the edge of due_soon_days) are due soon, so the schedule is amber; no benefit
        // or risk is scored, so those parts are not rated and the whole is amber. Planned:
        // 1 of 37 milestones due by as_of = 2.7%.
        #expect(stockton.dueSoon.map(\.milestone.id) == ["commissioning-workshops", "process-mapping"])
        #expect(stockton.rag.schedule.rag == .amber)
        #expect(stockton.rag.benefits.rag == nil)
        #expect(stockton.rag.risks.rag == nil)
        #expect(stockton.rag.overall == .amber)
        #expect(stockton.milestones.count == 37)
        #expect(stockton.completion.plannedPercent == 100.0 / 37)
        #expect(stockton.realisedToDate == nil)
    }
}
