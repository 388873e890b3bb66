/// Text from a programme file made safe to put into GitHub-flavoured Markdown.
///
/// Whatever a PMO officer types (a pipe, a line break, `<script>`, an asterisk) must
/// show as typed and can never break a table, start a heading or list, or become HTML.
/// The pack only ever puts escaped text inside a line (a table cell, after a bold label,
/// in a heading), never at the start of one, so escaping inline characters is enough.
enum MarkdownText {
    /// One line of Markdown that renders as `text` exactly:
    /// - line breaks and tabs become spaces (a newline would end a table row), and runs of
    ///   spaces collapse to one;
    /// - `|` becomes `\|` (a cell separator otherwise), and the other ASCII punctuation
    ///   Markdown or GitHub give meaning to is backslash-escaped (emphasis, code, links,
    ///   headings, strikethrough, `$` maths);
    /// - `<`, `>` and `&` become entities, so no tag or entity in the text is ever HTML;
    /// - control characters and bidirectional overrides, which could hide or reorder text,
    ///   are dropped.
    static func inline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if PlainText.isLineBreakOrSpace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if PlainText.isHidden(scalar) { continue }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "|", "`", "*", "_", "[", "]", "~", "#", "$":
                out.append("\\")
                out.unicodeScalars.append(scalar)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `inline`, or the placeholder when the text is absent or blank.
    static func inline(_ text: String?, or placeholder: String) -> String {
        guard let text else { return placeholder }
        let escaped = inline(text)
        return escaped.isEmpty ? placeholder : escaped
    }

    /// Whether text is absent or shows nothing (only spaces and hidden characters).
    static func isBlank(_ text: String?) -> Bool {
        PlainText.isBlank(text)
    }

    /// Paragraphs and blocks (tables, lists, charts) with one blank line between them,
    /// ending with a newline.
    static func blocks(_ parts: [String]) -> String {
        parts.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n\n") + "\n"
    }
}
