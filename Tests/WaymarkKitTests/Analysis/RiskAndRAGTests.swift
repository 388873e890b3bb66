import Testing
@testable import WaymarkKit

/// SPEC 3.4 to 3.6.
@Suite struct RiskAndRAGTests {
    @Test(arguments: [(1, 5, RiskBand.low), (2, 3, .medium), (3, 4, .medium), (2, 6 / 2 * 2, .medium),
                      (3, 5, .high), (5, 5, .high), (1, 1, .low)])
    func defaultBands(likelihood: Int, impact: Int, band: RiskBand) {
        // Low 1–5, medium 6–12, high 15–25.
        #expect(RiskStatus.band(for: likelihood * impact, thresholds: Thresholds()) == band)
    }

    @Test func bandEdges() {
        let t = Thresholds()
        #expect(RiskStatus.band(for: 5, thresholds: t) == .low)
        #expect(RiskStatus.band(for: 6, thresholds: t) == .medium)
        #expect(RiskStatus.band(for: 12, thresholds: t) == .medium)
        #expect(RiskStatus.band(for: 15, thresholds: t) == .high)
    }

    @Test func scoreAndUnassessed() throws {
        let report = try #require(Inputs.report(header + """
            risks:
              - {id: R1, title: A, likelihood: 4, impact: 5, target: {likelihood: 2, impact: 3}}
              - {id: R2, title: B, likelihood: 3}
            """))
        #expect(report.risks[0].score == 20)
        #expect(report.risks[0].band == .high)
        #expect(report.risks[0].targetScore == 6)
        #expect(report.risks[1].score == nil)
        #expect(report.risks[1].band == nil)
    }

    @Test func closedRisksDoNotCountInTheRAG() throws {
        let report = try #require(Inputs.report(header + """
            risks:
              - {id: R1, title: A, likelihood: 5, impact: 5, status: closed}
              - {id: R2, title: B, likelihood: 2, impact: 3}
            """))
        #expect(report.rag.risks == RAGBreakdown.Part(rag: .amber, drivers: ["R2"]))
    }

    @Test func noRisksIsNotRated() throws {
        // SPEC 3.5 (v1.1): risks are rated only from open assessed risks; none → not rated.
        // (v1 rated an empty register green.)
        let risks = try #require(Inputs.report(header)).rag.risks
        #expect(risks.rag == nil)
        #expect(risks.notRated == .noAssessedRisks)
    }

    @Test func risksAllUnassessedOrClosedAreNotRated() throws {
        // R1 and R2 are open but have no score (R2 has only a likelihood); R3 is scored 25
        // but closed, so it counts nowhere but the register. No open risk is assessed.
        let report = try #require(Inputs.report(header + """
            risks:
              - {id: R1, title: A}
              - {id: R2, title: B, likelihood: 4}
              - {id: R3, title: C, likelihood: 5, impact: 5, status: closed}
            """))
        #expect(report.rag.risks == RAGBreakdown.Part(notRated: .noAssessedRisks))
        #expect(report.rag.risks.label == "not rated (no assessed risks)")
    }

    @Test func oneLowAssessedRiskAmongUnassessedIsGreen() throws {
        // R2 scores 1 × 5 = 5, below risk_medium 6: low. R1 is unassessed and not counted.
        let report = try #require(Inputs.report(header + """
            risks:
              - {id: R1, title: A}
              - {id: R2, title: B, likelihood: 1, impact: 5}
            """))
        #expect(report.rag.risks == RAGBreakdown.Part(rag: .green, drivers: []))
    }

    @Test func allThreePartsNotRatedMakeTheWholeNotRated() throws {
        // No milestones; one benefit with no targets (unquantified, never scored); one risk
        // with no scores. Each part is not rated, each for its own reason, and so is the whole.
        let report = try #require(Inputs.report(header + """
            benefits:
              - {id: b, title: B, unit: GBP, actuals: {FY2023-24: 100}}
            risks:
              - {id: R1, title: A}
            """))
        #expect(report.rag.schedule == RAGBreakdown.Part(notRated: .noMilestones))
        #expect(report.rag.benefits == RAGBreakdown.Part(notRated: .noMeasuredBenefits))
        #expect(report.rag.risks == RAGBreakdown.Part(notRated: .noAssessedRisks))
        #expect(report.rag.overall == nil)
        #expect(report.rag.overallNotRated == .noPartRated)
        #expect(report.rag.part(.overall).label == "not rated (no milestones, no measured benefits and no assessed risks)")
    }

    @Test func onlyCompleteMilestonesKeepTheScheduleGreen() throws {
        // SPEC 3.5 leaves the schedule unrated only when there are no milestones; a
        // programme whose milestones are all complete or cancelled is green.
        let report = try #require(Inputs.report(header + """
            milestones:
              - {id: a, title: A, due: 2024-01, completed: 2024-01-20}
              - {id: b, title: B, due: 2024-02, status: cancelled}
            """))
        #expect(report.rag.schedule == RAGBreakdown.Part(rag: .green, drivers: []))
        #expect(report.rag.overall == .green)
        #expect(report.rag.overallNotRated == nil)
    }

    @Test func rollUpTakesTheWorstAndNamesTheItemsBehindIt() throws {
        let report = try #require(Inputs.report(header + """
            milestones:
              - {id: late, title: A, due: 2024-03-01}
              - {id: soon, title: B, due: 2024-04-10}
              - {id: fine, title: C, due: 2024-12}
            benefits:
              - {id: b1, title: B, unit: GBP, targets: {FY2023-24: 100}, actuals: {FY2023-24: 90}}
            risks:
              - {id: R1, title: A, likelihood: 2, impact: 4}
            """))
        #expect(report.rag.schedule == RAGBreakdown.Part(rag: .red, drivers: ["late"]))
        #expect(report.rag.benefits == RAGBreakdown.Part(rag: .amber, drivers: ["b1"]))
        #expect(report.rag.risks == RAGBreakdown.Part(rag: .amber, drivers: ["R1"]))
        #expect(report.rag.overall == .red)
    }

    @Test func overallIgnoresNullParts() throws {
        // No milestones and no scored benefits: overall is the risks part alone (R1 scores
        // 2 × 4 = 8, medium, amber).
        let report = try #require(Inputs.report(header + """
            benefits:
              - {id: b, title: B, unit: GBP}
            risks:
              - {id: R1, title: A, likelihood: 2, impact: 4}
            """))
        #expect(report.rag.schedule.rag == nil)
        #expect(report.rag.benefits.rag == nil)
        #expect(report.rag.overall == .amber)
    }

    @Test func programmeThresholdsOverridePortfolioWhichOverridesDefaults() throws {
        let portfolio = """
            portfolio:
              name: Children's services
              as_of: 2024-03-31
              thresholds: {risk_medium: 4, risk_high: 10, due_soon_days: 10}
            """
        let programme = """
            programme:
              id: p
              name: P
              thresholds: {risk_high: 20}
            milestones:
              - {id: m, title: M, due: 2024-04-15}
            risks:
              - {id: R1, title: A, likelihood: 3, impact: 4}
            """
        let result = Inputs.check([("portfolio.yaml", portfolio), ("p.yaml", programme)], today: Inputs.day("2030-01-01"))
        let report = try #require(result.reports.first)
        // as_of from the portfolio; due_soon 10 days from the portfolio: 15 Apr is 15 days away.
        #expect(report.asOf == Inputs.day("2024-03-31"))
        #expect(report.milestones[0].state == .onTrack)
        // risk_medium 4 (portfolio), risk_high 20 (programme): 12 is medium.
        #expect(report.settings.thresholds.riskMedium == 4)
        #expect(report.settings.thresholds.riskHigh == 20)
        #expect(report.risks[0].band == .medium)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test func asOfPrecedence() throws {
        let programme = "programme: {id: p, name: P, as_of: 2024-01-31}\n"
        let today = Inputs.day("2025-06-01")
        #expect(Inputs.check(programme, today: today).reports.first?.asOf == Inputs.day("2024-01-31"))
        #expect(Inputs.check(programme, asOf: Inputs.day("2024-02-29"), today: today).reports.first?.asOf == Inputs.day("2024-02-29"))
        #expect(Inputs.check("programme: {id: p, name: P}\n", today: today).reports.first?.asOf == today)
    }

    @Test func secondPortfolioFileIsAnError() {
        let result = Inputs.check([("a.yaml", "portfolio: {name: A}\n"), ("b.yaml", "portfolio: {name: B}\n")])
        #expect(result.diagnostics.map(\.code) == [.duplicatePortfolio])
    }
}
