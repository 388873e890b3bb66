/// A commit that programme files are read at, and the name it was asked for by.
public struct Revision: Hashable, Sendable {
    /// As given: a tag (`board-2024-06`), a branch, or a commit id.
    public let name: String
    /// The full commit id it resolves to.
    public let commit: String
    /// The commit's committer date, as a UTC day: when the change entered the history.
    public let date: Day

    public init(name: String, commit: String, date: Day) {
        self.name = name
        self.commit = commit
        self.date = date
    }

    /// The first seven characters of the commit id, as git shows it.
    public var shortCommit: String { String(commit.prefix(7)) }
}
