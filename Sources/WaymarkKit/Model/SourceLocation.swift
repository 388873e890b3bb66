/// Where something is in an input file. Lines and columns are 1-based; they are nil for
/// problems with the file as a whole (missing, unreadable, a directory).
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// Sorted by file, then line, then column; whole-file locations first.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0) < (rhs.file, rhs.line ?? 0, rhs.column ?? 0)
    }

    /// `file:line:col`, or just `file` for a whole-file location.
    public var description: String {
        guard let line else { return file }
        return "\(file):\(line):\(column ?? 1)"
    }
}
