/// Where an item and each of its keys' values are, so a diagnostic about one field can
/// point at that field rather than at the whole item.
///
/// Kept as a short list in the item's file rather than a dictionary of locations: a
/// programme of 100,000 milestones holds a million of these, and a dictionary each
/// took more memory than the YAML they came from.
public struct ItemLocations: Hashable, Sendable {
    /// The item's own mapping.
    public let item: SourceLocation
    /// The keys an item of its kind may give, one list shared by every such item.
    private let names: [String]
    /// For each key given, its place in `names` and where its value is.
    private let places: [Place]

    /// A key's place in `names` and its value's line and column, in 8 bytes: a large
    /// programme has a million of these. Lines and columns count characters, and a file
    /// is at most 64 MiB, so 28 bits hold them (larger ones, from no file, are capped).
    private struct Place: Hashable, Sendable {
        private let bits: UInt64

        init(name: Int, line: Int, column: Int) {
            let most = (1 << 28) - 1
            bits = UInt64(name) << 56 | UInt64(min(max(line, 0), most)) << 28 | UInt64(min(max(column, 0), most))
        }

        var name: Int { Int(bits >> 56) }
        var line: Int { Int(bits >> 28 & 0xFFF_FFFF) }
        var column: Int { Int(bits & 0xFFF_FFFF) }
    }

    public init(item: SourceLocation, keys: [String: SourceLocation] = [:]) {
        self.item = item
        // An item has a score of keys at most; a place holds a key's number in 8 bits.
        let sorted = keys.sorted { $0.key < $1.key }.prefix(256)
        names = sorted.map(\.key)
        places = sorted.enumerated().map { index, entry in
            Place(name: index, line: entry.value.line ?? 0, column: entry.value.column ?? 0)
        }
    }

    /// `given`: each key the item gives, as its place in `names` (at most 256 of them),
    /// with the line and column of its value, in `item`'s file.
    init(item: SourceLocation, names: [String], given: [(name: Int, line: Int32, column: Int32)]) {
        self.item = item
        self.names = names
        places = given.map { Place(name: $0.name, line: Int($0.line), column: Int($0.column)) }
    }

    /// The value of each key the item gives.
    public var keys: [String: SourceLocation] {
        Dictionary(places.map { (names[$0.name], location($0)) }) { first, _ in first }
    }

    private func location(_ place: Place) -> SourceLocation {
        SourceLocation(file: item.file, line: place.line, column: place.column)
    }

    /// The value of `key` if the item gives it, else the item itself.
    public subscript(key: String) -> SourceLocation {
        places.first { names[$0.name] == key }.map(location) ?? item
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
