import Foundation
import Yams

/// One file's YAML tree, read with Yams so every node keeps its line and column.
///
/// libyaml (through Yams) stops at the first duplicate key in a mapping. A PMO file
/// with ten mistakes should get ten errors, so on a duplicate this finds the second
/// occurrence, reports it, blanks that key out (same length, so every other position
/// is unchanged) and reads again; the reader then skips the blanked keys, keeping the
/// first value.
struct YAMLDocument {
    let root: Node?
    /// Positions of keys blanked out after a duplicate-key error: skipped when reading.
    let maskedKeys: Set<Position>
    let diagnostics: [Diagnostic]

    struct Position: Hashable {
        let line: Int
        let column: Int
    }

    static func parse(_ text: String, file: String, limits: Limits) -> YAMLDocument {
        var text = text
        var masked = Set<Position>()
        var diagnostics: [Diagnostic] = []
        for round in 0...limits.maxDuplicateKeys {
            do {
                let root = try Parser(yaml: text).singleRoot()
                return YAMLDocument(root: root, maskedKeys: masked, diagnostics: diagnostics)
            } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
                let key = duplicates.first ?? ""
                let first = Position(line: context.mark.line, column: context.mark.column)
                guard round < limits.maxDuplicateKeys,
                      let second = nextOccurrence(of: key, after: first, in: text)
                else {
                    diagnostics.append(.error(.duplicateKey,
                        "key '\(key)' is given more than once in this mapping; give each key once",
                        at: SourceLocation(file: file, line: first.line, column: first.column)))
                    return YAMLDocument(root: nil, maskedKeys: masked, diagnostics: diagnostics)
                }
                diagnostics.append(.error(.duplicateKey,
                    "key '\(key)' is given twice in this mapping (first at line \(first.line)); the first value is used",
                    at: SourceLocation(file: file, line: second.line, column: second.column)))
                masked.insert(second)
                text = blankKey(at: second, length: key.unicodeScalars.count, round: round, in: text)
            } catch {
                diagnostics.append(syntaxDiagnostic(for: error, file: file, text: text))
                return YAMLDocument(root: nil, maskedKeys: masked, diagnostics: diagnostics)
            }
        }
        return YAMLDocument(root: nil, maskedKeys: masked, diagnostics: diagnostics)
    }

    /// A diagnostic built from the error's position and problem only: Yams' own
    /// descriptions quote the source line, which for a hostile file may be megabytes.
    static func syntaxDiagnostic(for error: Error, file: String, text: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error as? YamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
            if problem.contains("Maximum nesting level") || (context?.text.contains("Maximum nesting level") ?? false) {
                return .error(.tooLarge, "the YAML nests deeper than 1,000 levels", at: at(mark))
            }
            var message = syntaxMessage(problem: problem, context: context?.text)
            if startsWithTab(line: mark.line, in: text) { message += "; indent with spaces, not tabs" }
            return .error(.yamlSyntax, message, at: at(mark))
        case let .composer(context, problem, mark, _):
            if context?.text == "expected a single document in the stream" {
                return .error(.yamlSyntax,
                    "the file holds more than one YAML document ('---'); keep one programme to a file",
                    at: at(mark))
            }
            return .error(.yamlSyntax, syntaxMessage(problem: problem, context: context?.text), at: at(mark))
        case let .reader(problem, offset, _, _):
            return .error(.yamlSyntax, "the text cannot be read as YAML: \(clip(problem))",
                          at: location(ofScalarOffset: offset ?? 0, in: text, file: file))
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

    /// Whether a line's indentation holds a tab, which YAML forbids.
    private static func startsWithTab(line: Int, in text: String) -> Bool {
        guard let content = text.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false)
            .dropFirst(line - 1).first else { return false }
        return content.prefix { $0 == " " || $0 == "\t" }.contains("\t")
    }

    private static func clip(_ text: String) -> String {
        text.count <= 200 ? text : String(text.prefix(200)) + "…"
    }

    private static func location(ofScalarOffset offset: Int, in text: String, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index >= offset { break }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    // MARK: - Duplicate-key recovery

    /// The next key spelt `key` in the same block mapping as the one at `first`: a later
    /// line indented to the same column, before any line indented less.
    static func nextOccurrence(of key: String, after first: Position, in text: String) -> Position? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let spellings = [key, "\"\(key)\"", "'\(key)'"]
        for index in first.line..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            let indent = scalars.prefix { $0 == " " }.count
            let rest = String(String.UnicodeScalarView(scalars[indent...]))
            if rest.allSatisfy { $0 == " " || $0 == "\r" || $0 == "\t" } || rest.hasPrefix("#") { continue }
            if indent + 1 < first.column { return nil }
            guard indent + 1 == first.column else { continue }
            for spelling in spellings where rest.hasPrefix(spelling) {
                let after = rest.dropFirst(spelling.count).drop { $0 == " " || $0 == "\t" }
                if after.hasPrefix(":") { return Position(line: index + 1, column: first.column) }
            }
        }
        return nil
    }

    /// `text` with the key at `position` replaced by characters no real key uses, of the
    /// same length in scalars so every position after it stays where it was.
    static func blankKey(at position: Position, length: Int, round: Int, in text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var scalars = Array(lines[position.line - 1].unicodeScalars)
        let filler = Unicode.Scalar(0xE000 + UInt32(round % 6000))!
        let start = position.column - 1
        // A quoted key is blanked with its quotes.
        let quoted = scalars[start] == "\"" || scalars[start] == "'"
        let end = min(scalars.count, start + length + (quoted ? 2 : 0))
        for i in start..<end { scalars[i] = filler }
        lines[position.line - 1] = String(String.UnicodeScalarView(scalars))
        return lines.joined(separator: "\n")
    }
}
