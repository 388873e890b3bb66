import Foundation
import Testing
import WaymarkTestSupport

/// `waymark diff` and `waymark history` end to end: the built binary run in a
/// throw-away repository, checking stdout, stderr and the exit status.
@Suite(.requires(tool: "git")) struct HistoryCommandsTests {
    typealias Run = RunResult

    static func waymark(_ arguments: [String], in directory: String) throws -> Run {
        try WaymarkBinary.run(arguments, in: URL(fileURLWithPath: directory))
    }

    /// Runs a program with git's own variables cleared, so the caller's git settings
    /// cannot leak into the throw-away repositories.
    static func run(_ executable: String, _ arguments: [String], in directory: String,
                    environment extra: [String: String] = [:]) throws -> Run {
        let environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
            .merging(extra) { $1 }
        return try Subprocess.run(URL(fileURLWithPath: executable), arguments, in: URL(fileURLWithPath: directory),
                                  environment: environment)
    }

    /// A repository with two commits of `programmes/a.yaml`: the first tagged `board-1`
    /// (as at 31 Jan 2024, milestone 40%), the second with the milestone complete.
    final class Repository {
        let root = NSTemporaryDirectory() + "waymark-cli-\(UUID().uuidString)"

        init(first: String = Repository.programme("progress: 40"),
             second: String = Repository.programme("completed: 2024-02-20", asOf: "2024-02-29")) throws {
            try FileManager.default.createDirectory(atPath: root + "/programmes", withIntermediateDirectories: true)
            try git("init", "-q")
            try commit(first, date: "2024-01-31T12:00:00Z")
            try git("tag", "board-1")
            try commit(second, date: "2024-02-29T12:00:00Z")
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        static func programme(_ state: String, asOf: String = "2024-01-31") -> String {
            "programme: {id: a, name: Alpha, as_of: \(asOf)}\nmilestones:\n  - {id: m1, title: Pathway agreed, due: 2024-03-31, \(state)}\n"
        }

        func commit(_ text: String, date: String) throws {
            try text.write(toFile: root + "/programmes/a.yaml", atomically: true, encoding: .utf8)
            try git("add", "-A")
            try git("-c", "user.name=PMO", "-c", "user.email=pmo@example.org", "commit", "-q", "-m", "Update", date: date)
        }

        func git(_ arguments: String..., date: String? = nil) throws {
            let dates = date.map { ["GIT_AUTHOR_DATE": $0, "GIT_COMMITTER_DATE": $0] } ?? [:]
            let run = try HistoryCommandsTests.run("/usr/bin/env", ["git"] + arguments, in: root,
                                                   environment: dates.merging(["GIT_CONFIG_GLOBAL": "/dev/null"]) { $1 })
            if run.status != 0 { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: run.stderr]) }
        }
    }

    @Test func diffPrintsTheChangesInEachFormat() throws {
        let repo = try Repository()
        let text = try Self.waymark(["diff", "board-1"], in: repo.root)
        #expect(text.status == 0)
        #expect(text.stderr == "")
        #expect(text.stdout.hasPrefix("Changes since board-1 (commit "))
        #expect(text.stdout.contains("    Completed  m1  Pathway agreed: completed 20 Feb 2024, 40 days before its baseline of 31 Mar 2024 (was 40.0%)\n"))
        let json = try Self.waymark(["diff", "board-1", "programmes/a.yaml", "--format", "json"], in: repo.root)
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["since"] as? [String: Any])?["name"] as? String == "board-1")
        let markdown = try Self.waymark(["diff", "board-1", "--format", "markdown"], in: repo.root)
        #expect(markdown.stdout.hasPrefix("# Changes since 31 Jan 2024\n"))
    }

    @Test func aMissingRevisionExitsTwoNamingIt() throws {
        let repo = try Repository()
        let run = try Self.waymark(["diff", "board-0"], in: repo.root)
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("error: revision 'board-0' is not in this repository; "))
    }

    @Test func aShallowCloneExitsTwoSayingHowToFetch() throws {
        let repo = try Repository()
        let clone = NSTemporaryDirectory() + "waymark-cli-shallow-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: clone) }
        let cloned = try Self.run("/usr/bin/env", ["git", "clone", "-q", "--depth", "1", "file://\(repo.root)", clone],
                                  in: NSTemporaryDirectory())
        #expect(cloned.status == 0)
        let first = try Self.run("/usr/bin/env", ["git", "rev-list", "--max-parents=0", "board-1"], in: repo.root)
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let run = try Self.waymark(["diff", first], in: clone)
        #expect(run.status == 2)
        #expect(run.stderr.contains("revision '\(first)' is not in this repository; this clone is shallow"))
        #expect(run.stderr.contains("fetch-depth: 0"))
    }

    @Test func aPathOutsideTheRepositoryExitsTwo() throws {
        let repo = try Repository()
        let run = try Self.waymark(["diff", "HEAD", "../elsewhere"], in: repo.root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: '../elsewhere' is outside the repository at "))
    }

    @Test func anErrorAtTheRevisionExitsTwo() throws {
        let repo = try Repository(first: Repository.programme("progress: 140"))
        let run = try Self.waymark(["diff", "board-1"], in: repo.root)
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("board-1:programmes/a.yaml:3:"))
        #expect(run.stderr.contains("[out-of-range]"))
        #expect(run.stderr.contains("error: cannot compare: the files at board-1 have 1 error;"))
    }

    @Test func historyTakesOneFile() throws {
        let repo = try Repository()
        let run = try Self.waymark(["history", "programmes/a.yaml", "--format", "markdown"], in: repo.root)
        #expect(run.status == 0)
        #expect(run.stdout.contains("```mermaid\nxychart-beta\n"))
        #expect(run.stdout.contains("    line [40.0, 100.0]\n"))
        let folder = try Self.waymark(["history", "programmes"], in: repo.root)
        #expect(folder.status == 2)
        #expect(folder.stderr.contains("'programmes' is not a programme file"))
    }

    @Test func outsideAnyRepositoryExitsTwo() throws {
        let folder = NSTemporaryDirectory() + "waymark-cli-plain-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try Self.waymark(["diff", "HEAD"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("is not inside a git repository"))
    }
}
