/// YAML 1.2 rules that libyaml does not enforce, checked as its events arrive so that
/// a file other YAML tools reject (GitHub's renderer, editors, linters) is not quietly
/// read a different way here. Each is a case of the YAML test suite that libyaml passes:
///
/// - a comment needs white space before its `#`: `[a, b]#x`, `"text"#x`, `>#x`,
///   `%YAML 1.2#x`;
/// - a flow collection or quoted text that runs over several lines inside a block
///   must indent every further line more than the key or `-` it belongs to, with
///   spaces (tabs are not indentation);
/// - a lone `-` is not a value inside `[...]` or `{...}`;
/// - blank lines at the start of a block scalar (`|` or `>`) may not hold more spaces
///   than its first line.
///
/// Each check starts at an event's position, and a flow collection is read once, from
/// its outermost bracket, so the work is linear in the text. A violation is reported
/// and reading goes on: libyaml has read the text one way, and later mistakes count too.
struct StrictYAML {
    /// Where a node sits: `indent` is the indentation of the block collection holding
    /// it (-1 at the top), which further lines of a flow node must exceed.
    enum Context {
        case block(indent: Int)
        case flow
        case key
    }

    struct Violation {
        let spot: SourceBytes.Spot
        let message: String
    }

    let source: SourceBytes
    /// Violations past this many are not recorded (the file's reading stops there).
    let most: Int
    private(set) var found: [Violation] = []

    init(source: SourceBytes, most: Int) {
        self.source = source
        self.most = most
    }

    static let commentMessage = "invalid YAML: a comment needs a space before its '#'"

    /// Records a violation at `offset`, positioned by counting on from `origin` (or
    /// from the last violation, when that is nearer), so a collection with a mistake
    /// on every line is counted through once.
    private mutating func report(_ offset: Int, from origin: SourceBytes.Spot, _ message: String) {
        guard found.count <= most else { return }
        var from = origin
        if let last = found.last?.spot, last.offset >= origin.offset, last.offset <= offset { from = last }
        found.append(Violation(spot: source.walk(from: from, to: offset), message: message))
    }

    private func byte(_ offset: Int) -> UInt8 { source[offset] }

