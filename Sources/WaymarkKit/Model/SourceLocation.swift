/// Where something is in an input file. Lines and columns are 1-based; they are nil for
/// problems with the file as a whole (missing, unreadable, a directory).
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let file: String
    /// Line and column as 32 bits, `Int32.min` for none: every item, key and reference
    /// of a large programme carries a location, and this halves its size.
    let storedLine: Int32
    let storedColumn: Int32

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        storedLine = line.map { Int32(clamping: $0) } ?? .min
        storedColumn = column.map { Int32(clamping: $0) } ?? .min
    }

    /// Line and column as stored, for types that keep them apart from the file name.
    init(file: String, storedLine: Int32, storedColumn: Int32) {
        self.file = file
        self.storedLine = storedLine
        self.storedColumn = storedColumn
    }

    public var line: Int? { storedLine == .min ? nil : Int(storedLine) }
    public var column: Int? { storedColumn == .min ? nil : Int(storedColumn) }

    /// Sorted by file, then line, then column; whole-file locations first.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        return (lhs.line ?? 0, lhs.column ?? 0) < (rhs.line ?? 0, rhs.column ?? 0)
    }

    /// `file:line:col`, or just `file` for a whole-file location.
    public var description: String {
        guard let line else { return file }
        return "\(file):\(line):\(column ?? 1)"
    }
}
