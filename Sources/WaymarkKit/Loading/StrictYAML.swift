import Yams

/// YAML 1.2 rules that libyaml does not enforce, checked on a tree it has accepted so
/// that a file other YAML tools reject (GitHub's renderer, editors, linters) is not
/// quietly read a different way here. Each is a case of the YAML test suite that
/// libyaml passes:
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
/// The checks start from the positions of the nodes in the tree, so they never have
/// to guess where a scalar starts, and each collection is looked at once however
/// often an alias repeats it: the work is linear in the text.
enum StrictYAML {
    struct Violation: Error, Equatable {
        let line: Int
        let column: Int
        let message: String
    }

    /// Where a node sits: `indent` is the indentation of the block collection holding
    /// it (-1 at the top), which further lines of a flow node must exceed.
    private enum Context {
        case block(indent: Int)
        case flow
        case key
    }

    /// A node by where it starts and what it is: an alias repeats its anchor's node,
    /// mark and all, so each piece of text is checked once.
    private struct Seen: Hashable {
        let line: Int
        let column: Int
        let kind: Int
    }

    static func firstViolation(in root: Node, source: SourceText) -> Violation? {
        let checker = Checker(source: source)
        if let violation = checker.directives() { return violation }
        var seen = Set<Seen>()
        var pending: [(Node, Context)] = [(root, .block(indent: -1))]
        while let (node, context) = pending.popLast() {
            guard let mark = node.mark else { continue }
            let kind = switch node {
            case .scalar: 0
            case .mapping: 1
            case .sequence: 2
            case .alias: 3
            }
            guard seen.insert(Seen(line: mark.line, column: mark.column, kind: kind)).inserted else { continue }
            if let violation = checker.check(node, at: mark, in: context) { return violation }
            switch node {
            case let .mapping(mapping):
                let flow = checker.isFlow(at: mark)
                let inner: Context = flow ? .flow : checker.blockContext(of: mark, fallback: context)
                for (key, value) in mapping.reversed() {
                    pending.append((value, inner))
                    pending.append((key, flow ? .flow : .key))
                }
            case let .sequence(sequence):
                let inner: Context = checker.isFlow(at: mark) ? .flow : checker.blockContext(of: mark, fallback: context)
                for item in sequence.reversed() { pending.append((item, inner)) }
            case .scalar, .alias:
                break
            }
        }
        return nil
    }

    private struct Checker {
        let source: SourceText
        let s: [Unicode.Scalar]

        init(source: SourceText) {
            self.source = source
            s = source.scalars
        }

        func check(_ node: Node, at mark: Mark, in context: Context) -> Violation? {
            let indent: Int
            switch context {
            case let .block(n): indent = n
            case .key: indent = -1
            case .flow:
                // Inside a flow collection everything was checked with it, but for this.
                if case let .scalar(scalar) = node, scalar.style == .plain, scalar.string == "-" {
                    return Violation(line: mark.line, column: mark.column,
                                     message: "invalid YAML: a lone '-' is not a value in a flow list or mapping; quote it ('-') or remove it")
                }
                return nil
            }
            switch node {
            case let .scalar(scalar):
                switch scalar.style {
                case .doubleQuoted, .singleQuoted:
                    guard let start = contentStart(from: mark), s[start] == "\"" || s[start] == "'" else { return nil }
                    switch quoted(from: start, indent: indent) {
                    case let .failure(violation): return violation
                    case let .success(end): return commentRightAfter(end)
                    }
                case .literal, .folded:
                    guard let start = contentStart(from: mark), s[start] == "|" || s[start] == ">" else { return nil }
                    return blockScalarHeader(from: start, indent: indent)
                default:
                    return nil
                }
            case .mapping, .sequence:
                return isFlow(at: mark) ? flow(from: mark, indent: indent) : nil
            case .alias:
                return nil
            }
        }

        /// Whether the collection at `mark` is written in flow style (`[...]`, `{...}`).
        /// Read from the text: Yams 6.2.2 takes a collection's style from its end event,
        /// which does not carry one.
        func isFlow(at mark: Mark) -> Bool {
            guard let start = contentStart(from: mark) else { return false }
            return s[start] == "[" || s[start] == "{"
        }

