import Yams

/// Reads a YAML tree against the file format, collecting a diagnostic for every
/// mistake instead of stopping at the first.
final class NodeReader {
    let file: String
    private let maskedKeys: Set<YAMLDocument.Position>
    let limits: Limits
    private(set) var diagnostics: [Diagnostic] = []
    private var nodesVisited = 0
    /// Set once the walk budget or the diagnostic budget is spent; every read after
    /// that returns nothing and reports nothing.
    private(set) var exhausted = false

    init(file: String, maskedKeys: Set<YAMLDocument.Position>, limits: Limits) {
        self.file = file
        self.maskedKeys = maskedKeys
        self.limits = limits
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
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
            diagnostics.append(.error(.tooLarge,
                "this file has more than \(limits.maxDiagnostics) problems; the rest of it is not checked",
                at: diagnostic.location))
            exhausted = true
            return
        }
        diagnostics.append(diagnostic)
    }

    /// Counts a node towards the walk budget; false once the budget is spent.
    func visit(_ node: Node) -> Bool {
        guard !exhausted else { return false }
        nodesVisited += 1
        if nodesVisited > limits.maxNodesVisited {
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
        guard visit(node) else { return nil }
        guard case let .mapping(mapping) = node else {
            error(.wrongType, "\(what) should be a mapping of keys and values, not \(describe(node))", at: node)
            return nil
        }
        var values: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard visit(key) else { return nil }
            if let mark = key.mark, maskedKeys.contains(YAMLDocument.Position(line: mark.line, column: mark.column)) {
                continue
            }
            guard case let .scalar(scalar) = key else {
                error(.wrongType, "\(what) has a key that is \(describe(key)); keys are plain names", at: key)
                continue
            }
            let name = scalar.string
            if name == "<<" {
                error(.unknownKey, "\(what) uses a YAML merge key '<<', which Waymark does not support; write the keys out",
                      at: key)
                continue
            }
            guard allowed.contains(name) else {
                var message = "\(what) has unknown key '\(Self.clip(name))'"
                if let suggestion = KeySuggestion.closest(to: name, in: allowed) {
                    message += "; did you mean '\(suggestion)'?"
                } else {
                    message += "; allowed keys are \(allowed.map { "'\($0)'" }.joined(separator: ", "))"
                }
                error(.unknownKey, message, at: key)
                continue
            }
            values[name] = (key, value)
        }
        return Fields(reader: self, node: node, what: what, values: values)
    }

    /// "a list", "a mapping", "the text 'x'", for messages.
    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case let .scalar(scalar):
            scalar.string.isEmpty && scalar.style == .plain ? "empty" : "'\(Self.clip(scalar.string))'"
        }
    }

    /// User text for a one-line message: at most 60 characters, with line breaks and
    /// other invisible control characters written as escapes, so a value can never
    /// break a message into lines or hide text in a terminal or CI log.
    static func clip(_ text: String) -> String {
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

extension Node {
    /// True for `~`, `null` and an empty plain value: a key written with no value.
    var isNull: Bool {
        guard case let .scalar(scalar) = self, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
