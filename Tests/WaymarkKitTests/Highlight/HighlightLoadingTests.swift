import Testing
@testable import WaymarkKit

/// Funding, issues, decisions and the narrative (SPEC 1.7-1.9): each mistake at the
/// node it is about, as of 31 Mar 2024. The shared `header` is 4 lines, so a body's first line is line 5.
@Suite struct HighlightLoadingTests {
    private func findings(_ body: String) -> [String] {
        Inputs.check(header + body).diagnostics.map {
            "\($0.location.line ?? 0):\($0.location.column ?? 0) \($0.code.rawValue)"
        }
    }

    @Test func everyKeyIsRead() throws {
        let report = try #require(Inputs.report(header + """
            milestones:
              - {id: hub-team, title: Hub team, due: 2024-06-30}
            funding:
              - id: bc-2019
                title: Original business case
                type: capital
                approved: 2066000
                spent: {FY2021-22: 608863}
                notes: N
                source: S
            issues:
              - id: I1
                title: Post never filled
                owner: Service Manager
                priority: high
                raised: 2023-05-01
                resolve_by: 2024-06-30
                status: resolved
                resolution: Redesignated
                escalated: true
                affects: [hub-team, bc-2019]
            decisions:
              - id: DEC1
                title: Extend
                needed_by: 2024-11-30
                status: made
                decided: 2024-02-20
                outcome: Approved by Cabinet
                affects: DEC1
            report:
              summary: On track.
              achievements: [Pebble House opened, Business case approved]
              next: Recruit
            """))
        #expect(report.programme.funding.map(\.id) == ["bc-2019"])
        let line = try #require(report.programme.funding.first)
        #expect(line.type == .capital)
        #expect(line.approved == .figure(2_066_000))
        #expect(line.spent?.profile?.entries.map(\.period) == [.financialYear(startYear: 2021)])
        let issue = try #require(report.programme.issues.first)
        #expect(issue.priority == .high && issue.status == .resolved && issue.escalated)
        #expect(issue.raised == Inputs.day("2023-05-01") && issue.resolveBy == Inputs.day("2024-06-30"))
        #expect(issue.affects.map(\.text) == ["hub-team", "bc-2019"])
        let decision = try #require(report.programme.decisions.first)
        #expect(decision.status == .made && decision.decided == Inputs.day("2024-02-20"))
        #expect(decision.outcome == "Approved by Cabinet" && decision.affects.map(\.text) == ["DEC1"])
        #expect(report.programme.narrative?.summary == "On track.")
        #expect(report.programme.narrative?.achievements == ["Pebble House opened", "Business case approved"])
        #expect(report.programme.narrative?.next == ["Recruit"])
        #expect(Inputs.check(header).diagnostics.isEmpty)
    }

    @Test func mistakesInEachNewListAtTheirLines() {
        // Line 5 is `funding:`; each finding's line and column is counted from there.
        #expect(findings("""
            funding:
              - id: f1
                title: F
                type: grant
                approved: {FY2024: 10}
                spent: "100"
                aproved: 3
            issues:
              - id: I1
                title: I
                priority: urgent
                raised: 1 May 2024
                escalated: yes
                ownr: X
            decisions:
              - id: DEC1
                title: D
                needed_by: 30/11/2024
                status: decided
            report:
              summary: S
              achievments: [A]
              next: [{a: b}]
            """) == [
            "8:11 wrong-type",        // type: grant
            "9:16 invalid-period",   // FY2024
            "10:12 wrong-type",       // quoted number
            "11:5 unknown-key",       // aproved
            "15:15 wrong-type",       // priority: urgent
            "16:13 invalid-date",     // 1 May 2024
            "17:16 wrong-type",       // escalated: yes
            "18:5 unknown-key",       // ownr
            "22:16 invalid-date",     // 30/11/2024
            "23:13 wrong-type",       // status: decided
            "26:3 unknown-key",       // achievments
            "27:10 wrong-type",       // a mapping in 'next'
        ])
    }

    @Test func unknownKeySuggestsTheNearest() {
        let messages = Inputs.check(header + "funding:\n  - {id: f, title: F, aproved: 1}\n").diagnostics.map(\.message)
        #expect(messages == ["funding line 'f' has unknown key 'aproved'; did you mean 'approved'?"])
    }

    @Test func budgetBesideFundingIsInconsistent() {
        let result = Inputs.check("""
            programme:
              id: p
              name: P
              budget: {investment: 10, spent: 5}
            funding:
              - {id: f, title: F, approved: 10}
            """)
        #expect(result.positions == ["4:11 inconsistent"])
        #expect(result.diagnostics.first?.message.contains("both 'budget' and 'funding'") == true)
    }

    @Test func decisionMadeWithoutDateIsInconsistent() {
        #expect(findings("decisions:\n  - {id: D1, title: D, status: made}\n") == ["6:32 inconsistent"])
        // With the date, it is fine.
        #expect(findings("decisions:\n  - {id: D1, title: D, status: made, decided: 2024-01-05}\n").isEmpty)
    }

    @Test func idsAreSharedWithFundingIssuesAndDecisions() {
        let result = Inputs.check(header + """
            milestones:
              - {id: bc-2019, title: Business case approved, due: 2024-06-30}
            funding:
              - {id: bc-2019, title: Original business case}
            issues:
              - {id: bc-2019, title: Clash}
            decisions:
              - {id: I9, title: Fine}
            """)
        #expect(result.positions == ["8:10 duplicate-id", "10:10 duplicate-id"])
        #expect(result.diagnostics.first?.message
                == "funding line id 'bc-2019' is already used by a milestone at line 6; ids are unique across all lists of a programme")
    }

    @Test func affectsMayNameAnyIdOfTheProgramme() {
        let result = Inputs.check(header + """
            risks:
              - {id: R1, title: R, likelihood: 1, impact: 1}
            funding:
              - {id: f1, title: F}
            issues:
              - {id: I1, title: I, affects: [R1, f1, D1, I1, nowhere]}
            decisions:
              - {id: D1, title: D, affects: [other/m1]}
            """)
        #expect(result.positions == ["10:50 unknown-reference", "12:34 unknown-reference"])
        #expect(result.diagnostics.first?.message == "issue 'I1' refers to 'nowhere', but this programme has no item with that id")
    }

    @Test func overlappingFundingPeriodsAreRefused() {
        // Column 46 is where 2024-07 starts. With an April year, 2024-07 falls inside FY2024-25: the same days counted twice.
        #expect(findings("funding:\n  - {id: f, title: F, spent: {FY2024-25: 10, 2024-07: 5}}\n") == ["6:46 invalid-period"])
    }

    @Test func highlightWarningsAtTheirLines() {
        // As of 2024-03-31: I1 was due 2024-03-01 (30 days late) and is high but not
        // escalated; I2 is high and escalated, due later; I3 is resolved (no warning
        // although late); DEC1 was needed 2024-03-30 (1 day late); DEC2 is made.
        let result = Inputs.check(header + """
            issues:
              - id: I1
                title: Late
                priority: high
                resolve_by: 2024-03-01
              - {id: I2, title: Escalated, priority: high, escalated: true, resolve_by: 2024-04-30}
              - {id: I3, title: Done, status: resolved, resolve_by: 2023-01-01, priority: high}
              - {id: I4, title: Not yet escalated, priority: high, escalated: false}
            decisions:
              - {id: DEC1, title: Late, needed_by: 2024-03-30}
              - {id: DEC2, title: Made, needed_by: 2023-03-30, status: made, decided: 2023-03-01}
            """)
        #expect(result.diagnostics.map { "\($0.location.line ?? 0):\($0.location.column ?? 0) \($0.code.rawValue): \($0.message)" } == [
            "8:15 issue-not-escalated: issue 'I1' is open and high priority but not escalated to the board (set 'escalated: true' once it is)",
            "9:17 issue-overdue: issue 'I1' was to be resolved by 2024-03-01 and is still open (30 days late)",
            "12:67 issue-not-escalated: issue 'I4' is open and high priority but not escalated to the board (set 'escalated: true' once it is)",
            "14:40 decision-overdue: decision 'DEC1' was needed by 2024-03-30 and is still open (1 day late)",
        ])
        let report = Inputs.report(header + """
            issues:
              - {id: I1, title: Late, resolve_by: 2024-03-01}
              - {id: I3, title: Done, status: resolved, resolve_by: 2023-01-01}
            decisions:
              - {id: DEC1, title: Late, needed_by: 2024-03-30}
              - {id: DEC2, title: Soon, needed_by: 2024-04-30}
            """)
        #expect(report?.issues.map(\.daysOverdue) == [30, nil])
        #expect(report?.decisions.map(\.daysOverdue) == [1, nil])
    }
}
