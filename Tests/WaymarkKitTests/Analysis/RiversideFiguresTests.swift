import Foundation
import Testing
@testable import WaymarkKit

/// The running example of docs/FORMAT.md: Riverside Family Hubs
/// (`Fixtures/programmes/riverside-hubs.yaml`) as at 30 September 2024. Every figure
/// the reference quotes is worked out by hand there and again here, so the reference
/// and Waymark cannot drift apart unnoticed.
@Suite struct RiversideFiguresTests {
    static let result = Waymark.check(paths: [Fixtures.path("programmes/riverside-hubs.yaml")], asOf: nil,
                                      today: Day(year: 2026, month: 1, day: 1)!)

    private func report() throws -> ProgrammeReport {
        try #require(Self.result.reports.first { $0.programme.id == "riverside-hubs" })
    }

    @Test func theFileIsCheckedAsAtItsOwnDate() throws {
        #expect(Self.result.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(try report().asOf == Day(year: 2024, month: 9, day: 30))
    }

    @Test func milestoneStates() throws {
        let r = try report()
        // North hub: forecast 15 Sep < 30 Sep, overdue 15 days, red (tolerance 0);
        // slipped 30 Jun → 15 Sep = 31 + 31 + 15 = 77 days.
        let north = try #require(r.milestone("north-hub-open"))
        #expect(north.state == .overdue && north.daysOverdue == 15 && north.slippedDays == 77 && north.rag == .red)
        // South hub: due 15 Oct, after 30 Sep and no later than 30 Sep + 30 days = 30 Oct.
        let south = try #require(r.milestone("south-hub-open"))
        #expect(south.state == .dueSoon && south.rag == .amber)
        // Training: due 31 Mar 2025, after 30 Oct.
        let training = try #require(r.milestone("training"))
        #expect(training.state == .onTrack && training.rag == .green)
        #expect(try #require(r.milestone("business-case")).state == .complete)
        #expect(try #require(r.milestone("website")).state == .cancelled)
    }

    @Test func percentCompleteAndPlanned() throws {
        // Weights 1, 2, 2, 1 (the website is cancelled): 1×100 + 2×90 + 2×40 + 1×20 = 380 over 6.
        // Due by 30 Sep: the business case (1) and the north hub (2): 3 of 6.
        let completion = try report().completion
        #expect(completion.percentComplete.map { abs($0 - 380.0 / 6) < 1e-9 } == true)
        #expect(completion.plannedPercent == 50)
    }

    @Test func flowBenefitToDate() throws {
        let savings = try #require(try report().benefits.first { $0.benefit.id == "placement-savings" })
        // FY2023-24 has ended: 200,000. FY2024-25: 183 of 365 days, 400,000 × 183 ÷ 365.
        let target = 200_000 + 400_000 * 183.0 / 365
        #expect(savings.targetToDate.map { abs($0 - target) < 1e-6 } == true)
        #expect(abs(target - 400_547.95) < 0.01)
        #expect(savings.actualToDate == 330_000)
        // 330,000 ÷ 400,547.95 = 0.824: at least 0.8, below 1.
        #expect(savings.realisation.map { abs($0 - 330_000 / target) < 1e-12 } == true)
        #expect(savings.rag == .amber)
        #expect(savings.totalTarget == 600_000 && savings.totalActual == 330_000 && savings.totalStretch == 500_000)
    }

    @Test func levelBenefit() throws {
        let children = try #require(try report().benefits.first { $0.benefit.id == "children-in-care" })
        // FY2024-25 has no actual, so FY2023-24 is compared: (284 − 300) ÷ (290 − 300) = 1.6.
        #expect(children.comparisonPeriod == .financialYear(startYear: 2023))
        #expect(children.realisation.map { abs($0 - 1.6) < 1e-12 } == true)
        #expect(children.rag == .green)
        #expect(children.latestActual == 284)
        let outcomes = try #require(try report().benefits.first { $0.benefit.id == "family-outcomes" })
        #expect(outcomes.realisation == nil && outcomes.rag == nil)
    }

    @Test func risks() throws {
        let risks = try report().risks
        func risk(_ id: String) throws -> RiskStatus { try #require(risks.first { $0.risk.id == id }) }
        #expect(try risk("R1").score == 16 && risk("R1").band == .high)      // 4 × 4
        #expect(try risk("R2").score == 9 && risk("R2").band == .medium)     // 3 × 3
        #expect(try risk("R3").score == nil && risk("R3").band == nil)       // unassessed
        #expect(try risk("R4").isOpen == false)                              // 25, but closed
    }

    @Test func ragRollUp() throws {
        let rag = try report().rag
        #expect(rag.schedule.rag == .red)    // the north hub is red
        #expect(rag.benefits.rag == .amber)  // the worst benefit: placement savings
        #expect(rag.risks.rag == .red)       // R1 is open and high
        #expect(rag.overall == .red)
    }

    @Test func headlineMoney() throws {
        let r = try report()
        // Only placement savings is in GBP: 330,000 against 400,547.95. Net benefit:
        // 330,000 − 450,000 spent (the budget shorthand) = −120,000.
        #expect(r.realisedToDate == 330_000)
        #expect(r.targetToDate.map { abs($0 - 400_547.945_205) < 1e-3 } == true)
        #expect(r.otherRealisedToDate == 0)      // no other GBP benefit, no actual outside the profile
        #expect(r.netBenefitToDate == -120_000)
    }

    @Test func dependencyIsNinetyOneDaysLate() {
        // Needed by 1 Jul 2024, open on 30 Sep: 30 + 31 + 30 = 91 days.
        let late = Self.result.diagnostics.filter { $0.code == .dependencyOverdue }
        #expect(late.count == 1)
        #expect(late.first?.message.contains("91 days late") == true)
    }
}
