/// Turns a file's bytes into text YAML can read, or says precisely why not: YAML
/// programme files are UTF-8; UTF-16, invalid UTF-8 and NUL bytes are refused with
/// the line and column where they start.
enum TextChecks {
    enum Outcome {
        case text(String)
        case refused(Diagnostic)
    }

    static func decode(_ bytes: [UInt8], file: String) -> Outcome {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .refused(.error(.wrongType, "the file is saved as UTF-16; save it as UTF-8",
                                   at: SourceLocation(file: file, line: 1, column: 1)))
        }
        // A UTF-8 byte-order mark is allowed by YAML and written by some Windows editors;
        // it carries no meaning, so it is dropped rather than refused.
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes

        var line = 1
        var column = 1
        var iterator = body.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(body.count)
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                if scalar == "\0" {
                    return .refused(.error(.wrongType,
                        "the file holds a NUL byte, which text files never do (is it saved as UTF-16, or not text at all?)",
                        at: SourceLocation(file: file, line: line, column: column)))
                }
                scalars.append(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return .text(String(scalars))
            case .error:
                return .refused(.error(.wrongType, "the file is not valid UTF-8 text; save it as UTF-8",
                                       at: SourceLocation(file: file, line: line, column: column)))
            }
        }
    }
}
