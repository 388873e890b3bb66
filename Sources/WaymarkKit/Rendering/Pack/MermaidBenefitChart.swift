import Foundation

/// One benefit's target against actual, period by period, as a Mermaid `xychart-beta`:
/// bars for the target, a line for the actual.
///
/// Only periods that have started by the as-of date are drawn: a line cannot stop part
/// way along, so a future period would have to show a false zero. For a flow benefit
/// (an amount a period) a started period with no actual shows 0, which is also how it
/// counts to date. A level benefit (a measured value) is drawn only for the periods
/// that have both a target and an actual, since a missing measurement is not a zero.
/// Benefits with no periods (unquantified, or only a whole-life `total`) have no chart.
struct MermaidBenefitChart {
    let chart: BarLineChart

    /// The chart in a fenced block. Mermaid cannot leave a bar out, so a period with no
    /// target is drawn at 0 here (the HTML pack draws no bar).
    func render() -> String {
        let points = chart.points
        let values: [Double] = points.flatMap { [$0.target ?? 0, $0.actual] }
        let bottom = -Self.niceCeiling(-(values.min() ?? 0))
        let top = max(Self.niceCeiling(values.max() ?? 0), bottom + 1)
        let title = MermaidText.label(chart.title)
        let lines = [
            "```mermaid",
            "xychart-beta",
            "    title \"\(title.isEmpty ? MermaidText.label(chart.id) : title)\"",
            "    x-axis [\(points.map { "\"\(Formatting.period($0.period))\"" }.joined(separator: ", "))]",
            "    y-axis \"\(axisTitle)\" \(Self.number(bottom)) --> \(Self.number(top))",
            "    bar \"Target\" [\(points.map { Self.number($0.target ?? 0) }.joined(separator: ", "))]",
            "    line \"Actual\" [\(points.map { Self.number($0.actual) }.joined(separator: ", "))]",
            "```",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private var axisTitle: String {
        let unit = chart.unit
        if Formatting(currency: chart.currency).isMoney(unit) { return unit == "GBP" ? "£" : MermaidText.label(unit) }
        if Formatting.isPercentUnit(unit) { return "per cent" }
        let label = MermaidText.label(unit, maxLength: 30)
        return label.isEmpty ? "value" : label
    }

    /// The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above `value` (at least 1), so the axis
    /// ends on a round figure above the tallest bar.
    static func niceCeiling(_ value: Double) -> Double {
        guard value.isFinite, value > 1 else { return value > 0 ? 1 : 0 }
        let magnitude = pow(10, floor(log10(value)))
        for step in [1.0, 2, 2.5, 5, 10] where step * magnitude >= value {
            return step * magnitude
        }
        return 10 * magnitude
    }

    /// A plain number Mermaid's grammar accepts: digits, an optional sign and decimal
    /// point, never an exponent or a thousands separator.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let text = String(format: "%.2f", value)
        var trimmed = text
        while trimmed.hasSuffix("0") { trimmed.removeLast() }
        if trimmed.hasSuffix(".") { trimmed.removeLast() }
        return trimmed == "-0" ? "0" : trimmed
    }
}
