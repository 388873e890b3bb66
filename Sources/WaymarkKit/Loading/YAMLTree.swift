/// One file's YAML, as `YAMLEvents` read it: a flat array of entries (no object per
/// node), the scalars' text in one byte buffer, and each collection's members as a
/// run of entry numbers. An alias is an entry of its own that names the entry it
/// repeats, so nothing is copied or expanded, and a mistake found through it can be
/// reported where the alias is written.
///
/// An item of a top-level list is usually decoded as soon as it is read and then
/// dropped from the tree (see `YAMLEvents.ItemReader`), so a large file never has all
/// its nodes in memory at once.
struct YAMLTree: Sendable {
    enum Kind: UInt8, Sendable {
        case scalar, mapping, sequence, alias
    }

    enum Style: UInt8, Sendable {
        case plain, quoted, block, flow
    }

    struct Entry: Sendable {
        var line: Int32
        var column: Int32
        /// Scalar: offset of its text in `text`. Collection: of its first member in
        /// `members` (a mapping's are key, value, key, value...). Alias: its target.
        var first: Int32
        /// Scalar: bytes of text. Collection: members.
        var count: Int32
        var kind: Kind
        var style: Style
    }

    let entries: [Entry]
    let text: [UInt8]
    let members: [Int32]
    /// The document's top node; nil for an empty file.
    let root: Int32?

    /// Lends the document's top node (nil for an empty file) to `body`; its nodes are
    /// good only until `body` returns.
    func withRoot<R>(_ body: (Node?) -> R) -> R {
        guard let root else { return body(nil) }
        return Self.withNode(Int(root), entries: entries, text: text, members: members) { body($0) }
    }

    /// Lends entry `index` of the arrays as a node to `body`. Nodes read the arrays
    /// through pointers, good only until `body` returns: reading a Swift array held by
    /// an object retains and releases it on every read, and nodes are read millions
    /// of times in a large file.
    static func withNode<R>(_ index: Int, entries: [Entry], text: [UInt8], members: [Int32], _ body: (Node) -> R) -> R {
        entries.withUnsafeBufferPointer { entries in
            text.withUnsafeBufferPointer { text in
                members.withUnsafeBufferPointer { members in
                    let lent = Lent(entries: entries, text: text, members: members)
                    return withExtendedLifetime(lent) { body(lent.node(index, via: nil)) }
                }
            }
        }
    }

    /// The arrays, lent: what nodes read.
    final class Lent {
        let entries: UnsafeBufferPointer<Entry>
        let text: UnsafeBufferPointer<UInt8>
        let members: UnsafeBufferPointer<Int32>

        init(entries: UnsafeBufferPointer<Entry>, text: UnsafeBufferPointer<UInt8>, members: UnsafeBufferPointer<Int32>) {
            self.entries = entries
            self.text = text
            self.members = members
        }

        /// The node for entry `index`, seen through an alias at `via` if any: an alias
        /// entry stands for its target, at the alias's position.
        func node(_ index: Int, via: Node.Position?) -> Node {
            let entry = entries[index]
            if entry.kind == .alias {
                return Node(tree: self, index: Int32(entry.first), via: via ?? Node.Position(line: entry.line, column: entry.column))
            }
            return Node(tree: self, index: Int32(index), via: via)
        }
    }
}

/// A node of a `YAMLTree`: a scalar, a mapping or a sequence, with its position.
/// It does not keep its tree alive (counting references to it on every copy of a
/// node was most of the reading time): it is good only inside the `withRoot` or
/// `withNode` call that lent it.
struct Node {
    struct Position: Hashable {
        let line: Int32
        let column: Int32
    }

    unowned(unsafe) let tree: YAMLTree.Lent
    let index: Int32
    /// Where the alias that brought this node in is written, if one did: the node's
    /// mistakes are reported there, where the reader sees them.
    let via: Position?

    private var entry: YAMLTree.Entry { tree.entries[Int(index)] }

    var kind: YAMLTree.Kind { entry.kind }
    var style: YAMLTree.Style { entry.style }
    var isScalar: Bool { kind == .scalar }
    var isMapping: Bool { kind == .mapping }
    var isSequence: Bool { kind == .sequence }
    var isPlain: Bool { entry.style == .plain }
    /// Reached through an alias (which counts against the walk budget).
    var isRepeat: Bool { via != nil }

    /// Line and column (1-based) where a mistake in this node is reported.
    var position: Position { via ?? Position(line: entry.line, column: entry.column) }

    /// A scalar's text; nil for a collection.
    var string: String? { withText { String(decoding: $0, as: UTF8.self) } }

    /// A scalar's UTF-8 text lent to `body`, without making a String; nil for a collection.
    func withText<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let entry = self.entry
        guard entry.kind == .scalar else { return nil }
        return body(UnsafeBufferPointer(rebasing: tree.text[Int(entry.first)..<Int(entry.first + entry.count)]))
    }

    /// Whether this is a scalar whose text is `bytes`, without making a String.
    func textEquals(_ bytes: some Collection<UInt8>) -> Bool {
        withText { $0.count == bytes.count && $0.elementsEqual(bytes) } ?? false
    }

    /// The number of members of a collection (a mapping's keys and values both count).
    var memberCount: Int {
        let entry = self.entry
        return entry.kind == .mapping || entry.kind == .sequence ? Int(entry.count) : 0
    }

    /// Member `offset` of a collection (a mapping's are key, value, key, value...).
    func member(_ offset: Int) -> Node {
        tree.node(Int(tree.members[Int(entry.first) + offset]), via: via)
    }

    /// The members of a sequence; empty for anything else.
    var items: [Node] {
        isSequence ? (0..<memberCount).map(member) : []
    }

    /// The key and value pairs of a mapping, in file order; empty for anything else.
    var pairs: [(key: Node, value: Node)] {
        isMapping ? stride(from: 0, to: memberCount, by: 2).map { (member($0), member($0 + 1)) } : []
    }

    /// The value of the scalar key `key` in a mapping.
    subscript(key: String) -> Node? {
        guard isMapping else { return nil }
        for offset in stride(from: 0, to: memberCount, by: 2) where member(offset).textEquals(key.utf8) {
            return member(offset + 1)
        }
        return nil
    }

    /// True for `~`, `null` and an empty plain value: a key written with no value.
    var isNull: Bool {
        let entry = self.entry
        guard entry.kind == .scalar, entry.style == .plain else { return false }
        switch entry.count {
        case 0: return true
        case 1: return tree.text[Int(entry.first)] == UInt8(ascii: "~")
        case 4: return ["null", "Null", "NULL"].contains { textEquals($0.utf8) }
        default: return false
        }
    }
}
