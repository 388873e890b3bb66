/// A run of text in a pack: Waymark's own words, text from a programme file, and typed
/// figures (dates, money, RAG), which each renderer writes its own way. Nothing here is
/// Markdown or HTML; a renderer escapes what came from a file and formats every figure
/// through `Formatting`, so numbers and dates are worded in one place.
public struct PackText: Hashable, Sendable {
    public var spans: [PackSpan]

    public init(_ spans: [PackSpan] = []) {
        self.spans = spans
    }

    public var isEmpty: Bool { spans.isEmpty }

    public static func + (lhs: PackText, rhs: PackText) -> PackText { PackText(lhs.spans + rhs.spans) }

    public static func += (lhs: inout PackText, rhs: PackText) { lhs.spans += rhs.spans }

    /// The parts joined by Waymark's separator words (`; `, `, `).
    public static func joined(_ parts: [PackText], separator: String) -> PackText {
        var out = PackText()
        for (index, part) in parts.enumerated() {
            if index > 0 { out.spans.append(.words(separator)) }
            out += part
        }
        return out
    }
}

/// One piece of a `PackText`.
public indirect enum PackSpan: Hashable, Sendable {
    /// Waymark's own wording: never from a file, written as it is (HTML still escapes it).
    case words(String)
    /// Text from a programme file, on one line: escaped by every renderer.
    case text(String)
    /// An id, path or commit from a file, shown as code.
    case code(String)
    case strong(PackText)
    case emphasis(PackText)
    /// A link to another file of the same pack run.
    case link(PackText, PackLink)
    case date(Day)
    case period(Period)
    /// Money in a currency (`£1,961,000`, `EUR 2,500`).
    case money(Double, currency: String)
    /// An amount in a benefit's unit: money, a percentage, or the figure and the unit.
    case amount(Double, unit: String, currency: String)
    /// A value already in percent (63.33 → `63.3%`).
    case percent(Double)
    /// A ratio shown as a percentage (0.8237 → `82.4%`).
    case ratio(Double)
    /// A whole number with its noun (`1,096 days`, `1 milestone`).
    case count(Int, singular: String, plural: String)
    /// A plain figure with thousands separators (`1,234`, `12.5`).
    case number(Double)
    /// A RAG rating with its word; nil is "Not rated".
    case rag(RAG?)
    /// A RAG part with its word, and why when it is not rated (`Not rated (no milestones)`).
    case ragPart(RAGBreakdown.Part)
    /// The team's declared delivery confidence, with its word.
    case confidence(Confidence)
    /// A risk band with its word; nil is "Not assessed".
    case band(RiskBand?)
    /// A status badge: a tone and the word that says it, so colour is never the only signal.
    case badge(PackTone, String)
    /// A warning mark beside a figure.
    case warning
}

/// What a badge's colour means. Markdown shows a symbol, HTML a coloured badge; both
/// show the word beside it.
public enum PackTone: String, Hashable, Sendable {
    case red, amber, green, grey, done, cancelled, waiting
}

/// A file of the same pack run, named by what it is: each format gives it its extension.
public enum PackLink: Hashable, Sendable {
    case programme(String)
    case portfolio
}

extension PackText: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self.init(value.isEmpty ? [] : [.words(value)])
    }
}

extension PackText: ExpressibleByStringInterpolation {
    public struct StringInterpolation: StringInterpolationProtocol {
        var spans: [PackSpan] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { spans.append(.words(literal)) }
        }

        public mutating func appendInterpolation(_ span: PackSpan) {
            spans.append(span)
        }

        public mutating func appendInterpolation(_ text: PackText) {
            spans += text.spans
        }

        /// Waymark's own words, computed (a number it chose, a threshold).
        public mutating func appendInterpolation(words: String) {
            if !words.isEmpty { spans.append(.words(words)) }
        }
    }

    public init(stringInterpolation: StringInterpolation) {
        self.init(stringInterpolation.spans)
    }
}

extension PackSpan {
    /// `1 day`, `1,096 days`.
    public static func days(_ value: Int) -> PackSpan { .count(value, singular: "day", plural: "days") }

    public static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> PackSpan {
        .count(value, singular: singular, plural: plural ?? singular + "s")
    }

    /// A date, or a dash when there is none.
    public static func date(_ day: Day?) -> PackSpan { day.map { .date($0) } ?? .words("—") }

    /// Text from a file in bold.
    public static func strongText(_ text: String) -> PackSpan { .strong(PackText([.text(text)])) }
}
