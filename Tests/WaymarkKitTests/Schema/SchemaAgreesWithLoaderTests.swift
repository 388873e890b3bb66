import Foundation
import Testing
import WaymarkTestSupport
@testable import WaymarkKit

/// The schema and the loader never disagree: an independent validator
/// (check-jsonschema) passes every file the loader accepts, and fails each planted
/// mistake the loader reports, wherever a schema can see it. The validator's half of
/// each check is skipped, saying so, when check-jsonschema is not installed.
struct SchemaAgreesWithLoaderTests {
    /// The real programmes in `programmes/` and every valid test fixture.
    static let validFiles: [String] = {
        let folders = [repositoryRoot.appendingPathComponent("programmes").path,
                       Fixtures.path("programmes"), Fixtures.path("valid")]
        return ProgrammeLoader().expand(paths: folders)
    }()

    /// Files with one planted mistake each. A fixture's first line says which error
    /// the loader gives (`# expect: invalid-date`); a second line
    /// `# schema: cannot catch (why)` marks the mistakes no JSON Schema can see.
    static let invalidFixtures: [String] = ProgrammeLoader().expand(paths: [Fixtures.path("invalid")])

    /// One validator run over every file, shared by the tests (nil when it is not installed
    /// or could not run, which fails the tests that need it).
    static let verdicts: [String: JSONSchemaChecker.Verdict]? = Subprocess.which("check-jsonschema").flatMap {
        try? JSONSchemaChecker.check(validFiles + invalidFixtures, executable: $0)
    }

    /// The same, read as draft-07: most editors' validators (the YAML language server
    /// among them) implement draft-07, so the schema keeps to keywords that mean the
    /// same in both, and must give the same verdicts.
    static let draft07Verdicts: [String: JSONSchemaChecker.Verdict]? = Subprocess.which("check-jsonschema").flatMap {
        let schema = ProgrammeSchema.text.replacingOccurrences(of: "https://json-schema.org/draft/2020-12/schema",
                                                               with: "http://json-schema.org/draft-07/schema#")
        return try? JSONSchemaChecker.check(validFiles + invalidFixtures, schema: schema, executable: $0)
    }

    static let today = Day(year: 2025, month: 1, day: 15)!

    @Test func thereAreFilesOfEachKind() {
        #expect(Self.validFiles.contains { $0.hasSuffix("programmes/stepping-stones.yaml") })
        #expect(Self.validFiles.contains { $0.hasSuffix("valid/portfolio.yaml") })
        #expect(Self.invalidFixtures.count >= 20)
    }

    @Test(arguments: validFiles)
    func validFileLoads(path: String) throws {
        let result = Waymark.check(paths: [path], asOf: nil, today: Self.today)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "the loader refuses a valid file: \(errors)")
    }

    @Test(.requires(tool: "check-jsonschema"), arguments: validFiles)
    func validFilePassesTheSchema(path: String) throws {
        let verdict = try #require(Self.verdicts?[path])
        #expect(verdict == .valid, "the schema refuses a file the loader accepts")
        #expect(Self.draft07Verdicts?[path] == .valid, "read as draft-07, the schema refuses a file the loader accepts")
    }

    /// A planted-mistake fixture's first two lines: the error the loader gives, and
    /// whether a schema cannot catch it.
    static func plan(of path: String) throws -> (expected: String, schemaCannotCatch: Bool) {
        let header = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").prefix(2)
        let expected = try #require(header.first?.split(separator: ":").last?.trimmingCharacters(in: .whitespaces),
                                    "the fixture's first line should be '# expect: <code>'")
        return (expected, header.contains { $0.hasPrefix("# schema: cannot catch") })
    }

    @Test(arguments: invalidFixtures)
    func plantedMistakeIsReportedByTheLoader(path: String) throws {
        let expected = try Self.plan(of: path).expected
        let result = Waymark.check(paths: [path], asOf: nil, today: Self.today)
        let codes = result.diagnostics.filter { $0.severity == .error }.map(\.code.rawValue)
        #expect(codes.contains(expected), "the loader should report \(expected); it reports \(codes)")
    }

    @Test(.requires(tool: "check-jsonschema"), arguments: invalidFixtures)
    func plantedMistakeIsCaughtByTheSchema(path: String) throws {
        let schemaCannotCatch = try Self.plan(of: path).schemaCannotCatch
        let verdict = try #require(Self.verdicts?[path])
        #expect((Self.draft07Verdicts?[path] == .valid) == (verdict == .valid), "draft-07 and 2020-12 readings differ")
        if schemaCannotCatch {
            // If the schema learns to catch it, drop the fixture's 'cannot catch' line.
            #expect(verdict == .valid)
        } else {
            guard case .invalid = verdict else {
                Issue.record("the schema should refuse this file, but says \(verdict)")
                return
            }
        }
    }

    /// The same mistakes, planted one at a time in the worked example.
    @Test(.requires(tool: "check-jsonschema"), arguments: [
        ("    owner: Head of Property\n", "    owner: Head of Property\n    colour: red\n", "unknown-key"),
        ("    due: 2024-06-30\n", "    due: 30 June 2024\n", "invalid-date"),
        ("    progress: 90\n", "    progress: 120\n", "out-of-range"),
        ("  confidence: amber\n", "  confidence: yellow\n", "wrong-type"),
        ("    likelihood: 4\n", "    likelihood: 0\n", "out-of-range"),
        ("    targets: { FY2023-24: 200000, FY2024-25: 400000 }\n", "    targets: { FY2023-24: 200000, 2024-25: 400000 }\n",
         "invalid-period"),
        ("    weight: 2\n", "    weight: -1\n", "out-of-range"),
        ("  - id: business-case\n    title: Business case approved by Cabinet\n", "  - id: business-case\n    title:\n",
         "missing-key"),
    ])
    func mistakePlantedInTheExampleIsCaught(original: String, replacement: String, code: String) throws {
        let checker = try Requirements.tool("check-jsonschema")
        let example = try String(contentsOfFile: Fixtures.path("programmes/riverside-hubs.yaml"), encoding: .utf8)
        let range = try #require(example.range(of: original), "the example no longer holds \(original)")
        let planted = example.replacingCharacters(in: range, with: replacement)
        try withTemporaryDirectory { folder in
            let file = folder.appendingPathComponent("planted.yaml").path
            try planted.write(toFile: file, atomically: true, encoding: .utf8)
            let codes = Waymark.check(paths: [file], asOf: nil, today: Self.today).diagnostics
                .filter { $0.severity == .error }.map(\.code.rawValue)
            #expect(codes.contains(code))
            let verdict = try JSONSchemaChecker.check([file], executable: checker)[file]
            guard case .invalid = verdict else {
                Issue.record("the schema should refuse the planted mistake, but says \(String(describing: verdict))")
                return
            }
        }
    }
}
