import Foundation
import Testing
@testable import WaymarkKit

/// The real programmes in `programmes/` against the published documents they model
/// (each figure's `source:` names its report), so the files cannot drift from their
/// sources unnoticed. The figures are written into the tests, so the documents
/// themselves are not needed to run them.
@Suite struct ProgrammesTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("programmes").path

    static let result = Waymark.check(paths: [directory], asOf: nil, today: Day(parsing: "2026-01-01")!)

    private func report(_ id: String) throws -> ProgrammeReport {
        try #require(Self.result.reports.first { $0.programme.id == id })
    }

    private func benefit(_ id: String, in programme: String) throws -> BenefitStatus {
        try #require(try report(programme).benefits.first { $0.benefit.id == id })
    }

    @Test func everyProgrammeLoadsWithoutErrors() {
        #expect(Self.result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        #expect(Self.result.reports.map(\.programme.id).sorted() ==
                ["kent-0-25", "norfolk-childrens-transformation", "stepping-stones", "stockton-children-in-our-care"])
    }

    @Test func everyProgrammeKeepsItsOwnAsOfDate() throws {
        #expect(try report("stepping-stones").asOf == Day(parsing: "2025-03-31"))
        #expect(try report("norfolk-childrens-transformation").asOf == Day(parsing: "2020-11-13"))
    }

    @Test func steppingStonesSavings() throws {
        // Doc 000: year-1 target £698,400 (3 avoidances + 3 step-downs), £1.961m achieved.
        // Doc 001: year-4 target £3.1m, £3.189m achieved.
        let savings = try benefit("placement-savings", in: "stepping-stones")
        #expect(savings.benefit.targets?.value(for: .financialYear(startYear: 2021)) == 698_400)
        #expect(savings.benefit.actuals?.value(for: .financialYear(startYear: 2021)) == 1_961_000)
        #expect(savings.benefit.targets?.value(for: .financialYear(startYear: 2024)) == 3_100_000)
        #expect(savings.benefit.actuals?.value(for: .financialYear(startYear: 2024)) == 3_189_000)
        // As of 31 Mar 2025 both years have ended: 5,150,000 ÷ 3,798,400.
        #expect(savings.targetToDate == 3_798_400)
        #expect(savings.actualToDate == 5_150_000)
        #expect(savings.rag == .green)
    }

    @Test func steppingStonesWentLiveOnTwelfthJuly2021() throws {
        // Doc 001, "Progress": "Phase 1 - Went Live on 12th July 2021".
        let goLive = try #require(try report("stepping-stones").milestone("phase-1-go-live"))
        #expect(goLive.milestone.completed == Day(parsing: "2021-07-12"))
        #expect(goLive.state == .complete)
    }

    @Test func kentOpportunityMatrixTotals() throws {
        // Doc 003: savings opportunities total £17.74m with a stretch of £28.20m, known only
        // for the whole programme, so every savings benefit is unprofiled.
        let kent = try report("kent-0-25")
        let savings = kent.benefits.filter { $0.benefit.id.hasPrefix("savings-") }
        #expect(savings.count == 10)
        #expect(savings.allSatisfy { $0.benefit.isUnprofiled && $0.targetToDate == nil })
        #expect(savings.reduce(0) { $0 + ($1.totalTarget ?? 0) } == 17_740_000)
        #expect(savings.reduce(0) { $0 + ($1.totalStretch ?? 0) } == 28_200_000)
        #expect(kent.completion.percentComplete == nil)
    }

    @Test func norfolkChildrenInCare() throws {
        // Doc 004: 1227 children in care in January 2019; 1103 in September 2020.
        let cic = try benefit("children-in-care", in: "norfolk-childrens-transformation")
        #expect(cic.benefit.kind == .level)
        #expect(cic.benefit.baseline == 1227)
        #expect(cic.benefit.actuals?.value(for: .month(year: 2020, month: 9)) == 1103)
        #expect(cic.latestActual == 1103)
    }

    @Test func stocktonHasMeasuresButNoFiguresYet() throws {
        // Doc 002: 635 children in care at 31.10.23; benefits and risks are listed without
        // figures or scores, so none is scored.
        let stockton = try report("stockton-children-in-our-care")
        #expect(try benefit("children-in-care", in: "stockton-children-in-our-care").benefit.baseline == 635)
        #expect(stockton.benefits.count == 14)
        #expect(stockton.benefits.allSatisfy { $0.benefit.isUnquantified })
        #expect(stockton.risks.count == 11)
        #expect(stockton.risks.allSatisfy { $0.score == nil })
    }
}
