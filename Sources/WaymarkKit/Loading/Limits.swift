/// Bounds on what one input may cost, so hostile or broken files end in a `too-large`
/// error instead of exhausting time or memory. The largest real programme file is
/// tens of kilobytes with a few hundred nodes; these leave a margin of hundreds.
public struct Limits: Hashable, Sendable {
    /// Bytes in one file.
    public var maxFileBytes: Int = 8 * 1024 * 1024
    /// Nodes visited while reading one file, counting every use of an alias again.
    /// Aliases share storage, so a "billion laughs" file composes cheaply; this bounds
    /// the walk over its expansion.
    public var maxNodesVisited: Int = 1_000_000
    /// Nesting depth; libyaml itself stops at 1,000 levels.
    public var maxDepth: Int = 1000
    /// Rounds of duplicate-key recovery in one file (each round re-reads the file).
    public var maxDuplicateKeys: Int = 50

    public init() {}

    public static let standard = Limits()
}
