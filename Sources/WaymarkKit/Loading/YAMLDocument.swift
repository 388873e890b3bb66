import Yams

/// One file's YAML tree, read with Yams so every node keeps its line and column.
///
/// Around Yams' own parse, this does three things:
///
/// - **Duplicate keys.** libyaml (through Yams) stops at the first duplicate key in a
///   mapping. A PMO file with ten mistakes should get ten errors, so on a duplicate
///   this finds the second occurrence, reports it, blanks that key out (same length, so
///   every other position is unchanged) and reads again; the reader then skips the
///   blanked keys, keeping the first value.
/// - **Aliases used as keys.** Yams looks for duplicate keys by hashing the key nodes,
///   and hashing a list or mapping walks all of it. An alias shares its anchor's
///   storage, so a few hundred bytes of nested aliases (a "billion laughs") compose in
///   microseconds, but one used as a key (`? *bomb`) would be walked a billion nodes
///   deep before Yams returns. So when the text holds anything that may be an alias,
///   it is read with each `*` turned into a plain character of the same width; an
///   alias found in a key is refused, and the others are put in place on that tree
///   (`AliasResolver`), sharing their anchors' nodes as Yams does.
/// - **Bounded work.** Every read of the text counts against `Limits.maxBytesParsed`,
///   so duplicate-key recovery on a large file cannot turn into minutes of re-reading.
///   Messages are built from Yams' positions and problem texts only, never from its
///   error descriptions, which quote the source line (megabytes, in a hostile file).
struct YAMLDocument {
    let root: Node?
    /// Positions of keys blanked out after a duplicate-key error: skipped when reading.
    let maskedKeys: Set<Position>
    let diagnostics: [Diagnostic]

    struct Position: Hashable {
        let line: Int
        let column: Int
    }

    /// What stands in for an alias's `*` while probing: a private-use character (so a
    /// plain scalar may start with it, and it is one column wide) that the text does not
    /// hold, so every one in the tree came from a `*`. A file of `maxFileBytes` cannot
    /// hold all 137,000 of them; nil if it somehow does.
    static func standIn(for source: SourceText) -> Unicode.Scalar? {
        let used = Set(source.scalars.filter { $0.properties.generalCategory == .privateUse })
        let ranges: [ClosedRange<UInt32>] = [0xF8F0...0xF8FF, 0xF0000...0xFFFFD, 0x100000...0x10FFFD, 0xE800...0xF8EF]
        for range in ranges {
            for value in range {
                if let scalar = Unicode.Scalar(value), !used.contains(scalar) { return scalar }
            }
        }
        return nil
    }

    static func parse(_ text: String, file: String, limits: Limits) -> YAMLDocument {
        var reading = Reading(source: SourceText(text), file: file, limits: limits)
        let document = read(&reading)
        guard let root = document.root,
              let violation = StrictYAML.firstViolation(in: root, source: reading.source) else { return document }
        return YAMLDocument(root: nil, maskedKeys: document.maskedKeys, diagnostics: document.diagnostics + [
            .error(.yamlSyntax, violation.message,
                   at: SourceLocation(file: file, line: violation.line, column: violation.column)),
        ])
    }

