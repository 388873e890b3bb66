/// Markdown escaping for text from programme files, so a title can never break a table,
/// start a heading or inject HTML (SPEC 7).
enum HistoryMarkdown {
    /// Text from a file, safe anywhere inline, table cells included: the packs' own
    /// escaping, so history and packs can never disagree on what is safe.
    static func escape(_ text: String) -> String {
        MarkdownText.inline(HistoryWording.plain(text))
    }

    /// An id or path as code (`` `hub-team` ``) when that is safe, else escaped text:
    /// a backtick would end the span, and `|` splits a table cell even inside one.
    static func code(_ text: String) -> String {
        let plain = HistoryWording.plain(text)
        if plain.isEmpty || plain.contains(where: { $0 == "`" || $0 == "|" || $0 == "<" || $0 == "&" }) {
            return escape(plain)
        }
        return "`\(plain)`"
    }
}
