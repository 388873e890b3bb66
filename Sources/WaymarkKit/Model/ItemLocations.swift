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

    private struct Place: Hashable, Sendable {
        let name: UInt8
        let line: Int32
        let column: Int32
    }

    public init(item: SourceLocation, keys: [String: SourceLocation] = [:]) {
        self.item = item
        let sorted = keys.sorted { $0.key < $1.key }
        names = sorted.map(\.key)
        places = sorted.enumerated().map { index, entry in
            Place(name: UInt8(index), line: Int32(clamping: entry.value.line ?? 0), column: Int32(clamping: entry.value.column ?? 0))
        }
    }

    /// `given`: each key the item gives, as its place in `names` (at most 256 of them),
    /// with the line and column of its value, in `item`'s file.
    init(item: SourceLocation, names: [String], given: [(name: Int, line: Int32, column: Int32)]) {
        self.item = item
        self.names = names
        places = given.map { Place(name: UInt8($0.name), line: $0.line, column: $0.column) }
    }

    /// The value of each key the item gives.
    public var keys: [String: SourceLocation] {
        Dictionary(places.map { (names[Int($0.name)], location($0)) }) { first, _ in first }
    }

    private func location(_ place: Place) -> SourceLocation {
        SourceLocation(file: item.file, line: Int(place.line), column: Int(place.column))
    }

    /// The value of `key` if the item gives it, else the item itself.
    public subscript(key: String) -> SourceLocation {
        places.first { names[Int($0.name)] == key }.map(location) ?? item
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
