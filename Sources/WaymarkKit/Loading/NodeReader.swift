/// Reads a YAML tree against the file format, collecting a diagnostic for every
/// mistake instead of stopping at the first.
final class NodeReader {
    let file: String
    let limits: Limits
    private(set) var diagnostics: [Diagnostic] = []
    /// Where the keys of the items read are, for their `ItemLocations`.
    let places: PlaceTable
    /// Nodes read through aliases: only these can make the walk longer than the file.
    private var repeatsVisited = 0
    /// Set once the walk budget or the diagnostic budget is spent; every read after
    /// that returns nothing and reports nothing.
    private(set) var exhausted = false

    init(file: String, limits: Limits) {
        self.file = file
        self.limits = limits
        places = PlaceTable(file: file)
    }

    /// Forgets the mistakes found so far (a portfolio file's list items are not read).
    func discard() {
        diagnostics = []
        exhausted = false
    }

    func location(of node: Node) -> SourceLocation {
        let position = node.position
        return SourceLocation(file: file, line: Int(position.line), column: Int(position.column))
    }

    func error(_ code: DiagnosticCode, _ message: String, at node: Node) {
        report(.error(code, message, at: location(of: node)))
    }

    /// Records a diagnostic. Past `maxDiagnostics` the file is not read any further:
    /// a spreadsheet pasted in whole would otherwise give one error a cell, and a CI
    /// log of a million lines helps nobody.
    func report(_ diagnostic: Diagnostic) {
        guard !exhausted else { return }
        guard diagnostics.count < limits.maxDiagnostics else {
            diagnostics.append(limits.tooMany(at: diagnostic.location))
            exhausted = true
            return
        }
        diagnostics.append(diagnostic)
    }

    /// Counts a node reached through an alias towards the walk budget; false once
    /// the budget is spent. (Every other node is read about once, so the file's size
    /// bounds them.)
    func visit(_ node: Node) -> Bool {
        guard !exhausted else { return false }
        guard node.isRepeat else { return true }
        repeatsVisited += 1
        if repeatsVisited > limits.maxNodesVisited {
            error(.tooLarge,
                  "the file expands to more than \(limits.maxNodesVisited) YAML nodes (through aliases?); programme files are far smaller",
                  at: node)
            exhausted = true
            return false
        }
        return true
    }

    /// The fields of a mapping node, checked against the keys allowed there.
    /// Reports `wrong-type` and returns nil when the node is not a mapping.
    func fields(of node: Node, what: String, allowed: [String]) -> Fields? {
        fields(of: node, name: .phrase(what), allowed: allowed)
    }

    /// The same, for a mapping named by `name`, which is worked out only for a message.
    func fields(of node: Node, name: ItemName, allowed: [String]) -> Fields? {
        var what: String { name.text }
        guard visit(node) else { return nil }
        guard node.isMapping else {
            error(.wrongType, "\(what) should be a mapping of keys and values, not \(describe(node))", at: node)
            return nil
        }
        var values: [(name: Int, key: Node, value: Node)] = []
        values.reserveCapacity(node.memberCount / 2)
        for offset in stride(from: 0, to: node.memberCount, by: 2) {
            let key = node.member(offset)
            guard visit(key) else { return nil }
            // Almost every key is one allowed: found by its bytes, with no String made.
            if let name = key.withText({ text in allowed.firstIndex { $0.utf8.count == text.count && $0.utf8.elementsEqual(text) } }) ?? nil {
                values.append((name, key, node.member(offset + 1)))
                continue
            }
            guard let name = key.string else {
                error(.wrongType, "\(what) has a key that is \(describe(key)); keys are plain names", at: key)
                continue
            }
            if name == "<<" {
                error(.unknownKey, "\(what) uses a YAML merge key '<<', which Waymark does not support; write the keys out",
                      at: key)
                continue
            }
            var message = "\(what) has unknown key '\(Self.clip(name))'"
            if let suggestion = KeySuggestion.closest(to: name, in: allowed) {
                message += "; did you mean '\(suggestion)'?"
            } else {
                message += "; allowed keys are \(allowed.map { "'\($0)'" }.joined(separator: ", "))"
            }
            error(.unknownKey, message, at: key)
        }
        return Fields(reader: self, node: node, name: name, allowed: allowed, values: values)
    }

    /// "a list", "a mapping", "the text 'x'", for messages.
    func describe(_ node: Node) -> String {
        switch node.kind {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar, .alias:
            node.isPlain && node.textEquals([]) ? "empty" : "'\(Self.clip(node.string ?? ""))'"
        }
    }

    /// User text for a one-line message: at most 60 characters, with line breaks and
    /// other invisible control characters written as escapes, so a value can never
    /// break a message into lines or hide text in a terminal or CI log.
    static func clip(_ text: String) -> String {
        // Most text is short, printable ASCII: nothing to do.
        if text.utf8.count <= 60, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = ""
        var count = 0
        for character in text {
            if count == 60 { return out + "…" }
            count += 1
            for scalar in character.unicodeScalars {
                switch scalar {
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    switch scalar.properties.generalCategory {
                    case .control, .format, .lineSeparator, .paragraphSeparator:
                        out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                    default:
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        return out
    }
}
