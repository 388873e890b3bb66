/// Where an item and each of its keys' values are, so a diagnostic about one field can
/// point at that field rather than at the whole item.
///
/// The keys' places are kept in a `PlaceTable` shared by the items of one file, not in a
/// list or dictionary of each item's own: a programme of 100,000 milestones holds a
/// million of them, and an allocation per item took more memory than the places.
public struct ItemLocations: Hashable, Sendable {
    private let table: PlaceTable
    /// The keys an item of its kind may give, one list shared by every such item.
    private let names: [String]
    /// The item's own mapping, as `SourceLocation` stores it.
    private let line: Int32
    private let column: Int32
    /// Where its keys' places start in `table`, and how many there are.
    private let first: Int32
    private let count: Int16
    /// Whether the places are written in 4 bytes each, else 8 (see `PlaceTable`).
    private let isNarrow: Bool

    /// `given`: each key the item gives, as its place in `names` (at most 256 of them),
    /// with the line and column of its value; all in `table`'s file.
    init(item: SourceLocation, names: [String], given: [(name: Int, line: Int32, column: Int32)], in table: PlaceTable) {
        self.table = table
        self.names = names
        (line, column) = (item.storedLine, item.storedColumn)
        count = Int16(given.count)
        // Lines below the item, in Int: a line from no file may be anything.
        let itemLine = Int(item.storedLine)
        isNarrow = itemLine >= 0 && given.allSatisfy { PlaceTable.isNarrow(name: $0.name, lines: Int($0.line) - itemLine, column: Int($0.column)) }
        first = isNarrow
            ? table.append(given.map { PlaceTable.narrow(name: $0.name, lines: Int($0.line) - itemLine, column: Int($0.column)) })
            : table.append(given.flatMap { PlaceTable.wide(name: $0.name, line: Int($0.line), column: Int($0.column)) })
    }

    public init(item: SourceLocation, keys: [String: SourceLocation] = [:]) {
        // An item has a score of keys at most; a place holds a key's number in 8 bits.
        let sorted = keys.sorted { $0.key < $1.key }.prefix(256)
        self.init(item: item, names: sorted.map(\.key),
                  given: sorted.enumerated().map { ($0, Int32(clamping: $1.value.line ?? 0), Int32(clamping: $1.value.column ?? 0)) },
                  in: PlaceTable(file: item.file))
    }

    /// The item's own mapping.
    public var item: SourceLocation { SourceLocation(file: table.file, storedLine: line, storedColumn: column) }

    /// The value of each key the item gives.
    public var keys: [String: SourceLocation] {
        Dictionary(places.map { (names[$0.name], location($0)) }) { first, _ in first }
    }

    /// The value of `key` if the item gives it, else the item itself.
    public subscript(key: String) -> SourceLocation {
        places.first { names[$0.name] == key }.map(location) ?? item
    }

    private var places: LazyMapSequence<Range<Int>, (name: Int, line: Int, column: Int)> {
        (0..<Int(count)).lazy.map { [table, first, line, isNarrow] i in
            isNarrow ? table.narrowPlace(at: Int(first) + i, itemLine: Int(line)) : table.widePlace(at: Int(first) + 2 * i)
        }
    }

    private func location(_ place: (name: Int, line: Int, column: Int)) -> SourceLocation {
        SourceLocation(file: table.file, line: place.line, column: place.column)
    }

    /// The same item and the same keys in the same places, wherever they are stored.
    public static func == (lhs: ItemLocations, rhs: ItemLocations) -> Bool {
        lhs.item == rhs.item && lhs.count == rhs.count
            && zip(lhs.places, rhs.places).allSatisfy { l, r in
                lhs.names[l.name] == rhs.names[r.name] && (l.line, l.column) == (r.line, r.column)
            }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(item)
        hasher.combine(count)
    }
}

