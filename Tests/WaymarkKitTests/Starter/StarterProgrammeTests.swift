import Foundation
import Testing
import WaymarkTestSupport
@testable import WaymarkKit

/// `waymark init`'s starter file checks clean on any day, and shows every key.
struct StarterProgrammeTests {
    static let days = [
        Day(year: 2025, month: 1, day: 15)!, Day(year: 2025, month: 3, day: 31)!, Day(year: 2025, month: 4, day: 1)!,
        Day(year: 2024, month: 2, day: 29)!, Day(year: 2026, month: 12, day: 31)!, Day(year: 2027, month: 8, day: 31)!,
    ]

    private func check(_ text: String, today: Day) -> CheckResult {
        let file = ProgrammeLoader().load(bytes: Array(text.utf8), file: "programmes/starter.yaml")
        return Waymark.check(files: [file], asOf: nil, today: today)
    }

    @Test(arguments: days)
    func checksCleanOnTheDayItIsWritten(today: Day) {
        let result = check(StarterProgramme.text(id: "family-hubs", name: "Family Hubs", today: today), today: today)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.location): \($0.message)" })")
        #expect(result.reports.count == 1)
        #expect(result.reports.first?.asOf == today)
    }

    @Test func teachesEveryKeyOfTheFormat() {
        let text = StarterProgramme.text(id: "x", name: "X", today: Self.days[0])
        let lists = [FileDecoder.topKeys, FileDecoder.programmeKeys, FileDecoder.budgetKeys, FileDecoder.thresholdKeys,
                     FileDecoder.workstreamKeys, FileDecoder.milestoneKeys, FileDecoder.benefitKeys,
                     FileDecoder.riskKeys, FileDecoder.riskTargetKeys, FileDecoder.dependencyKeys,
                     FileDecoder.fundingKeys, FileDecoder.issueKeys, FileDecoder.decisionKeys, FileDecoder.narrativeKeys]
        let missing = Set(lists.joined()).filter { key in
            !text.contains("\(key):") && !text.contains("{ \(key):") && !text.contains(", \(key):")
        }
        #expect(missing.isEmpty, "the starter file never shows \(missing.sorted())")
    }

    @Test(arguments: ["Family Hubs", "Family Hubs: Phase #2", "\"Quoted\" name", "null", "Yes", " leading space",
                      "back\\slash", "tab\there", "Ünïcode £ – “curly”", "- dash first", "@home", "100", "line\nbreak"])
    func nameIsKeptExactly(name: String) throws {
        let today = Self.days[0]
        let result = check(StarterProgramme.text(id: "family-hubs", name: name, today: today), today: today)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(result.reports.first?.programme.name == name)
    }

    @Test func idsAreChecked() {
        #expect(StarterProgramme.problem(withID: "family-hubs-2") == nil)
        #expect(StarterProgramme.problem(withID: "Family Hubs") != nil)
        #expect(StarterProgramme.problem(withID: "") != nil)
        #expect(StarterProgramme.problem(withID: "hubs/north") != nil)
    }

    @Test func defaultNameComesFromTheID() {
        #expect(StarterProgramme.defaultName(forID: "family-hubs") == "Family hubs")
        #expect(StarterProgramme.defaultName(forID: "sen-transport-2025") == "Sen transport 2025")
    }

    @Test(.requires(tool: "check-jsonschema"))
    func schemaAcceptsIt() throws {
        let checker = try Requirements.tool("check-jsonschema")
        try withTemporaryDirectory { folder in
            let files = try Self.days.enumerated().map { index, day in
                let file = folder.appendingPathComponent("starter-\(index).yaml").path
                try StarterProgramme.text(id: "family-hubs", name: "Family Hubs: \"Phase\" #2", today: day)
                    .write(toFile: file, atomically: true, encoding: .utf8)
                return file
            }
            let verdicts = try JSONSchemaChecker.check(files, executable: checker)
            for file in files { #expect(verdicts[file] == .valid, "\(file)") }
        }
    }
}
