/// One file's YAML, as `YAMLEvents` read it: a flat array of entries (no object per
/// node), the scalars' text in one byte buffer, and each collection's members as a
/// run of entry numbers. An alias is an entry of its own that names the entry it
/// repeats, so nothing is copied or expanded, and a mistake found through it can be
/// reported where the alias is written.
///
/// An item of a top-level list is usually decoded as soon as it is read and then
/// dropped from the tree (see `YAMLEvents.ItemReader`), leaving a `decoded` entry in
/// its place: so a large file never has all its nodes in memory at once.
final class YAMLTree {
    enum Kind: UInt8 {
        case scalar, mapping, sequence, alias
        /// An item decoded as it was read: `first` is the number the item reader gave it.
        case decoded
    }

    enum Style: UInt8 {
        case plain, quoted, block, flow
    }

    struct Entry {
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

    var entries: [Entry]
    var text: [UInt8]
    var members: [Int32]
    /// The document's top node; nil for an empty file.
    var root: Int32?

    init(entries: [Entry], text: [UInt8], members: [Int32], root: Int32?) {
        self.entries = entries
        self.text = text
        self.members = members
        self.root = root
    }

    var rootNode: Node? { root.map { node(Int($0), via: nil) } }

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

/// A node of a `YAMLTree`: a scalar, a mapping or a sequence, with its position.
/// It does not keep its tree alive (counting references to it on every copy of a
/// node was most of the reading time): whoever reads nodes holds the tree, with
/// `withExtendedLifetime`, until done.
struct Node {
    struct Position: Hashable {
        let line: Int32
        let column: Int32
    }

    unowned(unsafe) let tree: YAMLTree
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
    var string: String? {
        let entry = self.entry
        guard entry.kind == .scalar else { return nil }
        return tree.text.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(entry.first)..<Int(entry.first + entry.count)]),
                   as: UTF8.self)
        }
    }

    /// A scalar's UTF-8 text lent to `body`, without making a String; nil for a collection.
    func withText<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let entry = self.entry
        guard entry.kind == .scalar else { return nil }
        return tree.text.withUnsafeBufferPointer { buffer in
            body(UnsafeBufferPointer(rebasing: buffer[Int(entry.first)..<Int(entry.first + entry.count)]))
        }
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

    /// Whether this is a scalar whose text is `bytes`, without making a String.
    func textEquals(_ bytes: some Collection<UInt8>) -> Bool {
        let entry = self.entry
        guard entry.kind == .scalar, entry.count == bytes.count else { return false }
        return tree.text[Int(entry.first)..<Int(entry.first + entry.count)].elementsEqual(bytes)
    }

    /// For an item decoded as it was read, the number the item reader gave it.
    var decodedItem: Int? {
        let entry = self.entry
        return entry.kind == .decoded ? Int(entry.first) : nil
    }

    /// The members of a sequence; empty for anything else.
    var items: [Node] {
        let entry = self.entry
        guard entry.kind == .sequence else { return [] }
        return (0..<Int(entry.count)).map { tree.node(Int(tree.members[Int(entry.first) + $0]), via: via) }
    }

    /// The key and value pairs of a mapping, in file order; empty for anything else.
    var pairs: [(key: Node, value: Node)] {
        let entry = self.entry
        guard entry.kind == .mapping else { return [] }
        return stride(from: 0, to: Int(entry.count), by: 2).map { offset in
            let start = Int(entry.first) + offset
            return (tree.node(Int(tree.members[start]), via: via), tree.node(Int(tree.members[start + 1]), via: via))
        }
    }

    /// The value of the scalar key `key` in a mapping.
    subscript(key: String) -> Node? {
        let entry = self.entry
        guard entry.kind == .mapping else { return nil }
        for offset in stride(from: 0, to: Int(entry.count), by: 2) {
            let start = Int(entry.first) + offset
            if tree.node(Int(tree.members[start]), via: via).textEquals(key.utf8) {
                return tree.node(Int(tree.members[start + 1]), via: via)
            }
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
