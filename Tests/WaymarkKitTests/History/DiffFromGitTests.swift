import Foundation
import Testing
import WaymarkTestSupport
@testable import WaymarkKit

/// `waymark diff board-2024-01` over the Riverside history (see `RiversideHistory`):
/// every change it holds, with figures worked out by hand, in the model, text, JSON
/// and Markdown.
///
/// Then (c1, as at 31 Jan 2024): design 60% (overdue 16 days), build 20% (weight 2),
/// consult and open 0%: complete (60 + 2×20) ÷ 5 = 20.0%, planned 1 ÷ 5 = 20.0%.
/// Savings £8,000 of £10,000 = 80% (amber). R1 3×4 = 12 medium, R2 2×2 = 4 low.
/// Now (working tree = c6, as at 30 Apr 2024): design complete, build 50%: complete
/// (100 + 2×50) ÷ 5 = 40.0%; planned (design, build, consult due) 4 ÷ 5 = 80.0%.
/// Savings £24,000 of £40,000 = 60% (red). R1 4×5 = 20 high. D1 needed 29 Feb: 61 days late.
@Suite(.requires(tool: "git")) struct DiffFromGitTests {
    let history: RiversideHistory
    let diff: PortfolioDiff

    init() throws {
        history = try RiversideHistory()
        diff = try Waymark.diff(since: "board-2024-01", paths: ["programmes"], asOf: nil,
                                today: Inputs.day("2024-05-01"), directory: history.repository.root)
    }

    private func day(_ text: String) -> Day { Inputs.day(text) }

    @Test func matchesTheRenamedFileByProgrammeID() throws {
        #expect(!diff.hasErrors)
        #expect(diff.since == Revision(name: "board-2024-01", commit: history.commits[0], date: day("2024-01-31")))
        #expect(diff.until == nil)
        #expect(diff.programmes.count == 1)
        let p = try #require(diff.programme("riverside"))
        #expect(p.status == .changed)
        #expect(p.thenFile == "programmes/riverside.yaml")
        #expect(p.nowFile == "programmes/riverside-hubs.yaml")
        #expect(p.isRenamed)
        #expect(p.thenAsOf == day("2024-01-31"))
        #expect(p.nowAsOf == day("2024-04-30"))
    }

    @Test func headlineFiguresAndRAG() throws {
        let p = try #require(diff.programme("riverside"))
        #expect(p.percentComplete == FigureShift(then: 20, now: 40))
        #expect(p.plannedPercent == FigureShift(then: 20, now: 80))
        #expect(p.realisedToDate == FigureShift(then: 8000, now: 24000))
        #expect(p.targetToDate == FigureShift(then: 10000, now: 40000))
        #expect(p.rag(.overall) == RAGShift(then: .red, now: .red))
        #expect(p.rag(.schedule) == RAGShift(then: .red, now: .red))
        #expect(p.rag(.benefits) == RAGShift(then: .amber, now: .red))
        #expect(p.rag(.risks) == RAGShift(then: .amber, now: .red))
        #expect(p.changedRAGParts == [.benefits, .risks])
    }

    @Test func milestoneChanges() throws {
        let p = try #require(diff.programme("riverside"))
        let design = ChangedItem(id: "design", title: "Design agreed")
        let build = ChangedItem(id: "build", title: "Build the hub")
        let consult = ChangedItem(id: "consult", title: "Public consultation")
        #expect(p.milestones == [
            // 15 Jan → 20 Feb: 16 + 20 days.
            .completed(design, completed: day("2024-02-20"), due: day("2024-01-15"), daysAfterBaseline: 36,
                       progressBefore: 60),
            // 31 Mar → 15 May: 30 + 15 days.
            .forecastMoved(build, from: day("2024-03-31"), to: day("2024-05-15")),
            .newlySlipped(build, due: day("2024-03-31"), forecast: day("2024-05-15"), days: 45),
            // Due 15 Apr, as at 30 Apr.
            .newlyOverdue(consult, due: day("2024-04-15"), effective: day("2024-04-15"), days: 15),
            .progress(build, from: 20, to: 50),
        ])
    }

    @Test func benefitRiskAndDependencyChanges() throws {
        let p = try #require(diff.programme("riverside"))
        #expect(p.benefits.count == 1)
        let savings = try #require(p.benefits.first)
        #expect(savings.kind == .changed)
        #expect(savings.item == ChangedItem(id: "savings", title: "Placement savings"))
        #expect(savings.targets.isEmpty)
        #expect(savings.actuals == [.init(period: .month(year: 2024, month: 2), then: nil, now: 16000)])
        #expect(savings.realisation == FigureShift(then: 0.8, now: 0.6))
        #expect(savings.actualToDate == FigureShift(then: 8000, now: 24000))
        #expect(savings.targetToDate == FigureShift(then: 10000, now: 40000))
        #expect(savings.rag == RAGShift(then: .amber, now: .red))
        #expect(p.benefitTrends == ["savings": .down])

        #expect(p.risks.map(\.kind) == [.closed, .rescored])
        let (closed, rescored) = (p.risks[0], p.risks[1])
        #expect(closed.item.id == "R2")
        #expect(closed.then == RiskChange.Score(likelihood: 2, impact: 2, score: 4, band: .low))
        #expect(rescored.item.id == "R1")
        #expect(rescored.then == RiskChange.Score(likelihood: 3, impact: 4, score: 12, band: .medium))
        #expect(rescored.now == RiskChange.Score(likelihood: 4, impact: 5, score: 20, band: .high))
        #expect(rescored.trend == .up)
        #expect(p.riskTrends == ["R1": .up, "R2": .steady])

        #expect(p.dependencies == [
            DependencyChange(kind: .met, item: ChangedItem(id: "D2", title: "Planning consent"), status: .met,
                             neededBy: day("2024-03-31"), daysLate: 0),
            // Needed 29 Feb, as at 30 Apr: 31 + 30 days.
            DependencyChange(kind: .newlyOverdue, item: ChangedItem(id: "D1", title: "Lease signed"), status: .open,
                             neededBy: day("2024-02-29"), daysLate: 61),
        ])
    }

    @Test func text() {
        #expect(DiffFormat.text.render(diff) == """
            Changes since board-2024-01 (commit \(history.short(0)), 31 Jan 2024) to the working tree

            riverside: Riverside Hubs (programmes/riverside-hubs.yaml)
              Renamed:          programmes/riverside.yaml → programmes/riverside-hubs.yaml
              As at:            31 Jan 2024 → 30 Apr 2024
              Percent complete: 20.0% → 40.0% (↑ up 20.0 points)
              Planned:          20.0% → 80.0% (↑ up 60.0 points)
              Realised to date: £8,000 of £10,000 target → £24,000 of £40,000 target
              RAG:              overall red (no change), schedule red (no change), benefits amber → red (worse), risks amber → red (worse)
              Milestones
                Completed       design  Design agreed: completed 20 Feb 2024, 36 days after its baseline of 15 Jan 2024 (was 60.0%)
                Forecast moved  build  Build the hub: 31 Mar 2024 → 15 May 2024, 45 days later
                Newly slipped   build  Build the hub: 45 days behind its baseline (due 31 Mar 2024, forecast 15 May 2024)
                Newly overdue   consult  Public consultation: overdue by 15 days (due 15 Apr 2024)
                Progress        build  Build the hub: 20.0% → 50.0% (↑ up 30.0 points)
              Benefits
                Changed  savings  Placement savings: actuals 2024-02 £16,000 (new); realisation to date 80% → 60% (↓ down 20 points); to date £8,000 of £10,000 → £24,000 of £40,000; RAG amber → red (worse)
              Risks
                Closed     R2  Building delay: closed; it was scored 4 (2×2, low)
                Re-scored  R1  Staff shortage: 12 (3×4, medium) → 20 (4×5, high), ↑ up
              Dependencies
                Met            D2  Planning consent: met, needed by 31 Mar 2024
                Newly overdue  D1  Lease signed: needed by 29 Feb 2024, 61 days late

            1 programme compared: 1 changed, 0 unchanged

            """)
    }

    @Test func markdown() {
        #expect(DiffFormat.markdown.render(diff) == """
            # Changes since 31 Jan 2024

            Compares `board-2024-01` (commit `\(history.short(0))`, 31 Jan 2024) with the working tree. Each side's figures are as at its own as-of date.

            ## Riverside Hubs

            Programme `riverside` in `programmes/riverside-hubs.yaml` (renamed from `programmes/riverside.yaml`). Figures as at 31 Jan 2024 then and 30 Apr 2024 now.

            | Figure | Then | Now | Change |
            | --- | --- | --- | --- |
            | Percent complete | 20.0% | 40.0% | ↑ up 20.0 points |
            | Planned | 20.0% | 80.0% | ↑ up 60.0 points |
            | Realised to date | £8,000 | £24,000 | ↑ up £16,000 |
            | Target to date | £10,000 | £40,000 | ↑ up £30,000 |
            | RAG overall | red | red | no change |
            | RAG schedule | red | red | no change |
            | RAG benefits | amber | red | worse |
            | RAG risks | amber | red | worse |

            ### Milestones

            - **Completed** `design` Design agreed: completed 20 Feb 2024, 36 days after its baseline of 15 Jan 2024 (was 60.0%)
            - **Forecast moved** `build` Build the hub: 31 Mar 2024 → 15 May 2024, 45 days later
            - **Newly slipped** `build` Build the hub: 45 days behind its baseline (due 31 Mar 2024, forecast 15 May 2024)
            - **Newly overdue** `consult` Public consultation: overdue by 15 days (due 15 Apr 2024)
            - **Progress** `build` Build the hub: 20.0% → 50.0% (↑ up 30.0 points)

            ### Benefits

            - **Changed** `savings` Placement savings: actuals 2024-02 £16,000 (new); realisation to date 80% → 60% (↓ down 20 points); to date £8,000 of £10,000 → £24,000 of £40,000; RAG amber → red (worse)

            ### Risks

            - **Closed** `R2` Building delay: closed; it was scored 4 (2×2, low)
            - **Re-scored** `R1` Staff shortage: 12 (3×4, medium) → 20 (4×5, high), ↑ up

            ### Dependencies

            - **Met** `D2` Planning consent: met, needed by 31 Mar 2024
            - **Newly overdue** `D1` Lease signed: needed by 29 Feb 2024, 61 days late

            """)
    }

    @Test func json() throws {
        let text = DiffFormat.json.render(diff)
        #expect(text == DiffFormat.json.render(diff), "the same inputs give the same bytes")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let since = try #require(root["since"] as? [String: Any])
        #expect(since["name"] as? String == "board-2024-01")
        #expect(since["commit"] as? String == history.commits[0])
        #expect(since["date"] as? String == "2024-01-31")
        #expect(root["until"] is NSNull)
        let p = try #require((root["programmes"] as? [[String: Any]])?.first)
        #expect(p["id"] as? String == "riverside")
        #expect(p["status"] as? String == "changed")
        #expect(p["renamed"] as? Bool == true)
        #expect(p["file"] as? [String: String] == ["then": "programmes/riverside.yaml", "now": "programmes/riverside-hubs.yaml"])
        #expect(p["as_of"] as? [String: String] == ["then": "2024-01-31", "now": "2024-04-30"])
        let complete = try #require(p["percent_complete"] as? [String: Any])
        #expect(complete["then"] as? Int == 20)
        #expect(complete["now"] as? Int == 40)
        #expect(complete["change"] as? Int == 20)
        #expect(complete["trend"] as? String == "up")
        let planned = try #require(p["planned_percent"] as? [String: Any])
        #expect(planned["now"] as? Int == 80)
        #expect((p["realised_to_date"] as? [String: Any])?["change"] as? Int == 16000)
        let rag = try #require(p["rag"] as? [String: [String: Any]])
        #expect(rag["benefits"]?["then"] as? String == "amber")
        #expect(rag["benefits"]?["now"] as? String == "red")
        #expect(rag["benefits"]?["direction"] as? String == "worse")
        #expect(rag["overall"]?["changed"] as? Bool == false)

        let milestones = try #require(p["milestones"] as? [[String: Any]])
        #expect(milestones.map { $0["kind"] as? String } == ["completed", "forecast_moved", "newly_slipped", "newly_overdue", "progress"])
        #expect(milestones[0]["completed"] as? String == "2024-02-20")
        #expect(milestones[0]["days_after_baseline"] as? Int == 36)
        #expect(milestones[0]["progress_before"] as? Int == 60)
        #expect(milestones[1]["from"] as? String == "2024-03-31")
        #expect(milestones[1]["to"] as? String == "2024-05-15")
        #expect(milestones[1]["days"] as? Int == 45)
        #expect(milestones[2]["slipped_days"] as? Int == 45)
        #expect(milestones[3]["id"] as? String == "consult")
        #expect(milestones[3]["days_overdue"] as? Int == 15)
        #expect(milestones[4]["from"] as? Int == 20)
        #expect(milestones[4]["to"] as? Int == 50)

        let benefit = try #require((p["benefits"] as? [[String: Any]])?.first)
        #expect(benefit["kind"] as? String == "changed")
        let actuals = try #require(benefit["actuals"] as? [[String: Any]])
        #expect(actuals.count == 1)
        #expect(actuals[0]["period"] as? String == "2024-02")
        #expect(actuals[0]["then"] is NSNull)
        #expect(actuals[0]["now"] as? Int == 16000)
        let realisation = try #require(benefit["realisation"] as? [String: Any])
        #expect(realisation["then"] as? Double == 0.8)
        #expect(realisation["now"] as? Double == 0.6)
        #expect(realisation["trend"] as? String == "down")
        #expect(p["benefit_trends"] as? [String: String] == ["savings": "down"])

        let risks = try #require(p["risks"] as? [[String: Any]])
        #expect(risks.map { $0["kind"] as? String } == ["closed", "rescored"])
        #expect((risks[1]["then"] as? [String: Any])?["score"] as? Int == 12)
        #expect((risks[1]["now"] as? [String: Any])?["score"] as? Int == 20)
        #expect((risks[1]["now"] as? [String: Any])?["band"] as? String == "high")
        #expect(risks[1]["trend"] as? String == "up")
        #expect(p["risk_trends"] as? [String: String] == ["R1": "up", "R2": "steady"])

        let dependencies = try #require(p["dependencies"] as? [[String: Any]])
        #expect(dependencies.map { $0["kind"] as? String } == ["met", "newly_overdue"])
        #expect(dependencies[1]["needed_by"] as? String == "2024-02-29")
        #expect(dependencies[1]["days_late"] as? Int == 61)
    }

    @Test func changesSectionForAPack() {
        let section = ChangesSection(diff)
        let markdown = section.markdown(programme: "riverside")
        #expect(markdown.hasPrefix("""
            ## Changes since 31 Jan 2024

            Compared with `board-2024-01` (commit `\(history.short(0))`, 31 Jan 2024).

            Programme `riverside` in `programmes/riverside-hubs.yaml` (renamed from `programmes/riverside.yaml`).
            """))
        #expect(markdown.contains("\n### Milestones\n"))
        #expect(markdown.hasSuffix("61 days late\n\n"), "ends with a blank line, ready for what follows in the pack")
        #expect(section.ragThenAndNow(programme: "riverside") == "red → red")
        #expect(section.ragThenAndNow(programme: "riverside", part: .risks) == "amber → red")
        #expect(section.riskTrend(programme: "riverside", risk: "R1") == "↑ up")
        #expect(section.riskTrend(programme: "riverside", risk: "R2") == "→ steady")
        #expect(section.benefitTrend(programme: "riverside", benefit: "savings") == "↓ down")
        #expect(section.ragThenAndNow(programme: "elsewhere") == "")
    }

    @Test func asOfAppliesToTheWorkingTreeOnly() throws {
        // As at 15 May the working tree's build is due today and consult is 30 days late;
        // the January side is unchanged.
        let later = try Waymark.diff(since: "board-2024-01", paths: ["programmes"], asOf: Inputs.day("2024-05-15"),
                                     today: Inputs.day("2024-05-01"), directory: history.repository.root)
        let p = try #require(later.programme("riverside"))
        #expect(p.thenAsOf == Inputs.day("2024-01-31"))
        #expect(p.nowAsOf == Inputs.day("2024-05-15"))
        #expect(p.milestones.contains(.newlyOverdue(ChangedItem(id: "consult", title: "Public consultation"),
                                                    due: Inputs.day("2024-04-15"), effective: Inputs.day("2024-04-15"),
                                                    days: 30)))
    }

    @Test func aFileArgumentFindsItsProgrammeUnderItsOldName() throws {
        let single = try Waymark.diff(since: "board-2024-01", paths: [RiversideHistory.newPath], asOf: nil,
                                      today: Inputs.day("2024-05-01"), directory: history.repository.root)
        let p = try #require(single.programme("riverside"))
        #expect(single.programmes.count == 1)
        #expect(p.thenFile == RiversideHistory.oldPath)
        #expect(p.milestones.count == 5)
    }

    @Test func betweenTwoRevisions() throws {
        // c3 → c4: only the risk review.
        let review = try Waymark.diff(from: history.commits[2], to: history.commits[3], paths: ["programmes"],
                                      directory: history.repository.root)
        let p = try #require(review.programme("riverside"))
        #expect(review.until?.commit == history.commits[3])
        #expect(p.risks.map(\.kind) == [.closed, .rescored])
        #expect(p.benefits.isEmpty)
        #expect(p.isRenamed == false)
        #expect(p.percentComplete == FigureShift(then: 40, now: 40))
    }
}