    private static func read(_ reading: inout Reading) -> YAMLDocument {
        let aliases = reading.source.aliasCandidates()
        guard !aliases.isEmpty else { return reading.run() }

        let positions = Set(aliases.map { offset in
            let position = reading.source.position(of: offset)
            return Position(line: position.line, column: position.column)
        })
        guard let standIn = standIn(for: reading.source) else {
            return YAMLDocument(root: nil, maskedKeys: [], diagnostics: [.error(.tooLarge,
                "the file holds every private-use character, which Waymark needs one of to read its aliases",
                at: SourceLocation(file: reading.file, line: 1, column: 1))])
        }
        for offset in aliases { reading.source.replace(at: offset, with: standIn) }
        let probe = reading.run()
        let restored = probe.diagnostics.map { restoringAliases($0, standIn) }
        guard let root = probe.root else {
            // The text does not read even with its aliases made plain, and an alias
            // cannot mend a syntax error or a repeated key, so the real text would fail
            // too; it is not read, as it might hide an alias key. Report what went wrong,
            // with each alias written as it is in the file.
            return YAMLDocument(root: nil, maskedKeys: probe.maskedKeys, diagnostics: restored)
        }
        if let refusal = aliasRefusal(root, probe: probe, positions: positions, standIn: standIn, reading: reading) {
            return YAMLDocument(root: nil, maskedKeys: probe.maskedKeys, diagnostics: restored + [refusal])
        }
        // No alias is a key, so the aliases are put in place on this tree as Yams would
        // have: no second read (which costs as much again, and libyaml's scanner slows
        // with flow nesting), and the keys, the only nodes Yams compares, are the same.
        // The parser is kept alive until then, as it owns the anchors the nodes name.
        var resolver = AliasResolver(positions: positions, standIn: standIn, source: reading.source)
        let resolved = withExtendedLifetime(reading.parser) { resolver.resolve(root) }
        if let undefined = resolver.undefined {
            let name = NodeReader.clip(aliasName(at: undefined, in: reading.source))
            return YAMLDocument(root: nil, maskedKeys: probe.maskedKeys, diagnostics: restored + [
                .error(.yamlSyntax, "invalid YAML: the alias '*\(name)' has no anchor '&\(name)' before it",
                       at: SourceLocation(file: reading.file, line: undefined.line, column: undefined.column)),
            ])
        }
        return YAMLDocument(root: resolved, maskedKeys: probe.maskedKeys, diagnostics: restored)
    }

    /// The error for an alias in the probe's tree that cannot be let through, if any.
    private static func aliasRefusal(_ root: Node, probe: YAMLDocument, positions: Set<Position>,
                                     standIn: Unicode.Scalar, reading: Reading) -> Diagnostic? {
        let masked = probe.maskedKeys.intersection(positions).min { ($0.line, $0.column) < ($1.line, $1.column) }
        guard let (position, problem) = aliasProblem(root, at: positions, standIn: standIn, in: reading.source)
                ?? masked.map({ ($0, AliasProblem.key) }) else { return nil }
        let name = "'*\(NodeReader.clip(aliasName(at: position, in: reading.source)))'"
        let location = SourceLocation(file: reading.file, line: position.line, column: position.column)
        return switch problem {
        case .key:
            .error(.wrongType, "a mapping key is the alias \(name); keys in a programme file are plain names, so write the key out",
                   at: location)
        case .runsOn:
            .error(.yamlSyntax, "the alias \(name) runs into the text after it; put a space after it, or quote the text",
                   at: location)
        case .properties:
            .error(.yamlSyntax, "invalid YAML: an alias cannot have an anchor ('&') or a tag ('!'); remove the one before it",
                   at: location)
        }
    }

    /// Puts each alias's node where its stand-in is, in the order Yams resolves them:
    /// an alias names the latest node anchored before it, and a collection's anchor
    /// counts once the collection is complete. Collections holding no alias are kept
    /// as they are; the others are rebuilt around the shared nodes, so nothing is
    /// expanded. Recursive, like Yams' own reading, to libyaml's 1,000 levels at most.
    private struct AliasResolver {
        let positions: Set<Position>
        let standIn: Unicode.Scalar
        let source: SourceText
        var anchors: [String: Node] = [:]
        /// The first alias naming no anchor before it.
        var undefined: Position?

        /// `node` with its aliases in place, and whether anything changed.
        mutating func resolve(_ node: Node) -> Node { resolving(node).node }

