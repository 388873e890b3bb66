import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import WaymarkKit

/// A programme whose file has errors gets no figures in `check`'s summary, in any
/// format: its one milestone, overdue since 1 March, has its `due` date written
/// `01/03/2024`, so it is dropped while loading, and the figures left said "no
/// milestones, 0 overdue, RAG green".
///
/// Worked by hand, as at 2024-03-31:
/// - bad.yaml: milestone `late` is refused (`due` is not a date): one `invalid-date`
///   error, so the figures are withheld.
/// - good.yaml: milestone `m` due 2024-01 (31 Jan), progress 0, not complete: planned
///   100% (its due date has passed), complete 0%, 1 overdue.
@Suite struct WithheldFiguresTests {
    static let bad = """
        programme: {id: bad, name: Bad, as_of: 2024-03-31}
        milestones:
          - {id: late, title: Late, due: 01/03/2024}

        """
    static let good = """
        programme: {id: good, name: Good, as_of: 2024-03-31}
        milestones:
          - {id: m, title: T, due: 2024-01}

        """

    let result: CheckResult

    init() {
        let loader = ProgrammeLoader()
        result = Waymark.check(files: [loader.load(bytes: Array(Self.bad.utf8), file: "programmes/bad.yaml"),
                                       loader.load(bytes: Array(Self.good.utf8), file: "programmes/good.yaml")],
                               asOf: nil, today: Day(year: 2024, month: 4, day: 1)!)
    }

    @Test func theRunHasTheOneErrorAndBothProgrammes() {
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.code) == [.invalidDate])
        #expect(result.reports.map(\.programme.id) == ["bad", "good"])
    }

    @Test func textSaysTheFiguresAreWithheld() {
        let lines = CheckFormat.text.render(result).split(separator: "\n").map(String.init)
        #expect(lines.contains("bad: figures withheld until the error in programmes/bad.yaml is fixed"))
        #expect(!lines.contains { $0.hasPrefix("bad: no milestones") })
        #expect(lines.contains { $0.hasPrefix("good: 0.0% complete (planned 100.0%), 1 overdue, RAG ") })
        #expect(lines.last == "2 files checked: 1 error, 1 warning")
    }

    @Test func textCountsEveryErrorInTheFile() {
        let twice = Self.bad + "  - {id: also, title: Also, due: 2024-13-01}\n"
        let file = ProgrammeLoader().load(bytes: Array(twice.utf8), file: "programmes/bad.yaml")
        let result = Waymark.check(files: [file], asOf: nil, today: Day(year: 2024, month: 4, day: 1)!)
        #expect(result.diagnostics.filter { $0.severity == .error }.count == 2)
        #expect(CheckFormat.text.render(result).contains(
            "\nbad: figures withheld until the 2 errors in programmes/bad.yaml are fixed\n"))
    }

    @Test func jsonKeepsTheProgrammeWithNullFiguresAndSaysWithheld() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(CheckFormat.json.render(result).utf8))
            as? [String: Any])
        let programmes = try #require(json["programmes"] as? [[String: Any]])
        let bad = try #require(programmes.first { $0["id"] as? String == "bad" })
        #expect(bad["withheld"] as? Bool == true)
        #expect(bad["name"] as? String == "Bad")
        #expect(bad["file"] as? String == "programmes/bad.yaml")
        #expect(bad["as_of"] as? String == "2024-03-31")
        for key in ["percent_complete", "planned_percent", "milestones", "benefits", "risks", "rag",
                    "realised_to_date", "target_to_date", "net_benefit_to_date"] {
            #expect(bad[key] is NSNull, "\(key) is \(String(describing: bad[key]))")
        }
        let good = try #require(programmes.first { $0["id"] as? String == "good" })
        #expect(good["withheld"] as? Bool == false)
        #expect(good["percent_complete"] as? Double == 0)
        #expect(good["planned_percent"] as? Double == 100)
        #expect((good["milestones"] as? [[String: Any]])?.map { $0["state"] as? String } == ["overdue"])
        // Both programmes carry the same keys, so a consumer reads one shape.
        #expect(Set(bad.keys) == Set(good.keys))
    }

    @Test func githubPrintsTheWithheldSummary() {
        let text = CheckFormat.github.render(result)
        #expect(text.contains("::error file=programmes/bad.yaml,line=3,"))
        #expect(text.contains("\nbad: figures withheld until the error in programmes/bad.yaml is fixed\n"))
    }

    @Test func junitPutsItInTheTestCaseOutput() throws {
        let xml = try XMLDocument(xmlString: CheckFormat.junit.render(result), options: [])
        let output = try xml.nodes(forXPath: "//testcase[@name='bad']/system-out").first?.stringValue
        #expect(output == "bad: figures withheld until the error in programmes/bad.yaml is fixed")
        #expect(try xml.nodes(forXPath: "//testcase[@name='bad']/failure").count == 1)
    }
}
