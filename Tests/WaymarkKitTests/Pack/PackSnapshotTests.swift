import Testing
@testable import WaymarkKit

/// Golden files pin every section of every fixture programme's pack, and the portfolio
/// summary. `WAYMARK_RECORD=1 swift test` rewrites them (and fails, so each change is
/// read before it is committed).
struct PackSnapshotTests {
    /// The sections every pack has. Those from git (`--since`, `--history`) are empty
    /// without it and are pinned by PackHistoryTests.
    static let pinned = PackSection.ID.allCases.filter { $0 != .changes && $0 != .history && $0 != .portfolio }

    static let cases: [(String, PackSection.ID)] = PackFixtures.programmeIDs.flatMap { id in
        pinned.map { (id, $0) }
    }

    @Test(arguments: cases)
    func section(_ id: String, _ section: PackSection.ID) throws {
        let renderer = try #require(PackFixtures.renderer(id))
        let number = Self.pinned.firstIndex(of: section).map { $0 + 1 } ?? 0
        let name = "\(id).\(number < 10 ? "0" : "")\(number)-\(section.rawValue).md"
        assertSnapshot(renderer.render(section), named: name)
    }

    @Test func portfolioSummary() {
        assertSnapshot(MarkdownPackRenderer().render(PortfolioBuilder(result: PackFixtures.run()).build()), named: "README.md")
    }

    @Test func packIsTheSectionsInSpecOrder() throws {
        let renderer = try #require(PackFixtures.renderer("riverside-hubs"))
        let pack = renderer.render()
        // The highlight report's sections are empty when the file has none of it.
        #expect(pack == Self.pinned.map(renderer.render).filter { !$0.isEmpty }.joined(separator: "\n"))
        #expect(renderer.render(.changes).isEmpty && renderer.render(.history).isEmpty)
        let headings = pack.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(headings == [
            "## Headline figures", "## How the RAG is set", "## Milestones needing attention",
            "## Milestones by workstream", "## Timeline", "## Benefits", "## Funding and net benefit", "## Risks", "## Dependencies",
            "## Data quality",
        ])
    }
}
