import Foundation
import Testing
@testable import WaymarkKit

/// The comparison itself, pure (no git): every kind of change between two reports.
@Suite struct ProgrammeDiffTests {
    static let then = """
        programme: {id: p, name: P, as_of: 2024-03-31}
        milestones:
          - {id: keep, title: Kept, due: 2024-06-30}
          - {id: drop, title: Dropped, due: 2024-06-30}
          - {id: descope, title: Descoped, due: 2024-02-29}
          - {id: redo, title: Redone, due: 2024-01-31, completed: 2024-01-20}
          - {id: rebase, title: Rebaselined, due: 2024-05-31}
          - {id: pull, title: Pulled in, due: 2024-05-31, forecast: 2024-06-30}
        benefits:
          - {id: b1, title: Retargeted, unit: children, targets: {FY2023-24: 10, FY2024-25: 20}, actuals: {FY2023-24: 9}}
          - {id: b2, title: Old benefit, unit: GBP, targets: {FY2023-24: 100}, actuals: {FY2023-24: 100}}
        risks:
          - {id: R1, title: Reopened, likelihood: 2, impact: 3, status: closed}
          - {id: R2, title: Newly scored}
          - {id: R3, title: Gone, likelihood: 5, impact: 5}
          - {id: R4, title: Down, likelihood: 4, impact: 4}
        dependencies:
          - {id: D1, title: Back open, status: met, needed_by: 2024-12-31}
          - {id: D2, title: Dropped dependency, needed_by: 2024-12-31}
        """

    static let now = """
        programme: {id: p, name: P, as_of: 2024-04-30}
        milestones:
          - {id: keep, title: Kept, due: 2024-06-30}
          - {id: descope, title: Descoped, due: 2024-02-29, status: cancelled}
          - {id: redo, title: Redone, due: 2024-01-31, progress: 50}
          - {id: rebase, title: Rebaselined, due: 2024-07-31}
          - {id: pull, title: Pulled in, due: 2024-05-31}
          - {id: fresh, title: Fresh, due: 2024-09-30}
        benefits:
          - {id: b1, title: Retargeted, unit: children, targets: {FY2023-24: 10, FY2024-25: 30}, actuals: {FY2023-24: 9}}
          - {id: b3, title: New benefit, unit: GBP}
        risks:
          - {id: R1, title: Reopened, likelihood: 2, impact: 3}
          - {id: R2, title: Newly scored, likelihood: 1, impact: 2}
          - {id: R4, title: Down, likelihood: 2, impact: 4}
          - {id: R5, title: New one, likelihood: 3, impact: 5}
        dependencies:
          - {id: D1, title: Back open, needed_by: 2024-12-31}
          - {id: D3, title: New dependency, needed_by: 2024-04-01}
        """

    private func diff() throws -> ProgrammeDiff {
        let then = try #require(Inputs.report(Self.then))
        let now = try #require(Inputs.report(Self.now))
        return ProgrammeDiff(then: then, now: now)
    }

    private func day(_ text: String) -> Day { Inputs.day(text) }

    @Test func anAddedMilestoneHasDaysOverdueOnlyWhenItIsOverdue() throws {
        func snapshot(_ yaml: String) -> ProgrammeSnapshot {
            let file = ProgrammeLoader().load(bytes: Array(yaml.utf8), file: "p.yaml")
            return ProgrammeSnapshot(revision: nil, result: Waymark.check(files: [file], asOf: nil, today: day("2024-05-01")),
                                     repositoryPaths: [:])
        }
        let then = snapshot("programme: {id: p, name: P, as_of: 2024-03-31}\nmilestones:\n  - {id: keep, title: Kept, due: 2024-06-30}\n")
        let now = snapshot("""
            programme: {id: p, name: P, as_of: 2024-04-30}
            milestones:
              - {id: keep, title: Kept, due: 2024-06-30}
              - {id: late, title: Late, due: 2024-04-10}
              - {id: fresh, title: Fresh, due: 2024-09-30}
            """)
        let text = DiffFormat.json.render(PortfolioDiff(then: then, now: now))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let p = try #require((root["programmes"] as? [[String: Any]])?.first)
        let added = try #require(p["milestones"] as? [[String: Any]]).filter { $0["kind"] as? String == "added" }
        #expect(added.map { $0["id"] as? String } == ["late", "fresh"])
        // Due 10 April, as of 30 April: 20 days overdue. On track: null, not 0 (SPEC 5).
        #expect(added[0]["days_overdue"] as? Int == 20)
        #expect(added[1]["state"] as? String == "on_track")
        #expect(added[1]["days_overdue"] is NSNull)
    }

