/// Text from a programme file as a reader should see it, whatever the format: on one
/// line, runs of spaces collapsed, and no control or bidirectional characters that could
/// hide or reorder what it says. Renderers escape the result for their format.
enum PlainText {
    static func oneLine(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isLineBreakOrSpace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if isHidden(scalar) { continue }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Whether text is absent or shows nothing (only spaces and hidden characters).
    static func isBlank(_ text: String?) -> Bool {
        guard let text else { return true }
        return oneLine(text).isEmpty
    }

    static func isLineBreakOrSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Control characters, and the bidirectional controls that can make text read
    /// differently from what it holds. Zero-width joiners stay: emoji need them.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}
