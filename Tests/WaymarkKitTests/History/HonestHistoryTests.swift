import Foundation
import Testing
@testable import WaymarkKit

/// `waymark history` with the v1.1 figures: other realised beside realised, and an
/// overall RAG that is not rated says why. Built from log entries, without git.
@Suite struct HonestHistoryTests {
    private func entry(_ yaml: String, commit: String, date: String) -> ProgrammeHistory.Entry {
        let log = GitRepository.LogEntry(commit: commit, date: Inputs.day(date), subject: "s", path: "p.yaml")
        return ProgrammeHistory.Entry(commit: log, result: Inputs.check(yaml))
    }

    private var history: ProgrammeHistory {
        // First commit: nothing rated (no milestones, no benefit measured, no risk). Second:
        // a measured benefit 80 of 100 (amber) and an unquantified one with 500 recorded:
        // realised 80, other realised 500.
        ProgrammeHistory(path: "p.yaml", entries: [
            entry("programme: {id: p, name: P, as_of: 2024-03-31}\n", commit: String(repeating: "a", count: 40),
                  date: "2024-03-31"),
            entry("""
                programme: {id: p, name: P, as_of: 2024-03-31}
                benefits:
                  - {id: b, title: B, unit: GBP, targets: {FY2023-24: 100}, actuals: {FY2023-24: 80}}
                  - {id: u, title: U, unit: GBP, actuals: {FY2023-24: 500}}
                """, commit: String(repeating: "b", count: 40), date: "2024-04-01"),
        ], isShallow: false)
    }

    @Test func figuresAndReasons() {
        let entries = history.entries
        #expect(entries.map(\.overall) == [nil, .amber])
        #expect(entries.map(\.overallNotRated) == [.noPartRated, nil])
        #expect(entries.map(\.realisedToDate) == [nil, 80])
        #expect(entries.map(\.otherRealisedToDate) == [nil, 500])
    }

    @Test func textMarkdownAndJSONShowThem() {
        let text = HistoryFormat.text.render(history)
        #expect(text.contains("RAG"))
        #expect(text.contains("other realised"))
        #expect(text.contains("not rated (no milestones, no measured benefits and no assessed risks)"))
        #expect(text.contains("amber"))
        let markdown = HistoryFormat.markdown.render(history)
        #expect(markdown.contains("| Realised to date | Target to date | Other realised (no target) | Change |"))
        #expect(markdown.contains("| amber | £80 | £100 | £500 | s |"))
        let json = HistoryFormat.json.render(history)
        #expect(json.contains("\"rag_not_rated\" : \"no_part_rated\""))
        #expect(json.contains("\"other_realised_to_date\" : 500"))
    }
}
