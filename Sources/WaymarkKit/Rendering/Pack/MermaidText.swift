/// Text from a programme file made safe for a Mermaid diagram label.
///
/// Mermaid has no escape syntax that works the same in every diagram and version, so
/// labels are reduced to characters that mean nothing to its lexers (checked against
/// Mermaid's gantt and xychart grammars):
/// - `:` ends a gantt task title and `;` ends a statement: they become ` –` and `,`;
/// - `#` starts a comment, and `#…;` an entity code: it is dropped;
/// - `%` starts a `%%` comment or a `%%{…}%%` directive (which could change the
///   diagram's settings): it is written `per cent`;
/// - `"` closes a quoted xychart label, and `` ` `` opens a Markdown label: they become
///   `'`; `<` and `>` are dropped, so no label ever looks like HTML;
/// - line breaks and control characters become spaces, runs of spaces collapse, and
///   long labels are shortened with `…`, so every label stays on its one line.
enum MermaidText {
    static func label(_ text: String, maxLength: Int = 60) -> String {
        var out = ""
        var pendingSpace = false
        func add(_ piece: String) {
            if pendingSpace, !out.isEmpty { out += " " }
            pendingSpace = false
            out += piece
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case ":":
                pendingSpace = true
                add("–")
                pendingSpace = true
            case ";":
                add(",")
                pendingSpace = true
            case "%":
                pendingSpace = true
                add("per cent")
                pendingSpace = true
            case "\"", "`": add("'")
            case "#", "<", ">", "{", "}": continue
            default:
                if scalar.properties.isWhitespace || scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) {
                    pendingSpace = !out.isEmpty
                } else {
                    add(String(scalar))
                }
            }
        }
        if out.count > maxLength {
            out = String(out.prefix(maxLength - 1)).trimmingTrailingSpaces() + "…"
        }
        return out
    }

    /// Words that, at the start of a gantt task line, Mermaid reads as a statement
    /// rather than a task title (its lexer is case-insensitive).
    static let ganttKeywords = [
        "gantt", "title", "section", "dateformat", "axisformat", "tickinterval", "includes", "excludes",
        "todaymarker", "weekday", "weekend", "topaxis", "inclusiveenddates", "click", "call", "href",
        "acctitle", "accdescr", "accdescription", "vert",
    ]

    /// A gantt task title: a label that cannot be mistaken for a statement. A title that
    /// starts with a keyword or a date is put in curly quotes, which Mermaid shows as typed.
    static func ganttTask(_ text: String, maxLength: Int = 60) -> String {
        let text = label(text, maxLength: maxLength)
        let lower = text.lowercased()
        let firstWord = lower.prefix { $0.isLetter }
        let startsWithDigit = lower.first?.isNumber ?? false
        if startsWithDigit || ganttKeywords.contains(String(firstWord)) {
            return "“\(text)”"
        }
        return text
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
