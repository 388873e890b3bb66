import Foundation
import WaymarkTestSupport
import Testing

/// A throw-away git repository in a temporary folder. Commits carry fixed author and
/// committer dates and identity, so commit ids and every date Waymark reads are the same
/// on every run. The folder is removed when the value goes.
final class ScratchRepository {
    let root: String

    init() throws {
        let base = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("waymark-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        // The real path, so it compares equal with what git reports (/tmp may be a link).
        root = base.resolvingSymlinksInPath().path
        try git("init", "-q")
        try git("config", "user.name", "PMO Officer")
        try git("config", "user.email", "pmo@example.org")
        try git("config", "commit.gpgsign", "false")
        try git("config", "tag.gpgsign", "false")
    }

    /// A repository made by cloning another, e.g. shallowly (`--depth 1`).
    private init(cloneOf source: ScratchRepository, arguments: [String]) throws {
        let base = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("waymark-clone-\(UUID().uuidString)")
        root = base.path
        try Self.run(["clone", "-q"] + arguments + ["file://\(source.root)", root], in: NSTemporaryDirectory())
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// `git clone --depth 1 file://...`: a clone holding only the latest commit, as CI makes.
    func shallowClone() throws -> ScratchRepository {
        try ScratchRepository(cloneOf: self, arguments: ["--depth", "1"])
    }

    func path(_ relative: String) -> String { "\(root)/\(relative)" }

    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Stages everything and commits it at `date` (ISO 8601, e.g. `2024-01-31T17:00:00Z`);
    /// returns the commit id.
    @discardableResult
    func commit(_ message: String, at date: String) throws -> String {
        try git("add", "-A")
        try git(["commit", "-q", "-m", message], date: date)
        return try git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// An annotated tag (it points at a tag object, so resolving it must peel to the commit).
    func tag(_ name: String, at date: String) throws {
        try git(["tag", "-a", name, "-m", "Pack for \(name)"], date: date)
    }

    @discardableResult
    func git(_ arguments: String...) throws -> String {
        try git(arguments, date: nil)
    }

    @discardableResult
    func git(_ arguments: [String], date: String?) throws -> String {
        try Self.run(arguments, in: root, date: date)
    }

    /// Runs git with an argument array (no shell), isolated from the user's and the
    /// caller's git settings.
    @discardableResult
    private static func run(_ arguments: [String], in directory: String, date: String? = nil) throws -> String {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        if let date {
            environment["GIT_AUTHOR_DATE"] = date
            environment["GIT_COMMITTER_DATE"] = date
        }
        let run = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"), ["git"] + arguments,
                                     in: URL(fileURLWithPath: directory), environment: environment)
        guard run.status == 0 else {
            throw ScratchError(message: "git \(arguments.joined(separator: " ")): " + run.stderr)
        }
        return run.stdout
    }
}

struct ScratchError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