        /// The context for the entries of a block collection whose node starts at
        /// `mark`: its indentation is the column of its first `-`, `?` or key, less one.
        func blockContext(of mark: Mark, fallback: Context) -> Context {
            guard let start = contentStart(from: mark) else { return fallback }
            return .block(indent: source.position(of: start).column - 1)
        }

        // MARK: Text

        func isBlank(_ offset: Int) -> Bool {
            offset < s.count && (s[offset] == " " || s[offset] == "\t")
        }

        func isBreakOrEnd(_ offset: Int) -> Bool {
            offset >= s.count || SourceText.isBreak(s[offset])
        }

        func isFlowIndicator(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "," || scalar == "[" || scalar == "]" || scalar == "{" || scalar == "}"
        }

        func offset(_ mark: Mark) -> Int? {
            source.offset(line: mark.line, column: mark.column)
        }

        /// The first character of a node's content: its mark may point at an anchor or
        /// tag before it, perhaps on an earlier line.
        func contentStart(from mark: Mark) -> Int? {
            guard var i = offset(mark) else { return nil }
            while i < s.count {
                let c = s[i]
                if c == " " || c == "\t" || SourceText.isBreak(c) {
                    i += 1
                } else if c == "&" || c == "!" {
                    i += 1
                    while i < s.count, !isBlank(i), !SourceText.isBreak(s[i]) { i += 1 }
                } else if c == "#", i == 0 || isBlank(i - 1) || SourceText.isBreak(s[i - 1]) {
                    while !isBreakOrEnd(i) { i += 1 }
                } else {
                    return i
                }
            }
            return nil
        }

        func violation(at offset: Int, _ message: String) -> Violation {
            let position = source.position(of: offset)
            return Violation(line: position.line, column: position.column, message: message)
        }

        func commentRightAfter(_ offset: Int) -> Violation? {
            guard offset < s.count, s[offset] == "#" else { return nil }
            return violation(at: offset, Self.commentMessage)
        }

        static let commentMessage = "invalid YAML: a comment needs a space before its '#'"

        /// After the line break at `offset`: the offset of the next line's first
        /// character past its indentation, or a violation when that line holds content
        /// indented `indent` spaces or fewer (tabs are not indentation).
        func nextLine(after offset: Int, indent: Int, what: String, started: Int) -> Result<Int, Violation> {
            var i = offset
            if s[i] == "\r", i + 1 < s.count, s[i + 1] == "\n" { i += 1 }
            i += 1
            let lineStart = i
            while i < s.count, s[i] == " " { i += 1 }
            let spaces = i - lineStart
            var first = i
            while isBlank(first) { first += 1 }
            // A line holding only the closing bracket is let through (`key: [` … `]` is
            // common, and read the same way by every parser that reads it at all).
            if indent >= 0, spaces <= indent, !isBreakOrEnd(first), s[first] != "#", s[first] != "]", s[first] != "}" {
                let line = source.position(of: started).line
                return .failure(violation(at: first,
                    "invalid YAML: this line continues the \(what) begun on line \(line), so it must be indented with "
                    + "more than \(indent) space\(indent == 1 ? "" : "s") (tabs do not count)"))
            }
            return .success(i)
        }

        // MARK: Quoted scalars

        /// The offset just past the closing quote of the quoted scalar at `start`.
        func quoted(from start: Int, indent: Int) -> Result<Int, Violation> {
            let quote = s[start]
            var i = start + 1
            while i < s.count {
                let c = s[i]
                if quote == "\"", c == "\\", i + 1 < s.count, !SourceText.isBreak(s[i + 1]) {
                    i += 2
                } else if c == quote {
                    if quote == "'", i + 1 < s.count, s[i + 1] == "'" {
                        i += 2
                    } else {
                        return .success(i + 1)
                    }
                } else if SourceText.isBreak(c) {
                    switch nextLine(after: i, indent: indent, what: "quoted text", started: start) {
                    case let .failure(violation): return .failure(violation)
                    case let .success(next): i = next
                    }
                } else {
                    i += 1
                }
            }
            return .success(i)
        }

        // MARK: Flow collections

