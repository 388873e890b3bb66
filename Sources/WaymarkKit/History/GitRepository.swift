import Foundation
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A git repository, read by running `git` as a subprocess (`GitProcess`).
///
/// Arguments always go to git as an array, never through a shell, so no file or
/// revision name can be read as a command. Revisions are resolved to a full commit id
/// once (`resolve(_:)`), and every later command uses that id. Nothing here writes to
/// the repository.
public struct GitRepository: Sendable {
    /// The top level of the working tree, with symbolic links resolved.
    public let root: String
    private let git: String

    /// The repository that holds `directory` (usually the current directory).
    public init(directory: String) throws {
        guard let git = Self.findGit() else { throw HistoryError.gitNotFound }
        let output: Output
        do {
            output = try Self.run(git, ["rev-parse", "--show-toplevel"], in: directory, limit: 1 << 16)
        } catch {
            throw HistoryError.notARepository(directory: directory)
        }
        guard output.status == 0, let top = output.firstLine, !top.isEmpty else {
            throw HistoryError.notARepository(directory: directory)
        }
        self.git = git
        root = Self.canonical(top)
    }

    // MARK: - Revisions

    /// The commit `name` names (a tag, branch or commit id), with its date.
    /// - Throws: `HistoryError.unknownRevision` naming it, saying whether the clone is shallow.
    public func resolve(_ name: String) throws -> Revision {
        guard !name.isEmpty, !name.hasPrefix("-"), !name.contains(where: { $0 == "\0" || $0.isNewline }) else {
            throw HistoryError.invalidRevision(name)
        }
        let verify = try run(["rev-parse", "--verify", "--quiet", "\(name)^{commit}"])
        guard verify.status == 0, let commit = verify.firstLine, commit.count >= 40 else {
            throw HistoryError.unknownRevision(name, shallow: isShallow())
        }
        let shown = try run(["show", "-s", "--format=%ct", commit])
        guard shown.status == 0, let seconds = shown.firstLine.flatMap({ Int($0) }) else {
            throw shown.failure("git show -s \(commit)")
        }
        return Revision(name: name, commit: commit, date: Self.day(unixTime: seconds))
    }

    /// Whether this clone holds only part of the history (`git clone --depth`, CI checkouts).
    public func isShallow() -> Bool {
        (try? run(["rev-parse", "--is-shallow-repository"]))?.firstLine == "true"
    }

    // MARK: - Files at a revision

    /// What a repository path is at a revision.
    public enum EntryKind: Sendable {
        case file, directory
    }

    /// Whether `path` (relative to the top level) is a file or a folder at `revision`; nil
    /// when it is not there.
    public func kind(of path: String, at revision: Revision) throws -> EntryKind? {
        if path.isEmpty { return .directory }
        return try entries(at: revision, pathspec: path).first { $0.path == path }.map { $0.type == "tree" ? .directory : .file }
    }

    /// The `*.yaml` and `*.yml` files directly inside `directory` at `revision`, in name
    /// order, as paths relative to the top level (`""` is the top level itself).
    public func programmeFiles(in directory: String, at revision: Revision) throws -> [String] {
        try entries(at: revision, pathspec: directory.isEmpty ? nil : directory + "/")
            .filter { $0.type == "blob" && $0.mode != "120000" && ($0.path.hasSuffix(".yaml") || $0.path.hasSuffix(".yml")) }
            .map(\.path)
            .sorted()
    }

    /// A file's bytes at `revision` (`git show REV:path`). Reading stops one byte past
    /// `limit`, so that an oversized file is refused by the loader without being read whole.
    public func contents(of path: String, at revision: Revision, limit: Int) throws -> [UInt8] {
        // --no-textconv: the bytes as committed, whatever diff drivers the user has set up.
        let output = try run(["show", "--no-textconv", "\(revision.commit):\(path)"], limit: limit)
        if output.truncated { return output.stdout }
        guard output.status == 0 else { throw output.failure("git show \(revision.shortCommit):\(path)") }
        return output.stdout
    }

    /// A reader for files at any commit that keeps one git running for all of them:
    /// use it when more than one file is read.
    func objectReader() -> GitObjectReader {
        GitObjectReader(repository: self)
    }

    /// One path at one commit, read with a git of its own (`ls-tree`, then `show`): for
    /// names that `git cat-file --batch` cannot be asked for.
    func entryByItself(_ path: String, at commit: String, limit: Int) throws -> GitObjectReader.Entry {
        let revision = Revision(name: String(commit.prefix(7)), commit: commit, date: Day(ordinal: 0))
        switch try kind(of: path, at: revision) {
        case .directory: return .directory
        case .file: return .file(try contents(of: path, at: revision, limit: limit))
        case nil: return .missing
        }
    }

    private struct TreeEntry {
        let mode: String
        let type: String
        let path: String
    }

    private func entries(at revision: Revision, pathspec: String?) throws -> [TreeEntry] {
        var arguments = ["--literal-pathspecs", "ls-tree", "-z", revision.commit]
        if let pathspec { arguments += ["--", pathspec] }
        let output = try run(arguments)
        guard output.status == 0 else { throw output.failure("git ls-tree \(revision.shortCommit)") }
        // Each entry: "<mode> SP <type> SP <object> TAB <path>", NUL-terminated.
        return output.stdout.split(separator: 0).compactMap { record in
            guard let tab = record.firstIndex(of: 9) else { return nil }
            let fields = String(decoding: record[record.startIndex..<tab], as: UTF8.self).split(separator: " ")
            guard fields.count == 3 else { return nil }
            let path = String(decoding: record[record.index(after: tab)...], as: UTF8.self)
            return TreeEntry(mode: String(fields[0]), type: String(fields[1]), path: path)
        }
    }

