/// JSON string literals (RFC 8259), written one way for every JSON Waymark prints: the
/// check output and the schema. Quotes, backslashes and control characters are escaped
/// (`\b`, `\f`, `\n`, `\r`, `\t` by name, as Foundation's encoder writes them); `/` and
/// everything else is written as it is.
enum JSONString {
    static func append(_ text: String, to out: inout String) {
        out += "\""
        // Most strings need no escape: copy them whole rather than a scalar at a time.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += text
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{08}": out += "\\b"
                case "\u{0C}": out += "\\f"
                case let c where c.value < 0x20:
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
