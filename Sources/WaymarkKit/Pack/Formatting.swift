import Foundation

/// How Waymark words figures, the same way in every section and every format: money in
/// full with thousands separators (£1,961,000, −£120,000), amounts with their unit,
/// percentages, counts (`1,096 days`), dates as `31 Mar 2024`, and RAG as a colour
/// symbol with a word, so that a colour-blind reader or a black-and-white printout loses
/// nothing. Plain text: a renderer escapes what it returns as its format needs.
struct Formatting: Sendable {
    /// The programme currency code (GBP by default).
    let currency: String

    init(currency: String) {
        self.currency = currency
    }

    // MARK: - Money and amounts

    /// `£1,961,000`, `−£120,000`; a currency other than GBP is written as its code
    /// (`EUR 1,961,000`). Rounded to whole units.
    func money(_ value: Double) -> String {
        Self.money(value, currency: currency)
    }

    static func money(_ value: Double, currency: String) -> String {
        guard value.isFinite else { return "—" }
        let digits = grouped(abs(value))
        let sign = digits == "0" || value >= 0 ? "" : "−"
        return currency == "GBP" ? "\(sign)£\(digits)" : "\(sign)\(currency) \(digits)"
    }

    /// `£` for GBP, else the currency code.
    var currencySymbol: String { currency == "GBP" ? "£" : currency }

    /// Whether a benefit's unit is money: the programme currency, or GBP.
    func isMoney(_ unit: String) -> Bool { unit == currency || unit == "GBP" }

    /// An amount in a benefit's unit: money for the programme currency (or GBP),
    /// `45%` for a percentage, else the figure and the unit as written (`284 children`).
    func amount(_ value: Double, unit: String) -> String {
        let parts = amountParts(value, unit: unit)
        return parts.unit.map { "\(parts.figure) \($0)" } ?? parts.figure
    }

    /// An amount as its figure and, when the unit is neither money nor a percentage, the
    /// unit as written in the file (which a renderer escapes).
    func amountParts(_ value: Double, unit: String) -> (figure: String, unit: String?) {
        if isMoney(unit) { return (Self.money(value, currency: unit == "GBP" ? "GBP" : currency), nil) }
        let figure = Self.number(value)
        if Self.isPercentUnit(unit) { return ("\(figure)%", nil) }
        return (figure, unit)
    }

    static func isPercentUnit(_ unit: String) -> Bool {
        ["percent", "per cent", "%", "percentage"].contains(unit.lowercased())
    }

    // MARK: - Numbers

