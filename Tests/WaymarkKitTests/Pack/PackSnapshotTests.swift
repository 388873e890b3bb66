import Testing
@testable import WaymarkKit

/// Golden files pin every section of every fixture programme's pack, and the portfolio
/// summary. `WAYMARK_RECORD=1 swift test` rewrites them (and fails, so each change is
/// read before it is committed).
struct PackSnapshotTests {
    static let cases: [(String, ProgrammePackRenderer.Section)] = PackFixtures.programmeIDs.flatMap { id in
        ProgrammePackRenderer.Section.allCases.map { (id, $0) }
    }

    @Test(arguments: cases)
    func section(_ id: String, _ section: ProgrammePackRenderer.Section) throws {
        let renderer = try #require(PackFixtures.renderer(id))
        let number = ProgrammePackRenderer.Section.allCases.firstIndex(of: section).map { $0 + 1 } ?? 0
        let name = "\(id).\(number < 10 ? "0" : "")\(number)-\(section.rawValue).md"
        assertSnapshot(renderer.render(section), named: name)
    }

    @Test func portfolioSummary() {
        assertSnapshot(PortfolioSummaryRenderer(result: PackFixtures.run()).render(), named: "README.md")
    }

    @Test func packIsTheSectionsInSpecOrder() throws {
        let renderer = try #require(PackFixtures.renderer("riverside-hubs"))
        let pack = renderer.render()
        #expect(pack == ProgrammePackRenderer.Section.allCases.map(renderer.render).joined(separator: "\n"))
        let headings = pack.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(headings == [
            "## Headline figures", "## How the RAG is set", "## Milestones needing attention",
            "## Milestones by workstream", "## Timeline", "## Benefits", "## Risks", "## Dependencies",
            "## Data quality",
        ])
    }
}