    // MARK: - Log

    /// One commit that touched a file.
    public struct LogEntry: Hashable, Sendable {
        public let commit: String
        public let date: Day
        public let subject: String
        /// The file's path in that commit (it differs before a rename).
        public let path: String

        public init(commit: String, date: Day, subject: String, path: String) {
            self.commit = commit
            self.date = date
            self.subject = subject
            self.path = path
        }
    }

    /// The commits that touched `path`, newest first, following renames (`git log --follow`).
    public func log(following path: String) throws -> [LogEntry] {
        let output = try run(["--literal-pathspecs", "log", "--follow", "--no-color", "--name-only", "-z",
                              "--format=%x1e%H%x1f%ct%x1f%s", "--", path])
        guard output.status == 0 else { throw output.failure("git log --follow -- \(path)") }
        // Tokens between NULs: a header ("\u{1e}id\u{1f}time\u{1f}subject") then the file name
        // in that commit. A commit that lists no name (a merge) keeps the path asked for.
        var entries: [LogEntry] = []
        var pending: (commit: String, date: Day, subject: String)?
        func flush(_ name: String?) {
            guard let header = pending else { return }
            entries.append(LogEntry(commit: header.commit, date: header.date, subject: header.subject, path: name ?? path))
            pending = nil
        }
        for token in output.stdout.split(separator: 0) {
            let text = String(decoding: token, as: UTF8.self).trimmingCharacters(in: .newlines)
            if text.hasPrefix("\u{1e}") {
                flush(nil)
                let fields = text.dropFirst().split(separator: "\u{1f}", maxSplits: 2, omittingEmptySubsequences: false)
                guard fields.count >= 2, let seconds = Int(fields[1]) else { continue }
                pending = (String(fields[0]), Self.day(unixTime: seconds), fields.count > 2 ? String(fields[2]) : "")
            } else if !text.isEmpty {
                flush(text)
            }
        }
        flush(nil)
        return entries
    }

    // MARK: - Paths

    /// `path` (relative to `directory`, or absolute) as a path relative to the top level;
    /// `""` for the top level itself.
    /// - Throws: `HistoryError.outsideRepository` when it resolves outside the working tree.
    public func relativePath(_ path: String, from directory: String) throws -> String {
        let absolute = path.hasPrefix("/") ? path : directory + "/" + path
        let resolved = Self.canonical(absolute)
        if resolved == root { return "" }
        let prefix = root == "/" ? "/" : root + "/"
        guard resolved.hasPrefix(prefix) else { throw HistoryError.outsideRepository(path: path, root: root) }
        return String(resolved.dropFirst(prefix.count))
    }

    /// `path` made absolute (from the current directory), with `.` and `..` removed and
    /// symbolic links resolved in the part that exists, so that `/tmp/x` and
    /// `/private/tmp/x` (macOS) compare equal.
    static func canonical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in absolute.split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        var existing = parts.count
        while existing > 0, !FileManager.default.fileExists(atPath: "/" + parts[..<existing].joined(separator: "/")) {
            existing -= 1
        }
        var head = "/" + parts[..<existing].joined(separator: "/")
        if let resolved = realPath(head) { head = resolved }
        let tail = parts[existing...].joined(separator: "/")
        if tail.isEmpty { return head }
        return head == "/" ? "/" + tail : head + "/" + tail
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func day(unixTime seconds: Int) -> Day {
        // Floor division, so a time before 1970 still lands on its own day.
        Day(ordinal: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    // MARK: - Running git

    struct Output {
        let status: Int32
        let stdout: [UInt8]
        let stderr: String
        /// Output stopped at the limit; the process was ended.
        let truncated: Bool

        var firstLine: String? {
            String(decoding: stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init)
        }

        func failure(_ command: String) -> HistoryError {
            .gitFailed(command: command, status: status,
                       message: stderr.split(separator: "\n").first.map(String.init) ?? "")
        }
    }

    private func run(_ arguments: [String], limit: Int = 64 << 20) throws -> Output {
        try Self.run(git, arguments, in: root, limit: limit)
    }

    /// A git that runs in the top level and waits for requests on its standard input.
    func startProcess(_ arguments: [String], interactive: Bool, command: String) throws -> GitProcess {
        try GitProcess(git: git, arguments: Self.settings(in: root) + arguments, environment: Self.environment,
                       interactive: interactive, command: command)
    }

    private static func run(_ git: String, _ arguments: [String], in directory: String, limit: Int) throws -> Output {
        let process = try GitProcess(git: git, arguments: settings(in: directory) + arguments, environment: environment,
                                     interactive: false, command: "git " + (arguments.first ?? ""))
        let (bytes, truncated) = try process.readAll(limit: limit)
        let status = process.finish(terminating: truncated)
        return Output(status: status, stdout: bytes, stderr: process.errorText, truncated: truncated)
    }

    /// `-C DIRECTORY` (git changes to it itself), and the user's colour and signature
    /// settings off, since they must not change what is parsed here.
    private static func settings(in directory: String) -> [String] {
        ["-C", directory, "-c", "color.ui=false", "-c", "log.showSignature=false"]
    }

    /// This process's environment, with what a reader of git needs.
    private static let environment: [String] = {
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"   // never wait for a password
        environment["GIT_OPTIONAL_LOCKS"] = "0"    // a reader takes no index lock
        environment["LC_ALL"] = "C"                // git's messages in one language
        return environment.map { "\($0.key)=\($0.value)" }.sorted()
    }()

    private static func findGit() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin:/usr/local/bin"
        let candidates = path.split(separator: ":").map { "\($0)/git" } + ["/usr/bin/git", "/usr/local/bin/git"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
