import Foundation
import Testing
import WaymarkTestSupport
@testable import WaymarkKit

/// The community YAML test suite (402 inputs, kept outside the repository) as a
/// corpus for the loader: no input may crash or hang; every input a conforming parser
/// must reject gives a `yaml-syntax` error with a line and column; every other input
/// gives either a programme or an error with a position. Each case is checked together
/// with a good programme file, which must still be checked.
///
/// The corpus is read from `WAYMARK_YAML_TEST_SUITE`, else `../shared/yaml-test-suite`
/// beside the package; without it the suite is skipped, saying so (CI requires it).
@Suite(.requires(folder: Requirements.yamlTestSuite.appendingPathComponent("cases"), holding: "the YAML test suite corpus (cases/*.yaml)",
                 setBy: "WAYMARK_YAML_TEST_SUITE"))
struct YAMLTestSuiteTests {
    static let directory = Requirements.yamlTestSuite.appendingPathComponent("cases")

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test func theCorpusIsThere() {
        #expect(Self.cases.count == 402,
                "expected the 402 cases of the YAML test suite in \(Self.directory.path)")
        #expect(Self.cases.filter { $0.hasSuffix(".error.yaml") }.count == 94)
    }

    @Test(.timeLimit(.minutes(1)), arguments: cases)
    func caseIsReadOrRefusedWithAPosition(_ name: String) throws {
        let path = Self.directory.appendingPathComponent(name).path
        let good = Inputs.load("programme: {id: good, name: Good}\n", name: "good.yaml")
        let result = Waymark.check(files: [ProgrammeLoader().load(path: path), good], asOf: nil, today: Inputs.day("2024-03-31"))
        let errors = result.diagnostics.filter { $0.severity == .error && $0.location.file == path }

        #expect(result.reports.contains { $0.programme.id == "good" }, "the good file beside it was not checked")
        for error in errors {
            #expect(error.location.line != nil && error.location.column != nil, "no position: \(error)")
            #expect(error.message.count < 500 && !error.message.contains("\n"), "not a one-line message: \(error)")
        }
        if name.hasSuffix(".error.yaml") {
            #expect(errors.contains { $0.code == .yamlSyntax }, "\(errors.map(\.description))")
        } else {
            let programme = result.reports.contains { $0.programme.locations.item.file == path }
            #expect(programme || !errors.isEmpty, "neither a programme nor an error")
            // The rules Waymark adds to libyaml's (StrictYAML) never refuse valid YAML.
            let strict = ["needs a space before its '#'", "this line continues the", "a lone '-'", "this blank line at the start"]
            #expect(!errors.contains { error in strict.contains { error.message.contains($0) } }, "\(errors.map(\.description))")
        }
    }
}
