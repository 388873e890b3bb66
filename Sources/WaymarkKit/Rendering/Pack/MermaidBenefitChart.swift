import Foundation

/// One benefit's target against actual, period by period, as a Mermaid `xychart-beta`:
/// bars for the target, a line for the actual, from the chart data the pack builder
/// chose (`PackBuilder.benefitChart`: the started periods of a flow benefit's target
/// profile, or a level benefit's periods with both a target and an actual).
///
/// xychart has no way to leave one value out of a series, so a period without a target
/// cannot be drawn without claiming a target of nothing; the builder leaves such periods
/// out of a flow benefit's chart and lists their actuals beside it.
struct MermaidBenefitChart {
    let chart: BarLineChart

    /// The chart in a fenced block.
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
