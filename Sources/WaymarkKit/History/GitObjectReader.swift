/// Files at any commit, read through one `git cat-file --batch` that stays running:
/// each request is one line (`COMMIT:PATH`) and each answer a header and the bytes, so
/// a history of 300 commits starts one git, not 600.
///
/// Not thread-safe: one reader serves one loop. `close()` ends git; a reader that is
/// dropped without it ends git too.
final class GitObjectReader {
    /// What a path is at a commit.
    enum Entry: Equatable, Sendable {
        /// A file (or a symbolic link: its target, as `git show` gives it), stopped one
        /// byte past the limit asked for, so that the loader refuses an oversized file
        /// without it being held whole.
        case file([UInt8])
        case directory
        /// Not there at that commit (or a submodule, which is no programme file).
        case missing
    }

    private let repository: GitRepository
    private var process: GitProcess?

    init(repository: GitRepository) {
        self.repository = repository
    }

    deinit {
        process?.finish(terminating: true)
    }

    /// Ends the git behind the reader; a later request starts another.
    func close() {
        process?.finish()
        process = nil
    }

    /// What `path` (relative to the top level) is at `commit` (a full commit id).
    /// - Throws: `HistoryError.gitFailed` when git stops answering.
    func entry(_ path: String, at commit: String, limit: Int) throws -> Entry {
        if path.isEmpty { return .directory }
        // A request is one line, and git takes a carriage return before the line feed as
        // part of it; such a name is asked for on its own (`ls-tree`, `show`).
        if path.contains(where: { $0 == "\n" || $0 == "\r" }) || commit.contains(where: \.isNewline) {
            return try repository.entryByItself(path, at: commit, limit: limit)
        }
        let git = try process ?? repository.startProcess(["cat-file", "--batch"], interactive: true,
                                                         command: "git cat-file --batch")
        process = git
        try git.send(Array("\(commit):\(path)\n".utf8))
        guard let headerBytes = try git.readLine() else { throw lost(git) }
        // "<object> <type> <size>", or "<request> missing" (the request may hold spaces).
        let header = String(decoding: headerBytes, as: UTF8.self)
        if header.hasSuffix(" missing") || header.hasSuffix(" ambiguous") { return .missing }
        let fields = header.split(separator: " ")
        guard fields.count == 3, let size = Int(fields[2]), size >= 0 else { throw lost(git) }
        let isBlob = fields[1] == "blob"
        if isBlob, size > limit {
            // The rest is not wanted: end this git rather than read it all, and let the
            // next request start another.
            guard let kept = try git.read(exactly: limit + 1, keeping: limit + 1) else { throw lost(git) }
            git.finish(terminating: true)
            process = nil
            return .file(kept)
        }
        // The object's bytes, then one line feed.
        guard let bytes = try git.read(exactly: size + 1, keeping: isBlob ? size : 0) else { throw lost(git) }
        switch fields[1] {
        case "blob": return .file(bytes)
        case "tree": return .directory
        default: return .missing
        }
    }

    /// The error for a git that stopped answering, with what it said.
    private func lost(_ git: GitProcess) -> HistoryError {
        process = nil
        return git.failure()
    }
}
