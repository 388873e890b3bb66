import Foundation
import Testing
import WaymarkTestSupport

/// The rule behind every skipped test: what is there runs; what is missing is skipped
/// where it may be, and fails where it is required (CI), never passes unseen.
@Suite struct RequirementsTests {
    /// A name no machine has on its PATH.
    static let absentTool = "waymark-test-no-such-tool"

    @Test func aToolOnThePathRuns() throws {
        // `sh` is on every machine that can run the tests.
        #expect(try Requirements.has(tool: "sh", required: false))
        #expect(try Requirements.has(tool: "sh", required: true))
    }

    @Test func aMissingToolIsSkippedUnlessRequired() throws {
        #expect(try Requirements.has(tool: Self.absentTool, required: false) == false)
        #expect(throws: MissingRequirement.self) { try Requirements.has(tool: Self.absentTool, required: true) }
    }

    @Test func aRequiredMissingToolSaysWhyItFails() {
        do {
            _ = try Requirements.has(tool: Self.absentTool, required: true)
            Issue.record("a missing required tool should throw")
        } catch {
            #expect("\(error)" == "\(Self.absentTool) is required here (WAYMARK_REQUIRE_TOOLS is set) but is not on PATH")
        }
    }

    @Test func aFolderThatExistsRuns() throws {
        try withTemporaryDirectory { folder in
            let found = try Requirements.has(folder: folder, holding: "a corpus", required: true)
            #expect(found)
        }
    }

    @Test func aMissingFolderIsSkippedUnlessRequired() throws {
        let missing = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/cases")
        #expect(try Requirements.has(folder: missing, holding: "a corpus", required: false) == false)
        do {
            _ = try Requirements.has(folder: missing, holding: "the YAML test suite corpus", required: true)
            Issue.record("a missing required folder should throw")
        } catch {
            #expect("\(error)" == "the YAML test suite corpus is required here but there is no folder \(missing.path)")
        }
    }

    @Test func aFileIsNotAFolder() throws {
        try withTemporaryDirectory { folder in
            let file = folder.appendingPathComponent("cases")
            try "not a folder".write(to: file, atomically: true, encoding: .utf8)
            let found = try Requirements.has(folder: file, holding: "a corpus", required: false)
            #expect(!found)
        }
    }

    @Test func theCorpusIsWhereTheVariableSaysElseSharedBesideThePackage() {
        let beside = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/yaml-test-suite")
        #expect(Requirements.yamlTestSuite(in: [:]).path == beside.path)
        #expect(Requirements.yamlTestSuite(in: ["WAYMARK_YAML_TEST_SUITE": ""]).path == beside.path)
        #expect(Requirements.yamlTestSuite(in: ["WAYMARK_YAML_TEST_SUITE": "/data/yaml-test-suite"]).path
                == "/data/yaml-test-suite")
        // A relative path is taken from the package root, as `swift test` runs there.
        #expect(Requirements.yamlTestSuite(in: ["WAYMARK_YAML_TEST_SUITE": "../corpus"]).path
                == repositoryRoot.deletingLastPathComponent().appendingPathComponent("corpus").path)
    }
}
