import Testing
@testable import WaymarkKit

/// What `diff` and `pack --since` say about funding, issues, decisions and the narrative.
@Suite struct HighlightDiffTests {
    static let then = """
        programme: {id: p, name: P, as_of: 2024-03-31}
        funding:
          - {id: f1, title: First case, approved: 1000, spent: {FY2023-24: 300}}
          - {id: f2, title: Dropped case, approved: 50}
        issues:
          - {id: I1, title: Post unfilled, priority: high, escalated: true}
          - {id: I2, title: Lease late, priority: low}
          - {id: I3, title: Lift broken, priority: medium}
        decisions:
          - {id: DEC1, title: Extend to 2027, needed_by: 2024-04-30}
        report:
          summary: On track.
          achievements: [Hub opened]
          next: [Recruit]
        """

    static let now = """
        programme: {id: p, name: P, as_of: 2024-04-30}
        funding:
          - {id: f1, title: First case, approved: 1200, spent: {FY2023-24: 300, FY2024-25: 100}}
          - {id: f3, title: Capital, type: capital, approved: 150000}
        issues:
          - {id: I1, title: Post unfilled, priority: high, escalated: true, status: resolved, resolution: Redesignated}
          - {id: I2, title: Lease late, priority: low, escalated: true}
          - {id: I3, title: Lift broken, priority: medium}
          - {id: I4, title: Staff sickness, priority: medium}
        decisions:
          - {id: DEC1, title: Extend to 2027, needed_by: 2024-04-30, status: made, decided: 2024-04-20, outcome: Approved by Cabinet}
          - {id: DEC2, title: Fourth home, needed_by: 2024-09-30}
        report:
          summary: Pebble House opened.
          achievements: [Hub opened, Pebble House opened]
          next: [Recruit]
        """

    @Test func wordingOfEachChange() throws {
        let diff = ProgrammeDiff(then: try #require(Inputs.report(Self.then)), now: try #require(Inputs.report(Self.now)))
        #expect(diff.status == .changed)
        let sections = HistoryWording.sections(diff, style: .plain).map { section in
            (section.title, section.lines.map { "\($0.label) \($0.item.id): \($0.detail)" })
        }
        // f1: approved 1,000 → 1,200; spent to date 300 (31 Mar: FY2024-25 not started) →
        // 400 (30 Apr: FY2024-25 has started). f2 gone, f3 new with no spend given.
        #expect(sections.map(\.0) == ["Funding", "Issues", "Decisions", "Board narrative"])
        #expect(sections[0].1 == [
            "Added f3: new line: approved £150,000, spent to date not given",
            "Changed f1: approved £1,000 → £1,200 (↑ up £200); spent to date £300 → £400 (↑ up £100)",
            "Removed f2: no longer in the file (was approved £50)",
        ])
        #expect(sections[1].1 == [
            "Raised I4: new, open, medium priority",
            "Resolved I1: resolved: Redesignated",
            "Escalated I2: escalated to the board, low priority",
        ])
        #expect(sections[2].1 == [
            "Made DEC1: made 20 Apr 2024: Approved by Cabinet",
            "Asked of the board DEC2: new, open, needed by 30 Sep 2024",
        ])
        #expect(sections[3].1 == [
            "Rewritten report: summary now: Pebble House opened.; new achievements: Pebble House opened",
        ])
        // Spend 300 → 400; no benefits, so net is 0 − spend: −300 → −400.
        #expect(diff.spentToDate == FigureShift(then: 300, now: 400))
        #expect(diff.netBenefitToDate == FigureShift(then: -300, now: -400))
    }

    @Test func unchangedHighlightReportsNothing() throws {
        let report = try #require(Inputs.report(Self.then))
        let diff = ProgrammeDiff(then: report, now: report)
        #expect(diff.status == .unchanged)
        #expect(diff.funding.isEmpty && diff.issues.isEmpty && diff.decisions.isEmpty && diff.narrative == nil)
    }

    @Test func jsonDiffNamesTheNewLists() throws {
        let then = Inputs.check(Self.then)
        let now = Inputs.check(Self.now)
        let diff = PortfolioDiff(then: ProgrammeSnapshot(revision: nil, result: then, repositoryPaths: [:]), now: ProgrammeSnapshot(revision: nil, result: now, repositoryPaths: [:]))
        let json = JSONDiffRenderer().render(diff)
        for key in ["\"funding\"", "\"issues\"", "\"decisions\"", "\"narrative\"", "\"spent_to_date\"", "\"net_benefit_to_date\""] {
            #expect(json.contains(key), "\(key)")
        }
        #expect(json.contains("\"kind\" : \"made\""))
        // Spend 300 → 400 and net −300 → −400, as in wordingOfEachChange.
        let text = TextDiffRenderer().render(diff)
        #expect(text.contains("  Spent to date:    £300 → £400; net benefit −£300 → −£400"))
        // Labels are padded to the longest in the section, "Asked of the board" (18).
        #expect(text.contains("    Made" + String(repeating: " ", count: 14)
                              + "  DEC1  Extend to 2027: made 20 Apr 2024: Approved by Cabinet"))
        let markdown = MarkdownDiffRenderer().render(diff)
        #expect(markdown.contains("| Spent to date | £300 | £400 | ↑ up £100 |"))
        #expect(markdown.contains("### Decisions"))
    }
}

/// `history` shows spend and net benefit to date at each commit.
@Suite struct HighlightHistoryTests {
    @Test func spentAndNetByCommit() {
        // As of 31 Mar 2024: spent FY2023-24 300 (started) + FY2024-25 100 (not yet) = 300;
        // benefit actual to date 120; net 120 − 300 = −180.
        let result = Inputs.check("""
            programme: {id: p, name: P, as_of: 2024-03-31}
            funding:
              - {id: f1, title: First case, approved: 1000, spent: {FY2023-24: 300, FY2024-25: 100}}
            benefits:
              - {id: b, title: B, unit: GBP, targets: {FY2023-24: 200}, actuals: {FY2023-24: 120}}
            """)
        let commit = GitRepository.LogEntry(commit: String(repeating: "a", count: 40), date: Inputs.day("2024-04-02"),
                                            subject: "March figures", path: "programmes/p.yaml")
        let entry = ProgrammeHistory.Entry(commit: commit, result: result)
        #expect(entry.spentToDate == 300)
        #expect(entry.netBenefitToDate == -180)
        let history = ProgrammeHistory(path: "programmes/p.yaml", entries: [entry], isShallow: false)
        #expect(HistorySection.table(history).contains("| £120 | £200 | £300 | −£180 | March figures |"))
        #expect(HistoryFormat.json.render(history).contains("\"spent_to_date\" : 300"))
    }
}
