/// JSON string literals (RFC 8259), written one way for every JSON Waymark prints: the
/// check output and the schema. Quotes, backslashes and control characters are escaped
/// (`\b`, `\f`, `\n`, `\r`, `\t` by name, as Foundation's encoder writes them); `/` and
/// everything else is written as it is.
enum JSONString {
    static func append(_ text: String, to out: inout String) {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the literal as UTF-8. Every byte to escape is ASCII, and the bytes of any
    /// other character are copied as they are, so escaping bytes is escaping characters.
    static func append(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        if text.utf8.withContiguousStorageIfAvailable({ append(utf8: $0, to: &out) }) == nil {
            // Not stored as UTF-8 (a string bridged from Foundation): made so first.
            var text = text
            text.withUTF8 { append(utf8: $0, to: &out) }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func append(utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        // Most strings need no escape: copy them whole rather than a byte at a time.
        guard utf8.contains(where: needsEscape) else { return out.append(contentsOf: utf8) }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: #"\n"#.utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: #"\r"#.utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: #"\t"#.utf8)
            case 0x08: out.append(contentsOf: #"\b"#.utf8)
            case 0x0C: out.append(contentsOf: #"\f"#.utf8)
            case ..<0x20:
                let hex = String(byte, radix: 16)
                out.append(contentsOf: (#"\u"# + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: out.append(byte)
            }
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }
}