    @Test func milestones() throws {
        let item = { (id: String, title: String) in ChangedItem(id: id, title: title) }
        #expect(try diff().milestones == [
            .added(item("fresh", "Fresh"), due: day("2024-09-30"), effective: day("2024-09-30"), completed: nil,
                   state: .onTrack, daysOverdue: nil),
            .removed(item("drop", "Dropped"), state: .onTrack),
            .cancelled(item("descope", "Descoped"), stateBefore: .overdue),
            .reopened(item("redo", "Redone"), stateBefore: .complete, state: .overdue),
            // The forecast was dropped: the date comes back 30 days to the baseline.
            .forecastMoved(item("pull", "Pulled in"), from: day("2024-06-30"), to: day("2024-05-31")),
            // No forecast at either side: a re-baseline, not a forecast move. 31 May → 31 Jul.
            .baselineMoved(item("rebase", "Rebaselined"), from: day("2024-05-31"), to: day("2024-07-31")),
            // Due 31 Jan, as at 30 Apr: 29 + 31 + 30 days.
            .newlyOverdue(item("redo", "Redone"), due: day("2024-01-31"), effective: day("2024-01-31"), days: 90),
        ])
        #expect(HistoryWording.lines(try diff().milestones).map { "\($0.label) \($0.item.id): \($0.detail)" } == [
            "Added fresh: new, on track (due 30 Sep 2024)",
            "Removed drop: no longer in the file (was on track)",
            "Cancelled descope: descoped (was overdue)",
            "Reopened redo: open again (was complete), now overdue",
            "Forecast moved pull: 30 Jun 2024 → 31 May 2024, 30 days earlier",
            "Baseline moved rebase: re-baselined 31 May 2024 → 31 Jul 2024, 61 days later",
            "Newly overdue redo: overdue by 90 days (due 31 Jan 2024)",
        ])
    }

    @Test func aBenefitsPeriodsComeInDateOrderForTheFinancialYearStart() throws {
        // Years from July: FY2022-23 runs 1 Jul 2022 – 30 Jun 2023, so it starts after
        // 2022-05 and 2022-06 (which it does not hold). Every actual changed, so all three
        // are listed, by first day: 2022-05, 2022-06, FY2022-23. (By `sortKey`, which
        // puts a year at its first possible month, FY2022-23 would come first.)
        func report(_ actuals: String) throws -> ProgrammeReport {
            try #require(Inputs.report("""
                programme: {id: p, name: P, as_of: 2023-06-30, financial_year_start: 7}
                benefits:
                  - {id: b, title: B, unit: GBP, targets: {FY2022-23: 100}, actuals: \(actuals)}
                """))
        }
        let diff = ProgrammeDiff(then: try report("{FY2022-23: 1, 2022-05: 2, 2022-06: 3}"),
                                 now: try report("{FY2022-23: 4, 2022-05: 5, 2022-06: 6}"))
        let actuals = try #require(diff.benefits.first).actuals
        #expect(actuals.map(\.period) == [.month(year: 2022, month: 5), .month(year: 2022, month: 6), .financialYear(startYear: 2022)])
        #expect(actuals.map(\.now) == [5, 6, 4])
    }

    @Test func benefits() throws {
        let changes = try diff().benefits
        #expect(changes.map(\.kind) == [.added, .removed, .changed])
        #expect(changes.map(\.item.id) == ["b3", "b2", "b1"])
        let retargeted = changes[2]
        #expect(retargeted.targets == [.init(period: .financialYear(startYear: 2024), then: 20, now: 30)])
        #expect(retargeted.actuals.isEmpty)
        // Then 9 of 10 = 90% (amber); now 9 of 10 + 30 × 30/365 (April of FY2024-25) = 72% (red).
        #expect(retargeted.realisation.then == 0.9)
        #expect(abs((retargeted.realisation.now ?? 0) - 9 / (10 + 30.0 * 30 / 365)) < 1e-12)
        #expect(retargeted.rag == RAGShift(then: .amber, now: .red))
        #expect(HistoryWording.lines(changes, style: .plain).map(\.detail) == [
            "new; no targets, so not measured",
            "no longer in the file (was 100% of its target to date)",
            "targets FY2024-25 20 children → 30 children; realisation to date 90% → 72% (↓ down 18 points); "
                + "to date 9 children of 10 children → 9 children of 12.5 children; RAG amber → red (worse)",
        ])
        #expect(try diff().benefitTrends == ["b1": .down])
    }

    @Test func risks() throws {
        let d = try diff()
        #expect(d.risks.map(\.kind) == [.opened, .reopened, .removed, .rescored, .rescored])
        #expect(d.risks.map(\.item.id) == ["R5", "R1", "R3", "R2", "R4"])
        #expect(d.risks[3].then == nil)
        #expect(d.risks[3].trend == nil)
        #expect(d.risks[4].trend == .down)
        #expect(d.riskTrends == ["R1": .steady, "R4": .down])
        #expect(HistoryWording.lines(d.risks).map(\.detail) == [
            "new, scored 15 (3×5, high)",
            "open again, scored 6 (2×3, medium)",
            "no longer in the file; it was scored 25 (5×5, high)",
            "not scored → 2 (1×2, low)",
            "16 (4×4, high) → 8 (2×4, medium), ↓ down",
        ])
        #expect(TrendArrow.risk("R4", in: d) == "↓ down")
        #expect(TrendArrow.risk("R1", in: d) == "→ steady")
        #expect(TrendArrow.risk("R5", in: d) == "new")
        #expect(TrendArrow.risk("R2", in: d) == "")
        #expect(TrendArrow.benefit("b3", in: d) == "new")
        #expect(TrendArrow.benefit("b1", in: d) == "↓ down")
        #expect(TrendArrow.risk("R4", in: nil) == "")
    }

    @Test func dependencies() throws {
        let d = try diff()
        #expect(d.dependencies.map(\.kind) == [.added, .removed, .reopened])
        #expect(d.dependencies.map(\.item.id) == ["D3", "D2", "D1"])
        // Needed 1 Apr, as at 30 Apr.
        #expect(d.dependencies[0].daysLate == 29)
        #expect(HistoryWording.lines(d.dependencies).map(\.detail) == [
            "new, open, needed by 1 Apr 2024, 29 days late",
            "no longer in the file (was open)",
            "open again (was met), needed by 31 Dec 2024",
        ])
    }

    @Test func theSameFileIsUnchanged() throws {
        let report = try #require(Inputs.report(Self.then))
        let d = ProgrammeDiff(then: report, now: report)
        #expect(d.status == .unchanged)
        #expect(d.milestones.isEmpty && d.benefits.isEmpty && d.risks.isEmpty && d.dependencies.isEmpty)
        #expect(d.changedRAGParts.isEmpty)
    }

    @Test func completedWithoutADateOrOnTheBaseline() throws {
        let before = try #require(Inputs.report(header + "milestones:\n  - {id: m, title: M, due: 2024-03-31, progress: 40}\n"))
        let byProgress = try #require(Inputs.report(header + "milestones:\n  - {id: m, title: M, due: 2024-03-31, progress: 100}\n"))
        let onTime = try #require(Inputs.report(header + "milestones:\n  - {id: m, title: M, due: 2024-03-31, completed: 2024-03-31}\n"))
        let early = try #require(Inputs.report(header + "milestones:\n  - {id: m, title: M, due: 2024-03-31, completed: 2024-03-28}\n"))
        let detail = { (now: ProgrammeReport) in
            HistoryWording.lines(ProgrammeDiff(then: before, now: now).milestones).map(\.detail)
        }
        #expect(detail(byProgress) == ["reached 100% (was 40.0%); no completion date given"])
        #expect(detail(onTime) == ["completed 31 Mar 2024, on its baseline date (was 40.0%)"])
        #expect(detail(early) == ["completed 28 Mar 2024, 3 days before its baseline of 31 Mar 2024 (was 40.0%)"])
    }

    @Test func trends() {
        #expect(Trend(from: 1, to: 2) == .up)
        #expect(Trend(from: 2, to: 1) == .down)
        #expect(Trend(from: 0.3, to: 0.1 + 0.2) == .steady)
        #expect(Trend(from: nil, to: 1) == nil)
        #expect(Trend.allCases.map(TrendArrow.label) == ["↑ up", "↓ down", "→ steady"])
        #expect(FigureShift(then: nil, now: 1).isChanged)
        #expect(!FigureShift(then: nil, now: nil).isChanged)
        #expect(RAGShift(then: .green, now: .amber).direction == .worse)
        #expect(RAGShift(then: .red, now: .amber).direction == .better)
    }

    @Test func amountsAndDates() {
        #expect(HistoryWording.amount(1_961_000, unit: "GBP") == "£1,961,000")
        // Negative money carries the packs' minus sign, so diffs and packs read alike.
        #expect(HistoryWording.amount(-608_863.4, unit: "GBP") == "−£608,863")
        #expect(HistoryWording.amount(42, unit: "percent") == "42%")
        #expect(HistoryWording.amount(2.745, unit: "children") == "2.7 children")
        #expect(HistoryWording.amount(1234, unit: "weeks") == "1,234 weeks")
        #expect(HistoryWording.date(Inputs.day("2024-03-01")) == "1 Mar 2024")
    }
}

/// SPEC 1.4 and 3.5 (v1.1) in `diff`: a benefit descoped, pounds outside a profile, and
/// a RAG part that is not rated, each with its reason.
@Suite struct HonestHeadlineDiffTests {
    static let then = """
        programme: {id: p, name: P, as_of: 2024-03-31}
        benefits:
          - {id: b1, title: Savings, unit: GBP, targets: {FY2023-24: 100}, actuals: {FY2023-24: 80}}
          - {id: b2, title: Avoidance, unit: GBP, targets: {FY2023-24: 50}, actuals: {FY2023-24: 50}}
        """

    static let now = """
        programme: {id: p, name: P, as_of: 2024-03-31}
        benefits:
          - {id: b1, title: Savings, unit: GBP, targets: {FY2023-24: 100}, actuals: {FY2023-24: 80, FY2022-23: 40}}
          - {id: b2, title: Avoidance, unit: GBP, targets: {FY2023-24: 50}, actuals: {FY2023-24: 50}, status: cancelled}
        risks:
          - {id: R1, title: Unscored}
        """

    private func diff() throws -> ProgrammeDiff {
        ProgrammeDiff(then: try #require(Inputs.report(Self.then)), now: try #require(Inputs.report(Self.now)))
    }

    /// Both sides as working-tree snapshots, for the renderers that take a whole diff.
    private func portfolio() -> PortfolioDiff {
        let side = { (yaml: String) in
            ProgrammeSnapshot(revision: nil, result: Inputs.check(yaml), repositoryPaths: [:])
        }
        return PortfolioDiff(then: side(Self.then), now: side(Self.now))
    }

    @Test func aCancelledBenefitIsReportedAsDescoped() throws {
        let p = try diff()
        let b2 = try #require(p.benefits.first { $0.item.id == "b2" })
        #expect(b2.kind == .descoped)
        #expect(b2.isCancelled)
        let line = try #require(HistoryWording.lines(p.benefits, style: .plain).first { $0.item.id == "b2" })
        #expect(line.label == "Descoped")
        // Then: 50 of 50 = 100%.
        #expect(line.detail == "benefit descoped (status: cancelled), so it counts nowhere now; it was 100% of its target to date")
    }

    @Test func otherRealisedAndOutsideProfileMoveBesideRealised() throws {
        // Then realised 80 + 50 = 130 against 150, other 0. Now b2 counts nowhere: realised
        // 80 against 100; b1's FY2022-23 40 has no target: other 40.
        let p = try diff()
        #expect(p.realisedToDate == FigureShift(then: 130, now: 80))
        #expect(p.targetToDate == FigureShift(then: 150, now: 100))
        #expect(p.otherRealisedToDate == FigureShift(then: 0, now: 40))
        let b1 = try #require(p.benefits.first { $0.item.id == "b1" })
        #expect(b1.actualOutsideProfile == FigureShift(then: 0, now: 40))
        let text = TextDiffRenderer().render(portfolio())
        #expect(text.contains("  Other realised:   £0 → £40 (no target; not in realised)\n"))
        #expect(text.contains("outside its target profile, not counted, £0 → £40"))
    }

    @Test func aPartNotRatedSaysWhyInEveryFormat() throws {
        // Neither side has milestones; then no risks at all, now one unscored: risks not
        // rated at both sides, for the same reason. Benefits: then 80/100 amber, 50/50 green
        // → amber; now b1 alone 80/100 → amber.
        let p = try diff()
        let risks = p.rag(.risks)
        #expect(risks == RAGShift(then: nil, now: nil, thenNotRated: .noAssessedRisks, nowNotRated: .noAssessedRisks))
        #expect(HistoryWording.rag(p.rag(.schedule)) == "not rated (no milestones) (no change)")
        let markdown = MarkdownDiffRenderer.body(p, since: nil).joined(separator: "\n")
        #expect(markdown.contains("| RAG risks | not rated (no assessed risks) | not rated (no assessed risks) | no change |"))
        let json = JSONDiffRenderer().render(portfolio())
        #expect(json.contains("\"not_rated\" : {\n            \"now\" : \"no_assessed_risks\",\n            \"then\" : \"no_assessed_risks\"\n          }"))
    }
}
