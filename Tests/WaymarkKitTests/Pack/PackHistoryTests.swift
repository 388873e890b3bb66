import Foundation
import Testing
import WaymarkTestSupport
@testable import WaymarkKit

/// `waymark pack --since REV --history` on the throw-away Riverside history (six commits,
/// see RiversideHistory): figures worked out by hand below.
@Suite(.requires(tool: "git")) struct PackHistoryTests {
    static func pack() throws -> (programme: String, summary: String) {
        let history = try RiversideHistory()
        let root = history.repository.root
        let diff = try Waymark.diff(since: "board-2024-01", paths: ["programmes"], asOf: nil,
                                    today: Day(parsing: "2024-05-01")!, directory: root)
        let extras = PackHistory(changes: ChangesSection(diff),
                                 histories: ["riverside": try Waymark.history(of: RiversideHistory.newPath, directory: root)])
        let files = try StatusPack.files(for: diff.now.result, history: extras)
        let programme = try #require(files.first { $0.name == "riverside.md" }).contents
        let summary = try #require(files.first { $0.name == StatusPack.summaryName }).contents
        return (programme, summary)
    }

    @Test func changesSectionComesRightAfterTheHeadline() throws {
        let headings = try Self.pack().programme.split(separator: "\n").filter { $0.hasPrefix("## ") }
        // The board tag's commit is dated 31 Jan 2024.
        #expect(Array(headings.prefix(3)) == ["## Headline figures", "## Changes since 31 Jan 2024", "## How the RAG is set"])
        #expect(headings.contains("## Progress over time"))
    }

    @Test func riskScoreAndBenefitRealisationCarryTrendArrows() throws {
        let pack = try Self.pack().programme
        // R1 re-scored from 3 × 4 = 12 to 4 × 5 = 20: up.
        #expect(pack.contains("| 🔴 High: 20 (4 × 5) ↑ up |"))
        // Savings: 8,000 of 10,000 (80%) as at 31 Jan; 24,000 of 40,000 (60%) as at 30 Apr: down.
        #expect(pack.contains("| 60% ↓ down |"))
    }

    @Test func historyTableHasEveryCommitThatChangedTheFile() throws {
        let pack = try Self.pack().programme
        let section = try #require(pack.components(separatedBy: "## Progress over time").last)
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| `") }
        #expect(rows.count == 6)
    }

    @Test func portfolioSummaryShowsRAGThenAndNow() throws {
        let summary = try Self.pack().summary
        // Red then (design overdue on 31 Jan) and red now (consultation overdue on 30 Apr).
        #expect(summary.contains("| Changes since 31 Jan 2024: overall RAG then → now |"))
        #expect(summary.contains("| 🔴 Red → 🔴 Red |"))
    }
}
