import CYAML

/// Reads one file's YAML in a single pass over libyaml's events into a `YAMLTree`,
/// reporting on the way what libyaml lets through:
///
/// - every repeated key in a mapping, at its second occurrence; the first value is
///   kept and reading goes on;
/// - an alias used as a key (or inside one), refused before anything compares or
///   expands it; anchors are resolved here, each alias becoming a reference to the
///   node it repeats, so a "billion laughs" costs one entry per alias written;
/// - an alias whose name runs into the text after it (`*a:b`, which YAML 1.2 reads
///   as the alias `a:b`), and an alias naming no anchor before it;
/// - the YAML 1.2 rules of `StrictYAML`, from each event's position;
/// - nesting deeper than 1,000 levels.
///
/// Messages are built from positions and libyaml's problem texts only, never from the
/// source line (megabytes, in a hostile file). A syntax error ends the read, as it
/// ends libyaml's; every other mistake is reported and reading goes on.
struct YAMLEvents {
    let tree: YAMLTree?
    let diagnostics: [Diagnostic]

    /// Takes an item of a top-level list (`list` is its key) the moment the parser has
    /// read it, returning whether it did. An item holding no anchor or alias comes as a
    /// tree of its own, whose nodes are then dropped here, so a file of 100,000
    /// milestones never has them all in memory at once. Any other item comes `now`, lent
    /// in the whole tree (where its aliases are resolved) for this call only, and its
    /// nodes stay: a later alias may name them.
    typealias ItemReader = (_ list: String, _ item: YAMLTree, _ now: Bool) -> Bool

    /// Reads `bytes` (UTF-8, already checked by `TextChecks`, without a byte-order mark).
    static func read(_ bytes: ArraySlice<UInt8>, file: String, limits: Limits, items: ItemReader? = nil) -> YAMLEvents {
        bytes.withUnsafeBufferPointer { read($0, file: file, limits: limits, items: items) }
    }