    private func isFlowIndicator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ",") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]") || b == UInt8(ascii: "{") || b == UInt8(ascii: "}")
    }

    // MARK: Nodes

    /// A scalar event: `end` is the offset just past its text, `lines` whether it
    /// spans more than one line.
    mutating func scalar(_ style: YAMLTree.Style, isLoneDash: Bool, at start: SourceBytes.Spot, end: Int,
                         lines: Bool, in context: Context) {
        let indent: Int
        switch context {
        case let .block(n): indent = n
        case .key: indent = -1
        case .flow:
            // Inside a flow collection everything was checked with it, but for this.
            if isLoneDash, found.count <= most {
                found.append(Violation(spot: start,
                    message: "invalid YAML: a lone '-' is not a value in a flow list or mapping; quote it ('-') or remove it"))
            }
            return
        }
        switch style {
        case .quoted:
            if !lines {
                if byte(end) == UInt8(ascii: "#") { report(end, from: start, Self.commentMessage) }
                return
            }
            guard let content = contentStart(from: start), byte(content.offset) == UInt8(ascii: "\"") || byte(content.offset) == UInt8(ascii: "'")
            else { return }
            var reported = false
            let close = quoted(from: content.offset, indent: indent, origin: content, reported: &reported)
            if byte(close) == UInt8(ascii: "#") { report(close, from: content, Self.commentMessage) }
        case .block:
            guard let content = contentStart(from: start), byte(content.offset) == UInt8(ascii: "|") || byte(content.offset) == UInt8(ascii: ">")
            else { return }
            blockScalarHeader(at: content, indent: indent)
        case .plain, .flow:
            return
        }
    }

    /// A collection's start event in a block (or key) context: a flow collection is
    /// read here, whole. Returns the context for its members.
    mutating func collection(flow: Bool, at start: SourceBytes.Spot, plainMark: Bool, in context: Context) -> Context {
        if flow {
            switch context {
            case .flow: break
            case let .block(indent): flowCollection(at: start, indent: indent)
            case .key: flowCollection(at: start, indent: -1)
            }
            return .flow
        }
        // A block collection's entries are indented as its first `-`, `?` or key.
        if plainMark { return .block(indent: start.column - 1) }
        guard let content = contentStart(from: start) else { return context }
        return .block(indent: content.column - 1)
    }

    /// The first character of a node's content: its mark may point at an anchor or
    /// tag before it, perhaps on an earlier line.
    private func contentStart(from spot: SourceBytes.Spot) -> SourceBytes.Spot? {
        var i = spot.offset
        while i < source.count {
            let c = byte(i)
            if c == 0x20 || c == 0x09 {
                i += 1
            } else if source.breakWidth(at: i) > 0 {
                i += source.breakWidth(at: i)
            } else if c == UInt8(ascii: "&") || c == UInt8(ascii: "!") {
                i += 1
                while i < source.count, !source.isBlank(i), !source.isBreakOrEnd(i) { i += 1 }
            } else if c == UInt8(ascii: "#"), source.isBlank(i - 1) || source.startsLine(i) {
                while !source.isBreakOrEnd(i) { i += 1 }
            } else {
                return source.walk(from: spot, to: i)
            }
        }
        return nil
    }

    /// After the line break at `offset`: the offset of the next line's first
    /// character past its spaces, reporting (once, through `reported`) a line holding
    /// content indented `indent` spaces or fewer (tabs are not indentation).
    private mutating func nextLine(after offset: Int, indent: Int, what: String, origin: SourceBytes.Spot,
                                   reported: inout Bool) -> Int {
        var i = offset + max(1, source.breakWidth(at: offset))
        let lineStart = i
        while i < source.count, byte(i) == 0x20 { i += 1 }
        let spaces = i - lineStart
        var first = i
        while source.isBlank(first) { first += 1 }
        // A line holding only the closing bracket is let through (`key: [` … `]` is
        // common, and read the same way by every parser that reads it at all).
        if !reported, indent >= 0, spaces <= indent, !source.isBreakOrEnd(first),
           byte(first) != UInt8(ascii: "#"), byte(first) != UInt8(ascii: "]"), byte(first) != UInt8(ascii: "}") {
            reported = true
            report(first, from: origin,
                "invalid YAML: this line continues the \(what) begun on line \(origin.line), so it must be indented with "
                + "more than \(indent) space\(indent == 1 ? "" : "s") (tabs do not count)")
        }
        return i
    }

    /// The offset just past the closing quote of the quoted scalar at `start`.
    private mutating func quoted(from start: Int, indent: Int, origin: SourceBytes.Spot, reported: inout Bool) -> Int {
        let quote = byte(start)
        var i = start + 1
        while i < source.count {
            let c = byte(i)
            if quote == UInt8(ascii: "\""), c == UInt8(ascii: "\\"), i + 1 < source.count, !source.isBreakOrEnd(i + 1) {
                i += 2
            } else if c == quote {
                if quote == UInt8(ascii: "'"), byte(i + 1) == UInt8(ascii: "'") {
                    i += 2
                } else {
                    return i + 1
                }
            } else if source.breakWidth(at: i) > 0 {
                i = nextLine(after: i, indent: indent, what: "quoted text", origin: origin, reported: &reported)
            } else {
                i += 1
            }
        }
        return i
    }

    /// Reads a flow collection from its opening bracket to the matching close as
    /// libyaml's scanner does, checking comments and further lines on the way.
    private mutating func flowCollection(at spot: SourceBytes.Spot, indent: Int) {
        guard let origin = contentStart(from: spot), byte(origin.offset) == UInt8(ascii: "[") || byte(origin.offset) == UInt8(ascii: "{")
        else { return }
        let what = byte(origin.offset) == UInt8(ascii: "[") ? "list" : "mapping"
        var reported = false
        var depth = 0
        var inPlain = false
        var afterBlank = false
        var i = origin.offset
        while i < source.count {
            let c = byte(i)
            if source.breakWidth(at: i) > 0 {
                i = nextLine(after: i, indent: indent, what: what, origin: origin, reported: &reported)
                afterBlank = true
                continue
            }
            if inPlain {
                if c == 0x20 || c == 0x09 {
                    afterBlank = true
                    i += 1
                    continue
                }
                let endsPlain = isFlowIndicator(c) || (c == UInt8(ascii: "#") && afterBlank)
                    || (c == UInt8(ascii: ":") && (source.isBlank(i + 1) || source.isBreakOrEnd(i + 1)))
                if !endsPlain {
                    afterBlank = false
                    i += 1
                    continue
                }
                inPlain = false
            }
            switch c {
            case 0x20, 0x09:
                i += 1
            case UInt8(ascii: "#"):
                if !(source.isBlank(i - 1) || source.startsLine(i)) {
                    report(i, from: origin, Self.commentMessage)
                }
                while !source.isBreakOrEnd(i) { i += 1 }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                i += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                i += 1
                if depth == 0 {
                    if byte(i) == UInt8(ascii: "#") { report(i, from: origin, Self.commentMessage) }
                    return
                }
            case UInt8(ascii: ","), UInt8(ascii: "?"), UInt8(ascii: ":"):
                i += 1
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                i = quoted(from: i, indent: indent, origin: origin, reported: &reported)
            case UInt8(ascii: "&"), UInt8(ascii: "*"):
                i += 1
                while i < source.count, SourceBytes.isAnchorCharacter(byte(i)) { i += 1 }
            case UInt8(ascii: "!"):
                i += 1
                while i < source.count, !source.isBlank(i), !source.isBreakOrEnd(i), !isFlowIndicator(byte(i)) { i += 1 }
            default:
                inPlain = true
                afterBlank = false
                i += 1
            }
        }
    }

    /// A block scalar's header (`|`, `>`, indicators) and its leading blank lines,
    /// which may not hold more spaces than the first line of text.
    private mutating func blockScalarHeader(at origin: SourceBytes.Spot, indent: Int) {
        var i = origin.offset + 1
        var explicitIndent = false
        while byte(i) == UInt8(ascii: "+") || byte(i) == UInt8(ascii: "-") || (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(byte(i)) {
            if byte(i) != UInt8(ascii: "+"), byte(i) != UInt8(ascii: "-") { explicitIndent = true }
            i += 1
        }
        if byte(i) == UInt8(ascii: "#") { report(i, from: origin, Self.commentMessage) }
        guard !explicitIndent else { return }
        while !source.isBreakOrEnd(i) { i += 1 }
        var widest: (spaces: Int, offset: Int)?
        while i < source.count {
            i += max(1, source.breakWidth(at: i))
            let lineStart = i
            while i < source.count, byte(i) == 0x20 { i += 1 }
            let spaces = i - lineStart
            if source.isBreakOrEnd(i) {
                if spaces > (widest?.spaces ?? -1) { widest = (spaces, lineStart) }
                continue
            }
            // The first line with text: it is the scalar's first line when it is
            // indented more than the collection holding the scalar.
            if spaces > indent, let widest, widest.spaces > spaces {
                report(widest.offset, from: origin,
                    "invalid YAML: this blank line at the start of a block text (| or >) has more spaces than the text's first line; remove them")
            }
            return
        }
    }

    /// `%YAML` and `%TAG` lines before the document: a comment on one needs a space
    /// before its '#'.
    mutating func directives() {
        let origin = SourceBytes.Spot(offset: 0, line: 1, column: 1)
        var i = 0
        while i < source.count {
            var first = i
            while source.isBlank(first) { first += 1 }
            if byte(i) == UInt8(ascii: "%") {
                var j = i + 1
                while !source.isBreakOrEnd(j) {
                    if byte(j) == UInt8(ascii: "#") {
                        if !source.isBlank(j - 1) { report(j, from: origin, Self.commentMessage) }
                        break
                    }
                    j += 1
                }
            } else if !source.isBreakOrEnd(first), byte(first) != UInt8(ascii: "#") {
                return
            }
            while !source.isBreakOrEnd(i) { i += 1 }
            i += max(1, source.breakWidth(at: i))
        }
    }
}
