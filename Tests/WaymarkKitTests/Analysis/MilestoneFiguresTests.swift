import Testing
@testable import WaymarkKit

/// SPEC 3.1 and 3.2, with every figure worked out by hand in the comments.
@Suite struct MilestoneFiguresTests {
    let asOf = Inputs.day("2024-03-31")

    private func status(_ yaml: String, thresholds: Thresholds = Thresholds()) -> MilestoneStatus? {
        guard case let .programme(p)? = Inputs.load(header + "milestones:\n  - " + yaml).content,
              let m = p.milestones.first else { return nil }
        return MilestoneStatus(m, asOf: asOf, thresholds: thresholds)
    }

    @Test func dueTodayIsDueSoonNotOverdue() {
        let s = status("{id: m, title: T, due: 2024-03-31}")
        #expect(s?.state == .dueSoon)
        #expect(s?.rag == .amber)
        #expect(s?.daysOverdue == 0)
    }

    @Test func dueYesterdayIsOverdueByOneDay() {
        let s = status("{id: m, title: T, due: 2024-03-30}")
        #expect(s?.state == .overdue)
        #expect(s?.daysOverdue == 1)
        #expect(s?.rag == .red)
    }

    @Test func monthOnlyDueCountsFromTheMonthEnd() {
        // Due 2024-02 is 29 Feb 2024 (a leap year): 31 Mar − 29 Feb = 31 days.
        #expect(status("{id: m, title: T, due: 2024-02}")?.daysOverdue == 31)
    }

    @Test func dueSoonWindowEdges() {
        // as_of + 30 days = 30 Apr 2024: due then is due soon; a day later is on track.
        #expect(status("{id: m, title: T, due: 2024-04-30}")?.state == .dueSoon)
        #expect(status("{id: m, title: T, due: 2024-05-01}")?.state == .onTrack)
        #expect(status("{id: m, title: T, due: 2024-05-01}")?.rag == .green)
        var t = Thresholds()
        t.dueSoonDays = 31
        #expect(status("{id: m, title: T, due: 2024-05-01}", thresholds: t)?.state == .dueSoon)
    }

    @Test func overdueToleranceMakesSmallLatenessAmber() {
        var t = Thresholds()
        t.overdueToleranceDays = 5
        // 26 Mar → 5 days overdue: within tolerance, amber. 25 Mar → 6 days: red.
        #expect(status("{id: m, title: T, due: 2024-03-26}", thresholds: t)?.rag == .amber)
        #expect(status("{id: m, title: T, due: 2024-03-25}", thresholds: t)?.rag == .red)
        #expect(status("{id: m, title: T, due: 2024-03-25}", thresholds: t)?.state == .overdue)
    }

    @Test func forecastIsTheEffectiveDateAndSlippageIsMeasuredFromDue() {
        // Due 31 Jan, forecast 30 Jun: 29 (Feb) + 31 + 30 + 31 + 30 = 151 days slipped, on track.
        let s = status("{id: m, title: T, due: 2024-01, forecast: 2024-06-30}")
        #expect(s?.state == .onTrack)
        #expect(s?.slippedDays == 151)
        #expect(s?.rag == .amber)
        // A forecast earlier than due is not slippage.
        #expect(status("{id: m, title: T, due: 2024-09, forecast: 2024-08}")?.slippedDays == 0)
        // Overdue against the forecast: 31 Mar − 20 Mar = 11 days.
        #expect(status("{id: m, title: T, due: 2024-02-01, forecast: 2024-03-20}")?.daysOverdue == 11)
    }

    @Test func completeAndCancelledHaveNoRAG() {
        let done = status("{id: m, title: T, due: 2024-01, completed: 2024-02-10}")
        #expect(done?.state == .complete)
        #expect(done?.rag == nil)
        #expect(done?.progress == 100)
        let hundred = status("{id: m, title: T, due: 2024-01, progress: 100}")
        #expect(hundred?.state == .complete)
        let cancelled = status("{id: m, title: T, due: 2024-01, status: cancelled, progress: 30}")
        #expect(cancelled?.state == .cancelled)
        #expect(cancelled?.rag == nil)
    }

    @Test func percentCompleteAndPlannedIgnoreCancelledWeight() throws {
        // Not cancelled: a (w2, complete) 200, b (w1, 50%) 50, c (w1, 0%) 0 → 250 / 4 = 62.5%.
        // Planned: a and b are due by 31 Mar → weight 3 of 4 = 75%. d (cancelled, w10) counts nowhere.
        let report = try #require(Inputs.report(header + """
            milestones:
              - {id: a, title: A, due: 2024-01, completed: 2024-01-15, weight: 2}
              - {id: b, title: B, due: 2024-03-31, progress: 50}
              - {id: c, title: C, due: 2024-06}
              - {id: d, title: D, due: 2024-02, status: cancelled, weight: 10, progress: 90}
            """))
        #expect(report.completion.percentComplete == 62.5)
        #expect(report.completion.plannedPercent == 75)
    }

    @Test func plannedPercentUsesBaselineNotForecast() throws {
        // Due 31 Jan but forecast June: it was planned by now, so it counts in planned.
        let report = try #require(Inputs.report(header + """
            milestones:
              - {id: a, title: A, due: 2024-01, forecast: 2024-06}
              - {id: b, title: B, due: 2024-09}
            """))
        #expect(report.completion.plannedPercent == 50)
        #expect(report.completion.percentComplete == 0)
    }

    @Test func noMilestonesGivesNullFiguresAndNoScheduleRAG() throws {
        let report = try #require(Inputs.report(header))
        #expect(report.completion.percentComplete == nil)
        #expect(report.completion.plannedPercent == nil)
        #expect(report.rag.schedule.rag == nil)
    }

    @Test func onlyCancelledMilestonesGiveNullFigures() throws {
        let report = try #require(Inputs.report(header + "milestones:\n  - {id: a, title: A, due: 2024-01, status: cancelled}\n"))
        #expect(report.completion.percentComplete == nil)
        #expect(report.rag.schedule.rag == .green)
    }
}
