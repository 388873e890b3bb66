/// What git adds to a pack run: the changes since an earlier revision
/// (`waymark pack --since REV`) and each programme's figures over time (`--history`).
public struct PackHistory: Sendable {
    /// The comparison with the earlier revision, when `--since` is given.
    public var changes: ChangesSection?
    /// Each programme's history by programme id, when `--history` is given.
    public var histories: [String: ProgrammeHistory]

    public init(changes: ChangesSection? = nil, histories: [String: ProgrammeHistory] = [:]) {
        self.changes = changes
        self.histories = histories
    }

    public static let none = PackHistory()
}
