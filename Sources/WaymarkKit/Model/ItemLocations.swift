/// Where an item and each of its keys' values are, so a diagnostic about one field can
/// point at that field rather than at the whole item.
///
/// Kept as a short list in the item's file rather than a dictionary of locations: a
/// programme of 100,000 milestones holds a million of these, and a dictionary each
/// took more memory than the YAML they came from.
public struct ItemLocations: Hashable, Sendable {
    /// The item's own mapping.
    public let item: SourceLocation
    private let places: [Place]

    private struct Place: Hashable, Sendable {
        let key: String
        let line: Int32
        let column: Int32
    }

    public init(item: SourceLocation, keys: [String: SourceLocation] = [:]) {
        self.item = item
        places = keys.sorted { $0.key < $1.key }.map { key, location in
            Place(key: key, line: Int32(clamping: location.line ?? 0), column: Int32(clamping: location.column ?? 0))
        }
    }

    /// `keys`: each key the item gives, with the line and column of its value, in
    /// `item`'s file.
    init(item: SourceLocation, lines keys: [(key: String, line: Int, column: Int)]) {
        self.item = item
        places = keys.map { Place(key: $0.key, line: Int32(clamping: $0.line), column: Int32(clamping: $0.column)) }
    }

    /// The value of each key the item gives.
    public var keys: [String: SourceLocation] {
        Dictionary(places.map { ($0.key, location($0)) }) { first, _ in first }
    }

    private func location(_ place: Place) -> SourceLocation {
        SourceLocation(file: item.file, line: Int(place.line), column: Int(place.column))
    }

    /// The value of `key` if the item gives it, else the item itself.
    public subscript(key: String) -> SourceLocation {
        places.first { $0.key == key }.map(location) ?? item
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
