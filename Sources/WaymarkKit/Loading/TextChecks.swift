/// Checks that a file's bytes are text YAML can read, or says precisely why not: YAML
/// programme files are UTF-8; UTF-16 and UTF-32 (with or without a byte-order mark),
/// invalid UTF-8, NUL bytes and the control characters YAML forbids are refused with
/// the line and column where they start, counted as libyaml counts them, so these
/// positions agree with every other diagnostic.
enum TextChecks {
    enum Outcome<Text> {
        /// The bytes to read, without a UTF-8 byte-order mark, and whether every one of
        /// them is ASCII (so the parser's positions need no counting of characters).
        case text(Text, isASCII: Bool)
        case refused(Diagnostic)
    }

    static func decode<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, file: String) -> Outcome<Bytes.SubSequence> {
        func refuse(_ message: String, line: Int = 1, column: Int = 1) -> Outcome<Bytes.SubSequence> {
            .refused(.error(.yamlSyntax, message, at: SourceLocation(file: file, line: line, column: column)))
        }
        if let encoding = wideEncoding(of: bytes) {
            return refuse("the file is saved as \(encoding); save it as UTF-8")
        }
        // A UTF-8 byte-order mark is allowed by YAML and written by some Windows editors;
        // it carries no meaning, so it is dropped rather than refused. Positions count
        // from the character after it, as an editor shows them.
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]

        var line = 1
        var column = 1
        var afterCR = false
        var isASCII = true
        var iterator = body.makeIterator()
        var decoder = UTF8()
        // Printable ASCII and tabs, the bulk of any programme file, need no decoding.
        var start = body.startIndex
        while start < body.endIndex, (body[start] >= 0x20 && body[start] < 0x7F) || body[start] == 0x09 || body[start] == 0x0A {
            if body[start] == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            start = body.index(after: start)
        }
        iterator = body[start...].makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                if scalar.value >= 0x80 { isASCII = false }
                if let problem = refusal(of: scalar) {
                    return refuse(problem, line: line, column: column)
                }
                // libyaml's line breaks: LF, CR, CR LF (one break), NEL, LS and PS.
                switch scalar.value {
                case 0x0A:
                    if !afterCR { line += 1 }
                    column = 1
                case 0x0D, 0x85, 0x2028, 0x2029:
                    line += 1
                    column = 1
                default:
                    column += 1
                }
                afterCR = scalar.value == 0x0D
            case .emptyInput:
                return .text(body, isASCII: isASCII)
            case .error:
                return refuse("the file is not valid UTF-8 text (was it saved as Windows-1252 or Latin-1, "
                              + "perhaps from a spreadsheet?); save it as UTF-8", line: line, column: column)
            }
        }
    }

    /// "UTF-16" or "UTF-32" when the first bytes say so, with or without a byte-order
    /// mark: the YAML 1.2 spec's encoding detection (section 5.2), where an ASCII
    /// first character shows as zero bytes beside it.
    static func wideEncoding(of bytes: some Collection<UInt8>) -> String? {
        let b = Array(bytes.prefix(4)) + [UInt8](repeating: 0xAA, count: max(0, 4 - bytes.count))
        switch (b[0], b[1], b[2], b[3]) {
        case (0x00, 0x00, 0xFE, 0xFF), (0xFF, 0xFE, 0x00, 0x00): return "UTF-32"
        case (0x00, 0x00, 0x00, _) where b[3] != 0 && bytes.count >= 4: return "UTF-32"
        case (_, 0x00, 0x00, 0x00) where b[0] != 0 && bytes.count >= 4: return "UTF-32"
        case (0xFE, 0xFF, _, _), (0xFF, 0xFE, _, _): return "UTF-16"
        case (0x00, _, _, _) where b[1] != 0 && bytes.count >= 2: return "UTF-16"
        case (_, 0x00, _, _) where b[0] != 0 && bytes.count >= 2: return "UTF-16"
        default: return nil
        }
    }

    /// Why YAML refuses this character, or nil when it is allowed. YAML (and libyaml)
    /// allow tab, line breaks and printable characters only.
    static func refusal(of scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        switch v {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF:
            return nil
        case 0x00:
            return "the file holds a NUL byte, which text files never do (is it saved as UTF-16, or not text at all?)"
        default:
            let hex = String(v, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return "the file holds an invisible control character (\(code)), which YAML does not allow; delete it"
        }
    }
}