        /// Reads a flow collection from its opening bracket to the matching close as
        /// libyaml's scanner does, checking comments and further lines on the way.
        func flow(from mark: Mark, indent: Int) -> Violation? {
            guard let start = contentStart(from: mark), s[start] == "[" || s[start] == "{" else { return nil }
            let what = s[start] == "[" ? "list" : "mapping"
            var depth = 0
            var inPlain = false
            var afterBlank = false
            var i = start
            while i < s.count {
                let c = s[i]
                if SourceText.isBreak(c) {
                    switch nextLine(after: i, indent: indent, what: what, started: start) {
                    case let .failure(violation): return violation
                    case let .success(next): i = next
                    }
                    afterBlank = true
                    continue
                }
                if inPlain {
                    if c == " " || c == "\t" {
                        afterBlank = true
                        i += 1
                        continue
                    }
                    let endsPlain = isFlowIndicator(c) || (c == "#" && afterBlank)
                        || (c == ":" && (i + 1 >= s.count || isBlank(i + 1) || SourceText.isBreak(s[i + 1])))
                    if !endsPlain {
                        afterBlank = false
                        i += 1
                        continue
                    }
                    inPlain = false
                }
                switch c {
                case " ", "\t":
                    i += 1
                case "#":
                    guard i > 0, isBlank(i - 1) || SourceText.isBreak(s[i - 1]) else {
                        return violation(at: i, Self.commentMessage)
                    }
                    while !isBreakOrEnd(i) { i += 1 }
                case "[", "{":
                    depth += 1
                    i += 1
                case "]", "}":
                    depth -= 1
                    i += 1
                    if depth == 0 { return commentRightAfter(i) }
                case ",", "?", ":":
                    i += 1
                case "\"", "'":
                    switch quoted(from: i, indent: indent) {
                    case let .failure(violation): return violation
                    case let .success(end): i = end
                    }
                case "&", "*":
                    i += 1
                    while i < s.count, SourceText.isAnchorCharacter(s[i]) { i += 1 }
                case "!":
                    i += 1
                    while i < s.count, !isBlank(i), !SourceText.isBreak(s[i]), !isFlowIndicator(s[i]) { i += 1 }
                default:
                    inPlain = true
                    afterBlank = false
                    i += 1
                }
            }
            return nil
        }

        // MARK: Block scalars

        func blockScalarHeader(from start: Int, indent: Int) -> Violation? {
            var i = start + 1
            var explicitIndent = false
            while i < s.count, s[i] == "+" || s[i] == "-" || ("1"..."9").contains(s[i]) {
                if s[i] != "+", s[i] != "-" { explicitIndent = true }
                i += 1
            }
            if let violation = commentRightAfter(i) { return violation }
            guard !explicitIndent else { return nil }
            // Leading blank lines may not hold more spaces than the first line of text.
            while !isBreakOrEnd(i) { i += 1 }
            var widest: (spaces: Int, offset: Int)?
            while i < s.count {
                if s[i] == "\r", i + 1 < s.count, s[i + 1] == "\n" { i += 1 }
                i += 1
                let lineStart = i
                while i < s.count, s[i] == " " { i += 1 }
                let spaces = i - lineStart
                if isBreakOrEnd(i) {
                    if spaces > (widest?.spaces ?? -1) { widest = (spaces, lineStart) }
                    continue
                }
                // The first line with text: it is the scalar's first line when it is
                // indented more than the collection holding the scalar.
                if spaces > indent, let widest, widest.spaces > spaces {
                    return violation(at: widest.offset,
                        "invalid YAML: this blank line at the start of a block text (| or >) has more spaces than the text's first line; remove them")
                }
                return nil
            }
            return nil
        }

        // MARK: Directives

        /// `%YAML` and `%TAG` lines before the document: a comment on one needs a
        /// space before its '#'.
        func directives() -> Violation? {
            var line = 1
            while line <= source.lineCount {
                let text = source.lineText(line)
                let trimmed = text.drop { $0 == " " || $0 == "\t" }
                if trimmed.isEmpty || trimmed.first == "#" {
                    line += 1
                    continue
                }
                guard text.first == "%" else { return nil }
                for index in text.indices.dropFirst() where text[index] == "#" {
                    let before = text[index - 1]
                    if before != " ", before != "\t" {
                        return violation(at: index, Self.commentMessage)
                    }
                    break
                }
                line += 1
            }
            return nil
        }
    }
}
