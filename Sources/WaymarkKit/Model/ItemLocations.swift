/// Where an item and each of its keys' values are, so a diagnostic about one field can
/// point at that field rather than at the whole item.
public struct ItemLocations: Hashable, Sendable {
    /// The item's own mapping.
    public let item: SourceLocation
    /// The value of each key the item gives.
    public let keys: [String: SourceLocation]

    public init(item: SourceLocation, keys: [String: SourceLocation] = [:]) {
        self.item = item
        self.keys = keys
    }

    /// The value of `key` if the item gives it, else the item itself.
    public subscript(key: String) -> SourceLocation { keys[key] ?? item }
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
