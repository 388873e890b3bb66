import Testing
@testable import WaymarkKit

/// Properties of the figures (SPEC 3) over many generated programmes. Each test runs a
/// fixed set of seeds, so it is repeatable; a failure names its seed.
@Suite struct AnalysisPropertyTests {
    static let iterations = 400

    /// Runs `body` once per seed with a fresh generator.
    private func forEachSeed(_ body: (inout ProgrammeGenerator, UInt64) -> Void) {
        for seed in 1...UInt64(Self.iterations) {
            var generator = ProgrammeGenerator(seed: seed)
            body(&generator, seed)
        }
    }

    @Test func percentCompleteAndPlannedStayWithin0And100() {
        forEachSeed { g, seed in
            let report = ProgrammeReport(g.programme(), asOf: g.day())
            for value in [report.completion.percentComplete, report.completion.plannedPercent].compactMap({ $0 }) {
                #expect(value.isFinite && (0...100).contains(value), "seed \(seed): \(value)")
            }
        }
    }

    @Test func addingACompleteMilestoneNeverLowersPercentComplete() {
        forEachSeed { g, seed in
            var programme = g.programme()
            let asOf = g.day()
            let before = ProgrammeReport(programme, asOf: asOf).completion.percentComplete ?? 0
            programme.milestones.append(g.milestone(99, complete: true))
            let after = ProgrammeReport(programme, asOf: asOf).completion.percentComplete
            #expect(after != nil, "seed \(seed)")
            #expect((after ?? 0) >= before - 1e-9, "seed \(seed): \(before) → \(after ?? 0)")
        }
    }

    @Test func movingAsOfLaterNeverMakesAnOverdueMilestoneLessOverdue() {
        var checked = 0
        forEachSeed { g, seed in
            let programme = g.programme()
            let earlier = g.day()
            let shift = Int.random(in: 1...800, using: &g.random)
            let first = ProgrammeReport(programme, asOf: earlier).milestones
            let later = ProgrammeReport(programme, asOf: earlier.adding(days: shift)).milestones
            for (a, b) in zip(first, later) where a.state == .overdue {
                checked += 1
                #expect(b.state == .overdue, "seed \(seed): \(a.milestone.id) became \(b.state)")
                #expect(b.daysOverdue == a.daysOverdue + shift, "seed \(seed)")
                #expect(b.rag == .red || b.rag == .amber, "seed \(seed)")
            }
            // And a milestone on track only ever moves towards due soon and overdue.
            for (a, b) in zip(first, later) where a.state == .dueSoon {
                #expect(b.state == .dueSoon || b.state == .overdue, "seed \(seed)")
            }
        }
        #expect(checked > 100, "too few overdue milestones generated to test anything")
    }

    @Test func flowRealisationScalesWithItsActuals() {
        var checked = 0
        forEachSeed { g, seed in
            var benefit = g.flowBenefit(0)
            benefit.actuals = g.profile()
            let asOf = g.day()
            let factor = [0.5, 2, 3, 10].randomElement(using: &g.random)!
            var scaled = benefit
            scaled.actuals = Profile(benefit.actuals!.entries.map { Profile.Entry($0.period, $0.value * factor, at: $0.location) })
            let base = BenefitStatus(benefit, asOf: asOf, financialYearStart: 4, thresholds: Thresholds())
            let more = BenefitStatus(scaled, asOf: asOf, financialYearStart: 4, thresholds: Thresholds())
            #expect(base.targetToDate == more.targetToDate, "seed \(seed)")
            switch (base.realisation, more.realisation) {
            case let (r?, s?):
                checked += 1
                #expect(abs(s - r * factor) <= 1e-9 * max(1, abs(r * factor)), "seed \(seed): \(r) × \(factor) ≠ \(s)")
            case (nil, nil):
                break
            default:
                Issue.record("seed \(seed): realisation present for one and not the other")
            }
        }
        #expect(checked > 100, "too few measured benefits generated to test anything")
    }

    @Test func everyFigureIsFiniteAndEveryOutputRenders() {
        forEachSeed { g, seed in
            let report = ProgrammeReport(g.programme(), asOf: g.day())
            for b in report.benefits {
                for value in [b.targetToDate, b.actualToDate, b.realisation, b.totalTarget, b.totalActual].compactMap({ $0 }) {
                    #expect(value.isFinite, "seed \(seed)")
                }
            }
            for r in report.risks {
                if let score = r.score { #expect((1...25).contains(score), "seed \(seed)") }
            }
            // The overall RAG is the worst of its parts.
            let parts = [report.rag.schedule.rag, report.rag.benefits.rag, report.rag.risks.rag].compactMap { $0 }
            #expect(report.rag.overall == parts.max(), "seed \(seed)")
            let result = CheckResult(files: [], portfolio: nil, reports: [report], diagnostics: [], findings: [])
            #expect(CheckFormat.json.render(result) != "{}\n", "seed \(seed)")
        }
    }
}