extension ItemLocations: CustomReflectable {
    /// The item and its keys, as `dump` and test failures show them, not the table.
    public var customMirror: Mirror {
        Mirror(self, children: ["item": item, "keys": keys.sorted { $0.key < $1.key }])
    }
}

/// The places of the keys of many items of one file, in runs of one buffer. A place
/// is a key's number among its item's names and its value's line and column.
///
/// Almost every place fits in 4 bytes: the key's number in 6 bits, and in 13 bits each
/// the lines below the item's first and the column (block YAML puts a key a line or
/// two below the last, a few columns in). An item with any place that does not fit
/// has all its places in 8 bytes: the number in 8 bits, line and column in 28 each
/// (lines and columns count characters, and a file is at most 64 MiB; larger ones,
/// from no file, are capped).
///
/// Appended to only by the reader that made it, on one thread at a time (a large file's
/// items are read on a thread of their own, and an item holding an alias on the parser's
/// once that thread is idle); read only, from any thread, once the file's items are
/// handed on.
final class PlaceTable: @unchecked Sendable {
    let file: String
    /// Runs of at most `runLength` words, each item's places inside one run: an item
    /// never moves, and a run's spare room is at most half of one run.
    private var runs: [[UInt32]] = []
    private static let runLength = 2048

    init(file: String) {
        self.file = file
    }

    /// Adds one item's places (at most 512 words), returning where the first is.
    func append(_ words: [UInt32]) -> Int32 {
        assert(words.count <= Self.runLength, "an item's places must fit in one run")
        if runs.isEmpty || runs[runs.count - 1].count + words.count > Self.runLength { runs.append([]) }
        let run = runs.count - 1
        let offset = runs[run].count
        // Grown by doubling, as an array is, but never past one run's length.
        if offset + words.count > runs[run].capacity {
            runs[run].reserveCapacity(min(max(offset + words.count, 2 * runs[run].capacity), Self.runLength))
        }
        runs[run] += words
        return Int32(run * Self.runLength + offset)
    }

    private subscript(index: Int) -> UInt32 {
        runs[index / Self.runLength][index % Self.runLength]
    }

    static func isNarrow(name: Int, lines: Int, column: Int) -> Bool {
        name < 1 << 6 && (0..<(1 << 13)).contains(lines) && (0..<(1 << 13)).contains(column)
    }

    static func narrow(name: Int, lines: Int, column: Int) -> UInt32 {
        UInt32(name) << 26 | UInt32(lines) << 13 | UInt32(column)
    }

    static func wide(name: Int, line: Int, column: Int) -> [UInt32] {
        let most = (1 << 28) - 1
        let bits = UInt64(name) << 56 | UInt64(min(max(line, 0), most)) << 28 | UInt64(min(max(column, 0), most))
        return [UInt32(bits >> 32), UInt32(truncatingIfNeeded: bits)]
    }

    func narrowPlace(at index: Int, itemLine: Int) -> (name: Int, line: Int, column: Int) {
        let word = self[index]
        return (Int(word >> 26), itemLine + Int(word >> 13 & 0x1FFF), Int(word & 0x1FFF))
    }

    func widePlace(at index: Int) -> (name: Int, line: Int, column: Int) {
        let bits = UInt64(self[index]) << 32 | UInt64(self[index + 1])
        return (Int(bits >> 56), Int(bits >> 28 & 0xFFF_FFFF), Int(bits & 0xFFF_FFFF))
    }
}

/// A reference to another item by id, with where it is written.
public struct Reference: Hashable, Sendable {
    /// As written: `id`, or `programme-id/id` for another programme's item.
    public let text: String
    public let location: SourceLocation

    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }

    /// The programme part of `programme-id/id`, nil for a local reference.
    public var programmeID: String? {
        guard let slash = text.firstIndex(of: "/") else { return nil }
        return String(text[..<slash])
    }

    /// The item part.
    public var itemID: String {
        guard let slash = text.firstIndex(of: "/") else { return text }
        return String(text[text.index(after: slash)...])
    }
}
