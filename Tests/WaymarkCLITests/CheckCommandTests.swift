import Foundation
import Testing

/// `waymark check` end to end: the built binary on fixture files.
@Suite struct CheckCommandTests {
    static let riverside = "Tests/WaymarkKitTests/Fixtures/programmes/riverside-hubs.yaml"

    /// A temporary directory holding the given files.
    func directory(_ files: [String: String]) throws -> URL {
        let url = try WaymarkBinary.temporaryFolder()
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url
    }

    @Test func textOutputIsCompilerStyleThenASummaryPerProgramme() throws {
        let output = try WaymarkBinary.run(["check", Self.riverside])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(Self.riverside):39:15: warning: milestone 'north-hub-open' is overdue by 15 days (forecast 2024-09-15) [overdue]")
        #expect(lines.contains("\(Self.riverside):119:16: warning: dependency 'D1' was needed by 2024-07-01 and is not met (91 days late) [dependency-overdue]"))
        #expect(lines.suffix(2) == [
            "riverside-hubs: 63.3% complete (planned 50.0%), 1 overdue, RAG red (schedule red, benefits amber, risks red) as of 2024-09-30",
            "1 file checked: 0 errors, 8 warnings",
        ])
    }

    @Test func failOnOverdueExitsOneExactlyWhenAMilestoneIsOverdue() throws {
        // Overdue on 30 Sep 2024 (forecast 15 Sep)…
        #expect(try WaymarkBinary.run(["check", "--fail-on", "overdue", Self.riverside]).status == 1)
        // …but not on 15 Sep itself, when it is due today; warnings alone do not fail.
        #expect(try WaymarkBinary.run(["check", "--fail-on", "overdue", "--as-of", "2024-09-15", Self.riverside]).status == 0)
        #expect(try WaymarkBinary.run(["check", "--fail-on", "warning", "--as-of", "2024-09-15", Self.riverside]).status == 1)
        #expect(try WaymarkBinary.run(["check", Self.riverside]).status == 0)
    }

    @Test func errorsExitTwoAndOtherFilesAreStillChecked() throws {
        let dir = try directory([
            "a-bad.yaml": "programme:\n  id: bad\n  name: Bad\nmilestones:\n  - {id: m, title: T, due: 31/03/2024}\n",
            "b-good.yaml": "programme: {id: good, name: Good, as_of: 2024-03-31}\nmilestones:\n  - {id: m, title: T, due: 2024-01}\n",
        ])
        let output = try WaymarkBinary.run(["check", dir.path])
        #expect(output.status == 2)
        #expect(output.stdout.contains("\(dir.path)/a-bad.yaml:5:28: error: milestone 'm': 'due' '31/03/2024' is not a date"))
        #expect(output.stdout.contains("\(dir.path)/b-good.yaml:3:28: warning: milestone 'm' is overdue by 60 days (due 2024-01-31) [overdue]"))
        #expect(output.stdout.contains("good: 0.0% complete (planned 100.0%), 1 overdue"))
    }

    @Test func jsonOutputIsTheSpecObject() throws {
        let output = try WaymarkBinary.run(["check", "--format", "json", Self.riverside])
        #expect(output.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let programme = try #require((json["programmes"] as? [[String: Any]])?.first)
        #expect(programme["id"] as? String == "riverside-hubs")
        #expect(programme["as_of"] as? String == "2024-09-30")
        #expect(programme["planned_percent"] as? Double == 50)
        #expect(programme["net_benefit_to_date"] as? Double == -120_000)
        #expect(programme["confidence"] as? String == "amber")
        let milestone = try #require((programme["milestones"] as? [[String: Any]])?.first { $0["id"] as? String == "north-hub-open" })
        #expect(milestone["state"] as? String == "overdue")
        #expect(milestone["days_overdue"] as? Int == 15)
        #expect(milestone["slipped_days"] as? Int == 77)
        #expect(milestone["completed"] is NSNull)
        let diagnostic = try #require((json["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["line"] as? Int == 39)
        #expect(diagnostic["column"] as? Int == 15)
        #expect(diagnostic["file"] as? String == Self.riverside)
        #expect(Set(diagnostic.keys) == ["severity", "code", "message", "file", "line", "column"])
    }

    @Test func githubFormatAnnotatesTheYAMLLines() throws {
        let output = try WaymarkBinary.run(["check", "--format", "github", Self.riverside])
        #expect(output.stdout.split(separator: "\n").first ==
                "::warning file=\(Self.riverside),line=39,col=15,title=overdue::milestone 'north-hub-open' is overdue by 15 days (forecast 2024-09-15)")
        #expect(output.stdout.contains("::notice file=\(Self.riverside),line=86,col=5,title=unquantified-benefit::"))
    }

    @Test func missingFileIsAnErrorWithoutALineAndTheRunGoesOn() throws {
        let output = try WaymarkBinary.run(["check", "no/such.yaml", Self.riverside])
        #expect(output.status == 2)
        #expect(output.stdout.contains("\nno/such.yaml: error: no such file [unreadable]\n"))
        #expect(output.stdout.contains("riverside-hubs: 63.3% complete"))
    }

    @Test func noPathReadsTheProgrammesFolder() throws {
        let dir = try directory([:])
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("programmes"), withIntermediateDirectories: true)
        try "programme: {id: only, name: Only}\n".write(to: dir.appendingPathComponent("programmes/only.yaml"),
                                                       atomically: true, encoding: .utf8)
        let output = try WaymarkBinary.run(["check", "--as-of", "2024-01-01"], in: dir)
        #expect(output.stdout.contains("only: no milestones, 0 overdue, RAG not rated (no milestones, no measured benefits and no assessed risks) as of 2024-01-01"))
    }

    @Test func badUsageExitsTwo() throws {
        #expect(try WaymarkBinary.run(["check", "--format", "xml"]).status == 2)
        #expect(try WaymarkBinary.run(["check", "--as-of", "31/03/2024"]).status == 2)
        #expect(try WaymarkBinary.run(["frobnicate"]).status == 2)
        let help = try WaymarkBinary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("check"))
    }
}

extension CheckCommandTests {
    @Test func anEmptyFolderIsAnError() throws {
        let dir = try directory([:])
        let output = try WaymarkBinary.run(["check", dir.path])
        #expect(output.status == 2)
        #expect(output.stdout.hasPrefix("\(dir.path): error: this folder holds no .yaml or .yml programme files [unreadable]\n"))
    }
}
