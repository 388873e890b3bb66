/// A file's text as Unicode scalars, split into lines where libyaml splits them (LF,
/// CR, CR LF, NEL, LS, PS), so a libyaml mark (1-based line, column counted in
/// characters) finds its character directly.
///
/// Swift's `String.split(separator: "\n")` is no use here: it splits on grapheme
/// clusters, and "\r\n" is one cluster, so a Windows file would be a single line.
struct SourceText {
    private(set) var scalars: [Unicode.Scalar]
    /// The offset in `scalars` of each line's first character; `lineStarts[0] == 0`.
    let lineStarts: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        var index = 0
        while index < scalars.count {
            switch scalars[index].value {
            case 0x0D:
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                starts.append(index + 1)
            case 0x0A, 0x85, 0x2028, 0x2029:
                starts.append(index + 1)
            default:
                break
            }
            index += 1
        }
        lineStarts = starts
    }

    var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    var lineCount: Int { lineStarts.count }

    /// The characters of 1-based `line`, without its line break; empty past the end.
    func lineText(_ line: Int) -> ArraySlice<Unicode.Scalar> {
        guard line >= 1, line <= lineStarts.count else { return [] }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : scalars.count
        while end > start, Self.isBreak(scalars[end - 1]) { end -= 1 }
        return scalars[start..<end]
    }

    /// The offset of a 1-based line and column, nil when it is not inside the text.
    func offset(line: Int, column: Int) -> Int? {
        let content = lineText(line)
        guard column >= 1, column - 1 < content.count else { return nil }
        return content.startIndex + column - 1
    }

    /// The 1-based line and column of an offset.
    func position(of offset: Int) -> (line: Int, column: Int) {
        // The last line start at or before `offset`.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    mutating func replace(at offset: Int, with scalar: Unicode.Scalar) {
        scalars[offset] = scalar
    }

    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
