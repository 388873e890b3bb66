import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import WaymarkTestSupport

/// `waymark init` and `waymark check --format junit`, run as a PMO officer would.
struct InitAndCheckTests {
    @Test func initWritesAFileThatChecksClean() throws {
        try withTemporaryDirectory { folder in
            let result = try WaymarkBinary.run(["init", "--id", "family-hubs", "--name", "Family Hubs: \"Phase 2\""], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("programmes/family-hubs.yaml"))
            let text = try String(contentsOf: folder.appendingPathComponent("programmes/family-hubs.yaml"), encoding: .utf8)
            #expect(text.contains("id: family-hubs"))

            let check = try WaymarkBinary.run(["check", "--fail-on", "warning"], in: folder)
            #expect(check.status == 0, "\(check.stdout)")
            #expect(check.stdout.contains("1 file checked: 0 errors, 0 warnings"))
            #expect(check.stdout.contains("family-hubs: "))
        }
    }

    @Test func initNeverOverwrites() throws {
        try withTemporaryDirectory { folder in
            let file = folder.appendingPathComponent("plan.yaml")
            try "keep me\n".write(to: file, atomically: true, encoding: .utf8)
            let result = try WaymarkBinary.run(["init", "plan.yaml"], in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.contains("already exists"))
            #expect(try String(contentsOf: file, encoding: .utf8) == "keep me\n")
        }
    }

    @Test func initTakesTheIDFromTheFileName() throws {
        try withTemporaryDirectory { folder in
            let result = try WaymarkBinary.run(["init", "portfolio-a/sen-transport.yml"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let text = try String(contentsOf: folder.appendingPathComponent("portfolio-a/sen-transport.yml"), encoding: .utf8)
            #expect(text.contains("id: sen-transport\n"))
            #expect(text.contains("name: Sen transport\n"))
        }
    }

    @Test(arguments: [["init", "--id", "Family Hubs"], ["init", "Plan One.yaml"], ["init", "notes.txt"], ["init", "--name", ""]])
    func initRefusesBadInput(arguments: [String]) throws {
        try withTemporaryDirectory { folder in
            let result = try WaymarkBinary.run(arguments, in: folder)
            #expect(result.status == 2)
            #expect(!result.stderr.isEmpty)
            #expect((try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true)
        }
    }

    @Test func checkWritesJUnitThatParses() throws {
        try withTemporaryDirectory { folder in
            let programmes = folder.appendingPathComponent("programmes")
            try FileManager.default.createDirectory(at: programmes, withIntermediateDirectories: true)
            let example = repositoryRoot.appendingPathComponent("Tests/WaymarkKitTests/Fixtures/programmes/riverside-hubs.yaml")
            try FileManager.default.copyItem(at: example, to: programmes.appendingPathComponent("riverside-hubs.yaml"))
            try "programme:\n  id: broken\n  name: Broken\n  start: 31/03/2024\n"
                .write(to: programmes.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)

            let result = try WaymarkBinary.run(["check", "--format", "junit", "--fail-on", "overdue"], in: folder)
            #expect(result.status == 2)
            let xml = try XMLDocument(xmlString: result.stdout, options: [])
            let names = try xml.nodes(forXPath: "//testcase/@name").compactMap(\.stringValue)
            #expect(names == ["broken", "riverside-hubs"])
            let types = try xml.nodes(forXPath: "//failure/@type").compactMap(\.stringValue)
            #expect(types.contains("invalid-date") && types.contains("overdue"))
            let messages = try xml.nodes(forXPath: "//failure/@message").compactMap(\.stringValue)
            #expect(messages.contains { $0.hasPrefix("programmes/broken.yaml:4:10: ") })
        }
    }
}