    /// A figure with thousands separators and at most one decimal place (`1,234`, `12.5`).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        let tenths = grouped(abs(value), decimals: 1)
        let trimmed = tenths.hasSuffix(".0") ? String(tenths.dropLast(2)) : tenths
        let sign = trimmed == "0" || value >= 0 ? "" : "−"
        return sign + trimmed
    }

    /// A non-negative value rounded to `decimals` places, integer part grouped by threes.
    /// `%f` is used rather than a number formatter so the output never depends on a locale.
    static func grouped(_ value: Double, decimals: Int = 0) -> String {
        let text = String(format: "%.\(decimals)f", value)
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = Array(parts[0])
        var out = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return parts.count > 1 ? "\(out).\(parts[1])" : out
    }

    /// A count with its noun: `1 milestone`, `1,096 days`.
    static func count(_ value: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
        let noun = value == 1 ? singular : (pluralForm ?? singular + "s")
        return "\(grouped(whole: value)) \(noun)"
    }

    /// `grouped(Double(value))`, worked out on the digits rather than by `%f`: every
    /// late milestone's warning words a count of days, and Foundation's formatting of
    /// each took longer than the checks.
    static func grouped(whole value: Int) -> String {
        // Negative, or too large for a Double to hold exactly: as `%f` writes it.
        guard value >= 0, value < 1 << 53 else { return grouped(Double(value)) }
        let digits = Array(String(value).utf8)
        var out: [UInt8] = []
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(digit)
        }
        return String(decoding: out, as: UTF8.self)
    }


    /// A value already in percent: 63.33 → `63.3%`, 50 → `50%`.
    static func percent(_ value: Double) -> String { "\(number(value))%" }

    /// A ratio as a percentage: 0.8237 → `82.4%`.
    static func ratio(_ value: Double) -> String { percent(value * 100) }

    // MARK: - Dates and periods

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `31 Mar 2024`.
    static func date(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.civil
        return "\(dayOfMonth) \(months[month - 1]) \(year)"
    }

    static func date(_ day: Day?) -> String { day.map(date) ?? "—" }

    /// `FY2024-25` as written; a month as `Jul 2024`.
    static func period(_ period: Period) -> String {
        switch period {
        case let .month(year, month): "\(months[month - 1]) \(year)"
        case .financialYear, .total: period.description
        }
    }

    // MARK: - RAG

    /// `🔴 Red`, `🟠 Amber`, `🟢 Green`, or `⚪ Not rated`.
    static func rag(_ rag: RAG?) -> String {
        "\(symbol(tone(rag))) \(ragWord(rag))"
    }

    /// `Red`, `Amber`, `Green`, `Not rated`.
    static func ragWord(_ rag: RAG?) -> String {
        switch rag {
        case .red: "Red"
        case .amber: "Amber"
        case .green: "Green"
        case nil: "Not rated"
        }
    }

    static func tone(_ rag: RAG?) -> PackTone {
        switch rag {
        case .red: .red
        case .amber: .amber
        case .green: .green
        case nil: .grey
        }
    }

    /// The symbol Markdown shows for a tone (HTML draws a coloured badge instead).
    static func symbol(_ tone: PackTone) -> String {
        switch tone {
        case .red: "🔴"
        case .amber: "🟠"
        case .green: "🟢"
        case .grey: "⚪"
        case .done: "✅"
        case .cancelled: "➖"
        case .waiting: "⏳"
        }
    }

    /// `Amber/Green`: the word of a confidence rating.
    static func confidenceWord(_ confidence: Confidence) -> String {
        switch confidence {
        case .green: "Green"
        case .amberGreen: "Amber/Green"
        case .amber: "Amber"
        case .amberRed: "Amber/Red"
        case .red: "Red"
        }
    }

    /// The tones of a confidence rating: two for a split one.
    static func tones(_ confidence: Confidence) -> [PackTone] {
        switch confidence {
        case .green: [.green]
        case .amberGreen: [.green, .amber]
        case .amber: [.amber]
        case .amberRed: [.amber, .red]
        case .red: [.red]
        }
    }

    /// `High`, `Medium`, `Low`, `Not assessed`.
    static func bandWord(_ band: RiskBand?) -> String {
        switch band {
        case .high: "High"
        case .medium: "Medium"
        case .low: "Low"
        case nil: "Not assessed"
        }
    }

    static func tone(_ band: RiskBand?) -> PackTone {
        switch band {
        case .high: .red
        case .medium: .amber
        case .low: .green
        case nil: .grey
        }
    }

    /// `🟠 Amber`, or `⚪ Not rated (no milestones)`: a RAG part with why it is not rated.
    static func rag(_ part: RAGBreakdown.Part) -> String {
        guard part.rag == nil, let reason = part.notRated else { return rag(part.rag) }
        return "\(rag(nil)) (\(reason.phrase))"
    }

    /// The five-point delivery confidence scale, with symbols for both colours of a split rating.
    static func confidence(_ confidence: Confidence) -> String {
        tones(confidence).map(symbol).joined() + " " + confidenceWord(confidence)
    }

    /// A risk band as a symbol and a word: `🔴 High`.
    static func band(_ band: RiskBand?) -> String {
        "\(symbol(tone(band))) \(bandWord(band))"
    }
}
