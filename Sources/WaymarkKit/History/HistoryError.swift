/// Faults of a `diff` or `history` run itself: git missing, a revision that is not
/// there, a path outside the repository. Mistakes inside programme files are never
/// thrown; they are diagnostics, as in `check`.
public enum HistoryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No `git` executable on the PATH.
    case gitNotFound
    /// The directory is not inside a git working tree.
    case notARepository(directory: String)
    /// The revision cannot be used as one (empty, or starting with '-', which git would
    /// read as an option).
    case invalidRevision(String)
    /// git does not know the revision. `shallow` says whether this clone holds only
    /// part of the history, the usual reason in CI.
    case unknownRevision(String, shallow: Bool)
    /// A path argument resolves outside the repository's top level.
    case outsideRepository(path: String, root: String)
    /// `history` was given a folder, or nothing that is one programme file.
    case notOneFile(String)
    /// No commit touches the file (it is new, untracked, or outside the fetched history).
    case noHistory(path: String, shallow: Bool)
    /// git itself failed.
    case gitFailed(command: String, status: Int32, message: String)

    public var description: String {
        switch self {
        case .gitNotFound:
            return "git is not installed (or not on the PATH); waymark reads programme history with it"
        case let .notARepository(directory):
            return "'\(directory)' is not inside a git repository; run waymark where the programme files are committed"
        case let .invalidRevision(revision):
            return "'\(revision)' is not a revision name; give a tag, branch or commit such as board-2024-06"
        case let .unknownRevision(revision, shallow):
            let why = shallow
                ? "this clone is shallow, so older commits are missing: run `git fetch --unshallow --tags`, or in GitHub Actions give actions/checkout `fetch-depth: 0`"
                : "check the name with `git tag` or `git log`; if the repository was cloned shallowly or without tags, fetch the full history (`git fetch --tags`, or `fetch-depth: 0` in GitHub Actions)"
            return "revision '\(revision)' is not in this repository; \(why)"
        case let .outsideRepository(path, root):
            return "'\(path)' is outside the repository at \(root); waymark only reads programme files inside it"
        case let .notOneFile(path):
            return "'\(path)' is not a programme file; history follows one programme, so give its YAML file"
        case let .noHistory(path, shallow):
            let why = shallow
                ? "; this clone is shallow, so fetch the full history (`fetch-depth: 0` in GitHub Actions)"
                : ": commit it first"
            return "no commit in this repository touches '\(path)'\(why)"
        case let .gitFailed(command, status, message):
            let detail = message.isEmpty ? "" : ": \(message)"
            return "`\(command)` failed with exit status \(status)\(detail)"
        }
    }
}
