import Yams

/// Reads a YAML tree against the file format, collecting a diagnostic for every
/// mistake instead of stopping at the first.
final class NodeReader {
    let file: String
    private let maskedKeys: Set<YAMLDocument.Position>
    private let limits: Limits
    private(set) var diagnostics: [Diagnostic] = []
    private var nodesVisited = 0
    /// Set once the walk budget is spent; every read after that returns nothing.
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
        diagnostics.append(.error(code, message, at: location(of: node)))
    }

    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Counts a node towards the walk budget; false once the budget is spent.
    func visit(_ node: Node) -> Bool {
        guard !exhausted else { return false }
        nodesVisited += 1
        if nodesVisited > limits.maxNodesVisited {
            exhausted = true
            error(.tooLarge,
                  "the file expands to more than \(limits.maxNodesVisited) YAML nodes (through aliases?); programme files are far smaller",
                  at: node)
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
                var message = "\(what) has unknown key '\(name)'"
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

    static func clip(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(60)) + "…"
    }
}

extension Node {
    /// True for `~`, `null` and an empty plain value: a key written with no value.
    var isNull: Bool {
        guard case let .scalar(scalar) = self, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