    /// The same, `isASCII` when known (from `TextChecks`), telling `passed` as reading
    /// goes on where the node being read starts: nothing before that is read again (see
    /// `MappedFile`).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool? = nil, file: String, limits: Limits,
                     items: ItemReader? = nil, passed: ((Int) -> Void)? = nil) -> YAMLEvents {
        var reading = Reading(source: SourceBytes(bytes, isASCII: isASCII), file: file, limits: limits, itemReader: items,
                              passed: passed)
        return reading.run()
    }

    /// Where an item of a list starts in the arrays being built, to drop it once decoded.
    private struct ItemStart {
        var entries = 0
        var text = 0
        var members = 0
        /// Aliases read and anchors set before the item: an item with either stays.
        var aliases = 0
        var anchors = 0
    }

    /// A collection being read: its members arrive before its end event.
    private struct Frame {
        let entry: Int
        let isMapping: Bool
        let anchor: String?
        /// Where this collection's members are gathered in `Reading.pending`.
        let membersStart: Int
        /// The collection is a mapping key or inside one.
        let inKey: Bool
        /// The `StrictYAML` context of its members.
        let context: StrictYAML.Context
        var expectingKey = true
        /// The key just read repeats an earlier one, so its value is not kept.
        var dropValue = false
        /// The keys so far, by text, once a mapping is too long to search them one by one.
        var keys: [String: Node.Position]?
        /// For a sequence: where its next member starts.
        var next = ItemStart()
    }

    private struct Fatal: Error {}

    private struct Reading {
        var source: SourceBytes
        let file: String
        let limits: Limits
        let itemReader: ItemReader?
        let passed: ((Int) -> Void)?
        var lastPassed = 0
        var aliasesRead = 0
        var anchorsSet = 0
        var entries: [YAMLTree.Entry] = []
        var text: [UInt8] = []
        var members: [Int32] = []
        var root: Int32?
        var diagnostics: [Diagnostic] = []
        var strict: StrictYAML
        var frames: [Frame] = []
        var pending: [Int32] = []
        var anchors: [String: Int32] = [:]
        var documents = 0
        /// libyaml's scanner does work in proportion to the flow nesting (`[`, `{`)
        /// for each token it reads: the sum of that nesting over the events read.
        var flowWork = 0

        init(source: SourceBytes, file: String, limits: Limits, itemReader: ItemReader?, passed: ((Int) -> Void)?) {
            self.source = source
            self.file = file
            self.limits = limits
            self.itemReader = itemReader
            self.passed = passed
            strict = StrictYAML(source: source, most: limits.maxDiagnostics)
        }

        mutating func run() -> YAMLEvents {
            var parser = yaml_parser_t()
            guard source.count > 0 else { return YAMLEvents(tree: YAMLTree(entries: [], text: [], members: [], root: nil), diagnostics: []) }
            guard yaml_parser_initialize(&parser) == 1, let base = source.bytes.baseAddress else {
                return YAMLEvents(tree: nil, diagnostics: [error(.tooLarge, "the YAML parser could not start (out of memory?)", line: 1, column: 1)])
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, base, source.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            strict.directives()
            var event = yaml_event_t()
            do {
                while true {
                    guard yaml_parser_parse(&parser, &event) == 1 else {
                        try syntaxError(parser)
                        break
                    }
                    defer { yaml_event_delete(&event) }
                    if event.type == YAML_STREAM_END_EVENT { break }
                    flowWork += Int(parser.flow_level)
                    if flowWork > Self.flowWorkAllowed(bytes: source.count) { try tooSlow(event) }
                    if event.type == YAML_SEQUENCE_START_EVENT || event.type == YAML_MAPPING_START_EVENT {
                        // libyaml as Yams builds it stops at 1,000 levels, counting block
                        // levels on its indentation stack and flow levels as its scanner
                        // reaches them; the system libyaml does not, so the count is made here.
                        let indents = parser.indents.top.flatMap { top in parser.indents.start.map { top - $0 } } ?? 0
                        if indents >= 1000 - Int(parser.flow_level) { try tooDeep(event) }
                    }
                    try handle(event)
                }
            } catch {
                return finish(tree: nil, stop: diagnostics.last)
            }
            return finish(tree: YAMLTree(entries: entries, text: text, members: members, root: root), stop: nil)
        }

        /// The diagnostics of the read, the `StrictYAML` violations among them: after a
        /// fatal error only those before it (libyaml stopped there, and the checks may
        /// have read on); past `maxDiagnostics`, the rest of the file goes unread.
        private func finish(tree: YAMLTree?, stop: Diagnostic?) -> YAMLEvents {
            let limit = (stop?.location.line ?? Int.max, stop?.location.column ?? Int.max)
            let all = diagnostics + strict.found
                .filter { ($0.spot.line, $0.spot.column) < limit }
                .map { error(.yamlSyntax, $0.message, line: $0.spot.line, column: $0.spot.column) }
            let (capped, isCut) = limits.capped(all)
            return YAMLEvents(tree: isCut ? nil : tree, diagnostics: capped)
        }

        // MARK: Events

        private mutating func handle(_ event: yaml_event_t) throws {
            let start = source.spot(line: event.start_mark.line, column: event.start_mark.column, index: event.start_mark.index)
            // Told every 64 KiB or so: a call for each of millions of events showed in the profile.
            if let passed, start.offset - lastPassed >= 1 << 16 {
                lastPassed = start.offset
                passed(start.offset)
            }
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    try fatal(.yamlSyntax, "the file holds more than one YAML document ('---'); keep one programme to a file", at: start)
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let style: YAMLTree.Style = switch scalar.style {
                case YAML_PLAIN_SCALAR_STYLE: .plain
                case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: .block
                default: .quoted
                }
                let length = Int(scalar.length)
                let first = text.count
                if let value = scalar.value, length > 0 {
                    text.append(contentsOf: UnsafeBufferPointer(start: value, count: length))
                }
                let end = source.spot(line: event.end_mark.line, column: event.end_mark.column, index: event.end_mark.index)
                strict.scalar(style, isLoneDash: style == .plain && length == 1 && text[first] == UInt8(ascii: "-"),
                              at: start, end: end.offset, lines: end.line != start.line, in: memberContext)
                let index = append(.scalar, style, at: start, first: first, count: length)
                if let anchor = scalar.anchor {
                    anchors[String(cString: anchor)] = Int32(index)
                    anchorsSet += 1
                }
                try add(index, at: start)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
                let flow = isMapping ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                                     : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                let context = strict.collection(flow: flow, at: start, plainMark: anchor == nil && tag == nil, in: memberContext)
                let index = append(isMapping ? .mapping : .sequence, flow ? .flow : .block, at: start, first: 0, count: 0)
                frames.append(Frame(entry: index, isMapping: isMapping, anchor: anchor.map { String(cString: $0) },
                                    membersStart: pending.count, inKey: inKey, context: context, next: itemStart))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = frames.popLast() else { return }
                entries[frame.entry].first = Int32(members.count)
                entries[frame.entry].count = Int32(pending.count - frame.membersStart)
                members.append(contentsOf: pending[frame.membersStart...])
                pending.removeSubrange(frame.membersStart...)
                // An alias names the latest node anchored before it, and a collection's
                // anchor counts once the collection is complete.
                if let anchor = frame.anchor {
                    anchors[anchor] = Int32(frame.entry)
                    anchorsSet += 1
                }
                let entry = entries[frame.entry]
                try add(frame.entry, at: SourceBytes.Spot(offset: 0, line: Int(entry.line), column: Int(entry.column)))
            case YAML_ALIAS_EVENT:
                let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                let shown = "'*\(NodeReader.clip(name))'"
                if runsOn(after: event.end_mark) {
                    try fatal(.yamlSyntax, "the alias \(shown) runs into the text after it; put a space after it, or quote the text", at: start)
                }
                if inKey {
                    try fatal(.wrongType, "a mapping key is the alias \(shown); keys in a programme file are plain names, so write the key out",
                              at: start)
                }
                guard let target = anchors[name] else {
                    try fatal(.yamlSyntax, "invalid YAML: the alias \(shown) has no anchor '&\(NodeReader.clip(name))' before it", at: start)
                    return
                }
                let index = append(.alias, .plain, at: start, first: Int(target), count: 0)
                aliasesRead += 1
                try add(index, at: start)
            default:
                break
            }
        }

        private var itemStart: ItemStart {
            ItemStart(entries: entries.count, text: text.count, members: members.count, aliases: aliasesRead, anchors: anchorsSet)
        }

        /// Hands a finished member of a top-level list to the item reader; true when it
        /// was taken, and so is no member of the tree.
        private mutating func take(_ index: Int) -> Bool {
            guard let itemReader, frames.count == 2 else { return false }
            let (root, list) = (frames[0], frames[1])
            // An anchored list keeps its items: an alias may repeat the list elsewhere.
            guard root.isMapping, !root.dropValue, list.anchor == nil, list.membersStart > root.membersStart else { return false }
            let key = entries[Int(pending[list.membersStart - 1])]
            guard key.kind == .scalar else { return false }
            guard list.next.aliases == aliasesRead, list.next.anchors == anchorsSet else {
                return itemReader(string(key), YAMLTree(entries: entries, text: text, members: members, root: Int32(index)), true)
            }
            guard itemReader(string(key), subtree(from: list.next, root: index), false) else { return false }
            entries.removeSubrange(list.next.entries...)
            text.removeSubrange(list.next.text...)
            members.removeSubrange(list.next.members...)
            return true
        }

        /// The nodes read since `start` (one list item, holding no alias), copied out as a
        /// tree of their own with `root` at its top.
        private func subtree(from start: ItemStart, root: Int) -> YAMLTree {
            var own = Array(entries[start.entries...])
            for i in own.indices {
                own[i].first -= Int32(own[i].kind == .scalar ? start.text : start.members)
            }
            return YAMLTree(entries: own, text: Array(text[start.text...]),
                            members: members[start.members...].map { $0 - Int32(start.entries) },
                            root: Int32(root - start.entries))
        }

        // (These two read the fields they need where the frame stands: `frames.last`
        // would copy it whole, its strings and dictionary retained, for every node.)

        /// Whether the node now starting is a mapping key or inside one.
        private var inKey: Bool {
            let top = frames.count - 1
            return top >= 0 && (frames[top].inKey || (frames[top].isMapping && frames[top].expectingKey))
        }

        private var memberContext: StrictYAML.Context {
            let top = frames.count - 1
            guard top >= 0 else { return .block(indent: -1) }
            if frames[top].isMapping, frames[top].expectingKey, case .block = frames[top].context { return .key }
            return frames[top].context
        }

        private mutating func append(_ kind: YAMLTree.Kind, _ style: YAMLTree.Style, at spot: SourceBytes.Spot,
                                     first: Int, count: Int) -> Int {
            entries.append(YAMLTree.Entry(line: Int32(clamping: spot.line), column: Int32(clamping: spot.column),
                                               first: Int32(first), count: Int32(count), kind: kind, style: style))
            return entries.count - 1
        }

        /// Puts a finished node in the collection being read (or makes it the root),
        /// leaving out a repeated key and its value.
        /// (The collection is changed where it stands in `frames`: a frame is large, and
        /// this runs for every node.)
        private mutating func add(_ index: Int, at spot: SourceBytes.Spot) throws {
            guard !frames.isEmpty else {
                root = Int32(index)
                return
            }
            let top = frames.count - 1
            guard frames[top].isMapping else {
                if !take(index) { pending.append(Int32(index)) }
                frames[top].next = itemStart
                return
            }
            if !frames[top].expectingKey {
                frames[top].expectingKey = true
                if frames[top].dropValue { frames[top].dropValue = false } else { pending.append(Int32(index)) }
                return
            }
            frames[top].expectingKey = false
            if let first = firstOccurrence(of: index, in: top) {
                frames[top].dropValue = true
                let key = entries[index].kind == .scalar ? string(entries[index]) : ""
                try report(.error(.duplicateKey,
                    "key '\(NodeReader.clip(key))' is given twice in this mapping (first at line \(first.line)); the first value is used",
                    at: SourceLocation(file: file, line: spot.line, column: spot.column)))
                return
            }
            pending.append(Int32(index))
        }

        /// Where the same key was given before in this mapping, if it was.
        private mutating func firstOccurrence(of index: Int, in frameIndex: Int) -> Node.Position? {
            let key = entries[index]
            guard key.kind == .scalar else { return nil }
            let keyText = text[Int(key.first)..<Int(key.first + key.count)]
            let membersStart = frames[frameIndex].membersStart
            let count = (pending.count - membersStart) / 2
            if frames[frameIndex].keys == nil, count < 16 {
                for offset in stride(from: membersStart, to: pending.count, by: 2) {
                    let other = entries[Int(pending[offset])]
                    if other.kind == .scalar, other.count == key.count,
                       text[Int(other.first)..<Int(other.first + other.count)].elementsEqual(keyText) {
                        return Node.Position(line: other.line, column: other.column)
                    }
                }
                return nil
            }
            if frames[frameIndex].keys == nil {
                var keys: [String: Node.Position] = [:]
                for offset in stride(from: membersStart, to: pending.count, by: 2) {
                    let other = entries[Int(pending[offset])]
                    let name = string(other)
                    if other.kind == .scalar, keys[name] == nil { keys[name] = Node.Position(line: other.line, column: other.column) }
                }
                frames[frameIndex].keys = keys
            }
            let name = String(decoding: keyText, as: UTF8.self)
            if let first = frames[frameIndex].keys?[name] { return first }
            frames[frameIndex].keys?[name] = Node.Position(line: key.line, column: key.column)
            return nil
        }

        private func string(_ entry: YAMLTree.Entry) -> String {
            String(decoding: text[Int(entry.first)..<Int(entry.first + entry.count)], as: UTF8.self)
        }

        /// YAML 1.2 reads an alias's name up to white space or a flow indicator, and
        /// libyaml stops at any character an anchor may not hold: where they differ
        /// (`*a:b`, `*a b`) the alias is not what the writer meant.
        private mutating func runsOn(after mark: yaml_mark_t) -> Bool {
            var i = source.spot(line: mark.line, column: mark.column, index: mark.index).offset
            let next = source[i]
            if !source.isBreakOrEnd(i), !source.isBlank(i), !",[]{}".utf8.contains(next) { return true }
            while source.isBlank(i) { i += 1 }
            return !source.isBreakOrEnd(i) && !"#,]}:".utf8.contains(source[i])
        }

        /// Flow nesting times events read that libyaml gets through in about half a
        /// second, or 64 times the bytes for a larger file: real files nest two or three
        /// levels deep (a list in a mapping in a list), so they never come near, while
        /// 990 brackets around a file of items would keep libyaml busy for minutes.
        static func flowWorkAllowed(bytes: Int) -> Int { max(20_000_000, 64 * bytes) }

        private mutating func tooSlow(_ event: yaml_event_t) throws {
            let mark = event.start_mark
            try fatal(.tooLarge,
                "the YAML nests brackets ([ or {) so deeply over so much of the file that reading it would take too long; programme files nest a few levels",
                line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }

        /// Nesting past 1,000 levels: reported at the bracket or the first entry, past
        /// any anchor or tag, as libyaml reports it.
        private mutating func tooDeep(_ event: yaml_event_t) throws {
            let flow = event.type == YAML_MAPPING_START_EVENT ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                                                              : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
            let end = event.end_mark
            let column = flow ? max(0, Int(end.column) - 1) : Int(end.column)
            try fatal(.tooLarge, "the YAML nests deeper than 1,000 levels", line: Int(end.line) + 1, column: column + 1)
        }

        // MARK: Diagnostics

        private func error(_ code: DiagnosticCode, _ message: String, line: Int, column: Int) -> Diagnostic {
            .error(code, message, at: SourceLocation(file: file, line: line, column: column))
        }

        /// Records a mistake; past `maxDiagnostics` the file is not read further.
        private mutating func report(_ diagnostic: Diagnostic) throws {
            if diagnostics.count >= limits.maxDiagnostics {
                diagnostics.append(limits.tooMany(at: diagnostic.location))
                throw Fatal()
            }
            diagnostics.append(diagnostic)
        }

        private mutating func fatal(_ code: DiagnosticCode, _ message: String, at spot: SourceBytes.Spot) throws {
            try fatal(code, message, line: spot.line, column: spot.column)
        }

        private mutating func fatal(_ code: DiagnosticCode, _ message: String, line: Int, column: Int) throws {
            diagnostics.append(error(code, message, line: line, column: column))
            throw Fatal()
        }

        private mutating func syntaxError(_ parser: yaml_parser_t) throws {
            let mark = parser.problem_mark
            let problem = parser.problem.map { String(cString: $0) } ?? "the YAML could not be read"
            switch parser.error {
            case YAML_MEMORY_ERROR:
                try fatal(.tooLarge, "the YAML parser ran out of memory reading this file", line: 1, column: 1)
            case YAML_READER_ERROR:
                let spot = source.walk(from: SourceBytes.Spot(offset: 0, line: 1, column: 1), to: Int(parser.problem_offset))
                try fatal(.yamlSyntax, "the text cannot be read as YAML: \(Self.clip(problem))", at: spot)
            default:
                let spot = source.spot(line: mark.line, column: mark.column, index: mark.index)
                var message = "invalid YAML: \(Self.clip(problem))"
                if let context = parser.context.map({ String(cString: $0) }), !context.isEmpty {
                    message += " (\(Self.clip(context)))"
                }
                var i = source.lineStart(of: spot.offset)
                while source[i] == 0x20 { i += 1 }
                if source[i] == 0x09 { message += "; indent with spaces, not tabs" }
                try fatal(.yamlSyntax, message, at: spot)
            }
        }

        private static func clip(_ text: String) -> String {
            text.count <= 200 ? text : String(text.prefix(200)) + "…"
        }
    }
}
