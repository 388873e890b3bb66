import Testing
@testable import WaymarkKit

/// Each warning of SPEC 2, at the node it is about (as of 31 Mar 2024).
@Suite struct AttentionWarningTests {
    private func warnings(_ body: String) -> [String] {
        Inputs.check(header + body).diagnostics
            .filter { $0.severity != .error }
            .map { "\($0.location.line ?? 0):\($0.location.column ?? 0) \($0.code.rawValue): \($0.message)" }
    }

    @Test func overdueDueSoonAndSlipped() {
        #expect(warnings("""
            milestones:
              - id: late
                title: Late
                due: 2024-03-01
              - id: soon
                title: Soon
                due: 2024-03-31
              - id: moved
                title: Moved
                due: 2024-04-30
                forecast: 2024-07-31
            """) == [
            "8:10 overdue: milestone 'late' is overdue by 30 days (due 2024-03-01)",
            "11:10 due-soon: milestone 'soon' is due today (due 2024-03-31)",
            "15:15 slipped: milestone 'moved' has slipped 92 days (baseline 2024-04-30, forecast 2024-07-31)",
        ])
    }

    @Test func blockedAndDependencyConflict() {
        #expect(warnings("""
            milestones:
              - {id: a, title: A, due: 2024-03-20}
              - {id: b, title: B, due: 2024-09-30}
              - {id: c, title: C, due: 2024-12-31, depends_on: [a]}
              - {id: d, title: D, due: 2024-08-31, depends_on: [b]}
              - {id: e, title: E, due: 2024-06-30, depends_on: [done]}
              - {id: done, title: Done, due: 2024-12-31, completed: 2024-02-01}
            """) == [
            "6:28 overdue: milestone 'a' is overdue by 11 days (due 2024-03-20)",
            "8:53 blocked: milestone 'c' depends on 'a', which is overdue by 11 days",
            "9:53 dependency-conflict: milestone 'd' is planned for 2024-08-31, before 'b' it depends on (2024-09-30)",
        ])
    }

    @Test func futureCompletionStillCountsAsComplete() throws {
        let body = "milestones:\n  - {id: m, title: M, due: 2024-03, completed: 2024-04-02}\n"
        #expect(warnings(body) == [
            "6:48 future-completion: milestone 'm' has a completion date 2024-04-02 after the as-of date 2024-03-31",
        ])
        #expect(Inputs.report(header + body)?.milestones.first?.state == .complete)
    }

    @Test func benefitWarnings() {
        #expect(warnings("""
            benefits:
              - id: behind
                title: Behind
                unit: GBP
                targets: {FY2023-24: 100}
                actuals: {FY2023-24: 50, FY2024-25: 70}
              - id: unquantified
                title: Unquantified
                unit: children
            """) == [
            "6:5 benefit-behind: benefit 'behind' is red: 50% of its target to date",
            "10:30 future-actual: benefit 'behind' has an actual for FY2024-25, which starts after the as-of date 2024-03-31; it is not counted",
            "11:5 unquantified-benefit: benefit 'unquantified' has no targets, so it is listed but not measured",
        ])
    }

    @Test func riskWarningsForOpenRisksOnly() {
        #expect(warnings("""
            risks:
              - {id: R1, title: A, likelihood: 2, impact: 2, review_by: 2024-03-30}
              - {id: R2, title: B}
              - {id: R3, title: C, status: closed, review_by: 2023-01-01}
            """) == [
            "6:61 risk-review-overdue: risk 'R1' was due for review on 2024-03-30, 1 day ago",
            "7:5 unassessed-risk: risk 'R2' has no likelihood and impact scores, so it is not scored",
        ])
    }

    @Test func dependencyOverdueUnlessMet() {
        #expect(warnings("""
            dependencies:
              - {id: D1, title: Funding, needed_by: 2024-03-01}
              - {id: D2, title: Rota, needed_by: 2024-03-01, status: met}
              - {id: D3, title: Later, needed_by: 2024-03-31}
            """) == [
            "6:41 dependency-overdue: dependency 'D1' was needed by 2024-03-01 and is not met (30 days late)",
        ])
    }

    @Test func confidenceMismatchOnlyWhenDeclaredGreenishAndComputedRed() {
        let red = "milestones:\n  - {id: m, title: M, due: 2024-01}\n"
        let programme = { (confidence: String) in
            "programme:\n  id: p\n  name: P\n  as_of: 2024-03-31\n  confidence: \(confidence)\n" + red
        }
        let mismatch = Inputs.check(programme("amber-green")).diagnostics.filter { $0.code == .confidenceMismatch }
        #expect(mismatch.map { "\($0.location.line!):\($0.location.column!) \($0.message)" } ==
                ["5:15 declared confidence is amber-green but the computed RAG is red"])
        #expect(Inputs.check(programme("green")).diagnostics.contains { $0.code == .confidenceMismatch })
        #expect(!Inputs.check(programme("amber")).diagnostics.contains { $0.code == .confidenceMismatch })
    }

    @Test func crossProgrammeBlocking() {
        let a = "programme: {id: a, name: A, as_of: 2024-03-31}\nmilestones:\n  - {id: m, title: M, due: 2024-06, depends_on: [b/n]}\n"
        let b = "programme: {id: b, name: B, as_of: 2024-03-31}\nmilestones:\n  - {id: n, title: N, due: 2024-02-29}\n"
        let blocked = Inputs.check([("a.yaml", a), ("b.yaml", b)]).diagnostics.filter { $0.code == .blocked }
        #expect(blocked.map(\.message) == ["milestone 'm' depends on 'b/n', which is overdue by 31 days"])
        #expect(blocked.first?.location.file == "a.yaml")
    }
}