        private mutating func resolving(_ node: Node) -> (node: Node, changed: Bool) {
            var result = (node: node, changed: false)
            switch node {
            case let .scalar(scalar):
                if scalar.style == .plain, scalar.string.unicodeScalars.first == standIn, let mark = scalar.mark {
                    let position = Position(line: mark.line, column: mark.column)
                    if positions.contains(position) {
                        guard let target = anchors[aliasName(at: position, in: source)] else {
                            if undefined == nil { undefined = position }
                            return result
                        }
                        return (target, true)
                    }
                }
                // A `*` inside text (`"a *b"`, a comment-like `x *y` value) was made a
                // stand-in too; the text never held the stand-in, so each one is a `*`.
                if scalar.string.unicodeScalars.contains(standIn) {
                    var text = String.UnicodeScalarView()
                    text.append(contentsOf: scalar.string.unicodeScalars.map { $0 == standIn ? "*" : $0 })
                    result = (.scalar(Node.Scalar(String(text), scalar.tag, scalar.style, scalar.mark, scalar.anchor)), true)
                }
            case let .mapping(mapping):
                let pairs = mapping.map { pair -> (Node, Node) in
                    let key = resolving(pair.key)
                    let value = resolving(pair.value)
                    result.changed = result.changed || key.changed || value.changed
                    return (key.node, value.node)
                }
                if result.changed {
                    result.node = .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark, mapping.anchor))
                }
            case let .sequence(sequence):
                let items = sequence.map { item -> Node in
                    let resolved = resolving(item)
                    result.changed = result.changed || resolved.changed
                    return resolved.node
                }
                if result.changed {
                    result.node = .sequence(Node.Sequence(items, sequence.tag, sequence.style, sequence.mark, sequence.anchor))
                }
            case .alias:
                break
            }
            if let anchor = node.anchor?.rawValue { anchors[anchor] = result.node }
            return result
        }
    }

    /// The reads of one file: the text as it stands, the keys blanked so far, and the
    /// work spent.
    private struct Reading {
        var source: SourceText
        let file: String
        let limits: Limits
        var masked = Set<Position>()
        var diagnostics: [Diagnostic] = []
        var rounds = 0
        var bytesParsed = 0
        /// The parser of the last successful read: it owns the anchors its nodes name.
        var parser: Parser?

        init(source: SourceText, file: String, limits: Limits) {
            self.source = source
            self.file = file
            self.limits = limits
        }

        mutating func run() -> YAMLDocument {
            while true {
                let text = source.string
                let size = text.utf8.count
                bytesParsed += size
                do {
                    // The basic resolver leaves every scalar a string: Waymark reads
                    // numbers and dates itself, and the default resolver runs regular
                    // expressions over a key each time it is hashed or compared, which
                    // backtracks for a long time on a megabyte of digits. UTF-8 is named
                    // so the YAMS_DEFAULT_ENCODING variable cannot change it (Yams prints
                    // when it is set, and this library never prints).
                    let parser = try Parser(yaml: text, resolver: .basic, encoding: .utf8)
                    let root = try parser.singleRoot()
                    self.parser = parser
                    return YAMLDocument(root: root, maskedKeys: masked, diagnostics: diagnostics)
                } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
                    let key = duplicates.first.flatMap { $0 == "<uncovertable>" ? nil : $0 }
                    let shown = key.map { "key '\(NodeReader.clip($0))'" } ?? "a key"
                    let first = Position(line: context.mark.line, column: context.mark.column)
                    // Every later occurrence in the mapping is blanked in this one round, so
                    // a key pasted a thousand times costs one re-read, not a thousand.
                    var repeats: [Position] = []
                    if let key {
                        var from = first
                        while masked.count + repeats.count < limits.maxDiagnostics,
                              let next = nextOccurrence(of: key, after: from) {
                            repeats.append(next)
                            from = next
                        }
                    }
                    let affordable = rounds < limits.maxDuplicateKeys
                        && bytesParsed + size <= limits.maxBytesParsed
                        && masked.count + repeats.count < limits.maxDiagnostics
                    guard affordable, let key, !repeats.isEmpty else {
                        let rest = affordable ? "" : " (there are too many repeated keys to go on checking this file)"
                        diagnostics.append(.error(.duplicateKey,
                            "\(shown) is given more than once in this mapping; give each key once\(rest)",
                            at: SourceLocation(file: file, line: first.line, column: first.column)))
                        return YAMLDocument(root: nil, maskedKeys: masked, diagnostics: diagnostics)
                    }
                    for second in repeats {
                        diagnostics.append(.error(.duplicateKey,
                            "\(shown) is given twice in this mapping (first at line \(first.line)); the first value is used",
                            at: SourceLocation(file: file, line: second.line, column: second.column)))
                        blankKey(at: second, length: key.unicodeScalars.count)
                        masked.insert(second)
                    }
                    rounds += 1
                } catch {
                    diagnostics.append(YAMLDocument.syntaxDiagnostic(for: error, file: file, source: source, text: text))
                    return YAMLDocument(root: nil, maskedKeys: masked, diagnostics: diagnostics)
                }
            }
        }

        /// The next key spelt `key` in the same block mapping as the one at `first`: a
        /// later line indented to the same column, before any line indented less.
        func nextOccurrence(of key: String, after first: Position) -> Position? {
            guard first.line >= 1, first.line < source.lineCount else { return nil }
            let spellings = [key, "\"\(key)\"", "'\(key)'"].map { Array($0.unicodeScalars) }
            for line in (first.line + 1)...source.lineCount {
                let content = source.lineText(line)
                let indent = content.prefix { $0 == " " }.count
                let rest = content.dropFirst(indent)
                if rest.allSatisfy({ $0 == " " || $0 == "\t" }) || rest.first == "#" { continue }
                if indent + 1 < first.column { return nil }
                guard indent + 1 == first.column else { continue }
                for spelling in spellings where rest.starts(with: spelling) {
                    let after = rest.dropFirst(spelling.count).drop { $0 == " " || $0 == "\t" }
                    if after.first == ":" { return Position(line: line, column: first.column) }
                }
            }
            return nil
        }

        /// Replaces the key at `position` with characters no real key uses, as many as
        /// it has, so every position after it stays where it was. Each blanked key gets
        /// its own character (there are at most `maxDiagnostics` of them, well within
        /// the 6,400 private-use characters), so two in one mapping never clash.
        mutating func blankKey(at position: Position, length: Int) {
            guard let start = source.offset(line: position.line, column: position.column) else { return }
            let filler = Unicode.Scalar(0xE000 + UInt32(masked.count % 6000)) ?? "\u{E000}"
            // A quoted key is blanked with its quotes.
            let quoted = source.scalars[start] == "\"" || source.scalars[start] == "'"
            let lineEnd = start + source.lineText(position.line).count - (position.column - 1)
            let end = min(lineEnd, start + length + (quoted ? 2 : 0))
            for offset in start..<end { source.replace(at: offset, with: filler) }
        }
    }

    // MARK: - Aliases

    private enum AliasProblem {
        /// The alias is (inside) a mapping key.
        case key
        /// The probe read the alias and the text after it as one plain scalar, so where
        /// the real alias ends, and whether it is a key, the probe cannot tell: in flow
        /// style `[x, *a:b]` is a one-pair mapping whose key is the alias.
        case runsOn
        /// An anchor or tag comes before the alias (`&b *a`), which libyaml refuses and
        /// the probe, reading a plain scalar, does not.
        case properties
    }

    /// The first alias stand-in (a plain scalar starting at one of `positions`) that is
    /// inside a mapping key or runs on past its name. The probe tree has no aliases, so
    /// this walk is as long as the text; it keeps its own stack, as trees may nest
    /// 1,000 deep.
    private static func aliasProblem(_ root: Node, at positions: Set<Position>, standIn: Unicode.Scalar,
                                     in source: SourceText) -> (Position, AliasProblem)? {
        var pending: [(node: Node, inKey: Bool)] = [(root, false)]
        while let (node, inKey) = pending.popLast() {
            switch node {
            case let .scalar(scalar):
                guard scalar.style == .plain, scalar.string.unicodeScalars.first == standIn, let mark = scalar.mark
                else { continue }
                let position = Position(line: mark.line, column: mark.column)
                // Starting with a stand-in but not at one: properties come first.
                guard positions.contains(position) else { return (position, .properties) }
                if inKey { return (position, .key) }
                if scalar.string.unicodeScalars.count != aliasName(at: position, in: source).unicodeScalars.count + 1 {
                    return (position, .runsOn)
                }
            case let .mapping(mapping):
                // Pushed last to first, so the first key in the file is looked at first.
                for (key, value) in mapping.reversed() {
                    pending.append((value, inKey))
                    pending.append((key, true))
                }
            case let .sequence(sequence):
                for item in sequence.reversed() { pending.append((item, inKey)) }
            case .alias:
                break
            }
        }
        return nil
    }

    private static func aliasName(at position: Position, in source: SourceText) -> String {
        let line = source.lineText(position.line)
        let name = line.dropFirst(position.column).prefix(while: SourceText.isAnchorCharacter)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: name)
        return String(view)
    }

    private static func restoringAliases(_ diagnostic: Diagnostic, _ standIn: Unicode.Scalar) -> Diagnostic {
        guard diagnostic.message.unicodeScalars.contains(standIn) else { return diagnostic }
        var message = String.UnicodeScalarView()
        message.append(contentsOf: diagnostic.message.unicodeScalars.map { $0 == standIn ? "*" : $0 })
        return Diagnostic(diagnostic.severity, diagnostic.code, String(message), at: diagnostic.location)
    }

    // MARK: - Syntax errors

    /// A diagnostic built from the error's position and problem only: Yams' own
    /// descriptions quote the source line, which for a hostile file may be megabytes.
    static func syntaxDiagnostic(for error: Error, file: String, source: SourceText, text: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error as? YamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
            if problem.contains("Maximum nesting level") || (context?.text.contains("Maximum nesting level") ?? false) {
                return .error(.tooLarge, "the YAML nests deeper than 1,000 levels", at: at(mark))
            }
            var message = syntaxMessage(problem: problem, context: context?.text)
            if source.lineText(mark.line).prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") {
                message += "; indent with spaces, not tabs"
            }
            return .error(.yamlSyntax, message, at: at(mark))
        case let .composer(context, problem, mark, _):
            if context?.text == "expected a single document in the stream" {
                return .error(.yamlSyntax,
                    "the file holds more than one YAML document ('---'); keep one programme to a file",
                    at: at(mark))
            }
            return .error(.yamlSyntax, syntaxMessage(problem: problem, context: context?.text), at: at(mark))
        case let .reader(problem, offset, _, _):
            // Yams gives the offset in characters (grapheme clusters) of `text`.
            var location = SourceLocation(file: file, line: 1, column: 1)
            if let offset, let index = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) {
                let position = source.position(of: text.unicodeScalars.distance(from: text.startIndex, to: index))
                location = SourceLocation(file: file, line: position.line, column: position.column)
            }
            return .error(.yamlSyntax, "the text cannot be read as YAML: \(clip(problem))", at: location)
        case .memory:
            return .error(.tooLarge, "the YAML parser ran out of memory reading this file",
                          at: SourceLocation(file: file, line: 1, column: 1))
        case .some, .none:
            return .error(.yamlSyntax, "the YAML could not be read",
                          at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    private static func syntaxMessage(problem: String, context: String?) -> String {
        var message = "invalid YAML: \(clip(problem))"
        if let context, !context.isEmpty { message += " (\(clip(context)))" }
        return message
    }

    private static func clip(_ text: String) -> String {
        text.count <= 200 ? text : String(text.prefix(200)) + "…"
    }
}

extension SourceText {
    /// The offsets of every `*` that may start an alias: one followed by a character an
    /// anchor name may hold, where libyaml may start a token (the start of a line, after
    /// a space, a tab or a flow or key indicator, or after a quote). Any `*` inside a
    /// quoted or block scalar or a comment that this also finds is harmless: the probe
    /// only changes it for another plain character.
    func aliasCandidates() -> [Int] {
        var found: [Int] = []
        for offset in scalars.indices where scalars[offset] == "*" {
            guard offset + 1 < scalars.count, Self.isAnchorCharacter(scalars[offset + 1]) else { continue }
            if offset == 0 {
                found.append(offset)
                continue
            }
            switch scalars[offset - 1] {
            case " ", "\t", "[", "]", "{", "}", ",", "?", ":", "\"", "'", "\u{FEFF}":
                found.append(offset)
            case let previous where Self.isBreak(previous):
                found.append(offset)
            default:
                break
            }
        }
        return found
    }

    /// libyaml's anchor characters: ASCII letters, digits, '_' and '-'.
    static func isAnchorCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "0"..."9", "a"..."z", "A"..."Z", "_", "-": true
        default: false
        }
    }
}
