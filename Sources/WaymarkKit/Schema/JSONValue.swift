/// A JSON document built in code, printed the same way every time: keys sorted,
/// two-space indents, and short lists of plain values kept on one line.
///
/// Foundation's `JSONEncoder` sorts keys too, but spreads every list over one line a
/// value, which makes a schema of `"type": ["string", "null"]` lists hard to read.
indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The document, pretty printed, ending in a newline.
    var rendered: String {
        var out = ""
        write(to: &out, indent: 0)
        return out + "\n"
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case let .bool(value): out += value ? "true" : "false"
        case let .int(value): out += String(value)
        case let .string(value): out += Self.quoted(value)
        case let .array(items):
            if items.isEmpty {
                out += "[]"
            } else if let inline = inlineArray(items) {
                out += inline
            } else {
                out += "[\n"
                for (index, item) in items.enumerated() {
                    out += String(repeating: "  ", count: indent + 1)
                    item.write(to: &out, indent: indent + 1)
                    out += index < items.count - 1 ? ",\n" : "\n"
                }
                out += String(repeating: "  ", count: indent) + "]"
            }
        case let .object(members):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{\n"
            let keys = members.keys.sorted()
            for (index, key) in keys.enumerated() {
                out += String(repeating: "  ", count: indent + 1) + Self.quoted(key) + ": "
                members[key, default: .null].write(to: &out, indent: indent + 1)
                out += index < keys.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// `["string", "null"]` on one line, when every item is a plain value and it is short.
    private func inlineArray(_ items: [JSONValue]) -> String? {
        var parts: [String] = []
        for item in items {
            switch item {
            case .array, .object: return nil
            default:
                var text = ""
                item.write(to: &text, indent: 0)
                parts.append(text)
            }
        }
        let line = "[" + parts.joined(separator: ", ") + "]"
        return line.count <= 80 ? line : nil
    }

    static func quoted(_ text: String) -> String {
        var out = ""
        JSONString.append(text, to: &out)
        return out
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral {
    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    init(nilLiteral: ()) { self = .null }

    init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The members of an object (empty for anything else).
    var members: [String: JSONValue] {
        if case let .object(members) = self { return members }
        return [:]
    }

    /// This object with `other`'s members added (`other` wins on a clash).
    func merging(_ other: [String: JSONValue]) -> JSONValue {
        .object(members.merging(other) { _, new in new })
    }
}
