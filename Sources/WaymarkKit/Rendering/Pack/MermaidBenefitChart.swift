import Foundation

/// One benefit's target against actual, period by period, as a Mermaid `xychart-beta`:
/// bars for the target, a line for the actual.
///
/// Only periods that have started by the as-of date are drawn: a line cannot stop part
/// way along, so a future period would have to show a false zero. A flow benefit is
/// drawn over the periods of its target profile (SPEC 3.3, v1.1: actuals are measured
/// against the profile they belong to): each bar is a target, and the line the actuals
/// recorded for periods within it (0 where none is), so the line adds up to the actual
/// to date. A period with no target has no bar: xychart has no way to leave one value
/// out of a series, and a zero bar would claim a target of nothing, so such periods are
/// not drawn and their actuals (`outsideProfile`) are listed beside the chart. A level
/// benefit (a measured value) is drawn only for the periods that have both a target and
/// an actual, since a missing measurement is not a zero. Benefits with no periods
/// (unquantified, or only a whole-life `total`) have no chart.
struct MermaidBenefitChart {
    let status: BenefitStatus
    let context: PackContext

    struct Point {
        let period: Period
        let target: Double
        let actual: Double
    }

    private var fyStart: Int { context.report.settings.financialYearStart }

    private func started(_ entry: Profile.Entry) -> ClosedRange<Day>? {
        guard let range = entry.period.range(financialYearStart: fyStart), range.lowerBound <= context.asOf else { return nil }
        return range
    }

    /// The periods drawn, in date order: for a flow benefit its started target periods,
    /// for a level benefit the started periods with both a target and an actual.
    var points: [Point] {
        let benefit = status.benefit
        let targets = (benefit.targets?.entries ?? []).compactMap { entry in started(entry).map { (entry, $0) } }
            .sorted { $0.1.lowerBound < $1.1.lowerBound }
        switch benefit.kind {
        case .level:
            return targets.compactMap { entry, _ in
                benefit.actuals?.value(for: entry.period).map { Point(period: entry.period, target: entry.value, actual: $0) }
            }
        case .flow:
            // Each started actual goes to the first target period it overlaps, so no
            // actual is drawn twice when a year's actual spans months of targets.
            var actuals = Array(repeating: 0.0, count: targets.count)
            for entry in benefit.actuals?.entries ?? [] {
                guard let range = started(entry),
                      let index = targets.firstIndex(where: { $0.1.overlaps(range) }) else { continue }
                actuals[index] += entry.value
            }
            return targets.enumerated().map { index, target in
                Point(period: target.0.period, target: target.0.value, actual: actuals[index])
            }
        }
    }

    /// A flow benefit's started actuals for periods that overlap no target period: not
    /// drawn, and not counted in its realisation (SPEC 3.3). In date order.
    var outsideProfile: [(period: Period, value: Double)] {
        guard status.benefit.kind == .flow else { return [] }
        let targets = (status.benefit.targets?.entries ?? []).compactMap { $0.period.range(financialYearStart: fyStart) }
        return (status.benefit.actuals?.entries ?? [])
            .compactMap { entry in started(entry).map { (entry, $0) } }
            .filter { _, range in !targets.contains { $0.overlaps(range) } }
            .sorted { $0.1.lowerBound < $1.1.lowerBound }
            .map { (period: $0.0.period, value: $0.0.value) }
    }

    /// The chart in a fenced block, or nil when there is no period to draw.
    func render() -> String? {
        let points = points
        guard !points.isEmpty else { return nil }
        let values = points.flatMap { [$0.target, $0.actual] }
        let bottom = -Self.niceCeiling(-(values.min() ?? 0))
        let top = max(Self.niceCeiling(values.max() ?? 0), bottom + 1)
        let title = MermaidText.label(status.benefit.title)
        let lines = [
            "```mermaid",
            "xychart-beta",
            "    title \"\(title.isEmpty ? MermaidText.label(status.benefit.id) : title)\"",
            "    x-axis [\(points.map { "\"\(Formatting.period($0.period))\"" }.joined(separator: ", "))]",
            "    y-axis \"\(axisTitle)\" \(Self.number(bottom)) --> \(Self.number(top))",
            "    bar \"Target\" [\(points.map { Self.number($0.target) }.joined(separator: ", "))]",
            "    line \"Actual\" [\(points.map { Self.number($0.actual) }.joined(separator: ", "))]",
            "```",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private var axisTitle: String {
        let unit = status.benefit.unit
        if context.format.isMoney(unit) { return unit == "GBP" ? "£" : MermaidText.label(unit) }
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
