/// One benefit's target against actual by period as SVG: a bar for each period's target
/// and a line with a dot for the actual, each value written beside it. A period with no
/// target has no bar and says "no target"; the legend names the bar and the line, so
/// shape and words carry what colour does.
struct SVGBarLineChart {
    let chart: BarLineChart

    private let width = 700.0
    private let height = 230.0
    private let left = 86.0
    private let right = 690.0
    private let top = 28.0
    private let bottom = 180.0

    private var format: Formatting { Formatting(currency: chart.currency) }

    private func label(_ value: Double) -> String {
        format.amount(value, unit: chart.unit)
    }

    func render() -> H.Content {
        let values: [Double] = chart.points.flatMap { [$0.target, $0.actual].compactMap { $0 } } + [0]
        let scale = AxisScale(low: values.min() ?? 0, high: values.max() ?? 0)
        let y = { (value: Double) in bottom - (value - scale.low) / (scale.high - scale.low) * (bottom - top) }
        var parts: [H.Content] = []
        for tick in scale.ticks {
            parts.append(SVG.line(left, y(tick), right, y(tick), stroke: tick == 0 ? SVG.axis : SVG.gridLine))
            parts.append(SVG.text(left - 6, y(tick) + 3.5, SVG.fit(label(tick), width: left - 8, size: 9),
                                  anchor: "end", size: 9, fill: "#555"))
        }
        let slot = (right - left) / Double(max(chart.points.count, 1))
        let barWidth = min(slot * 0.5, 60)
        var line: [(Double, Double)] = []
        for (index, point) in chart.points.enumerated() {
            let centre = left + slot * (Double(index) + 0.5)
            if let target = point.target {
                let top = min(y(target), y(0))
                parts.append(SVG.rect(centre - barWidth / 2, top, barWidth, abs(y(target) - y(0)),
                                      fill: SVG.lightBlue, stroke: SVG.blue, extra: [("class", "target-bar")]))
                parts.append(SVG.text(centre - barWidth / 2 - 3, y(target) + 3.5, SVG.fit(label(target), width: slot / 2, size: 8.5),
                                      anchor: "end", size: 8.5, fill: SVG.blue))
            } else {
                parts.append(SVG.text(centre, y(0) - 4, "no target", anchor: "middle", size: 8.5, fill: "#555"))
            }
            line.append((centre, y(point.actual)))
            parts.append(SVG.text(centre, bottom + 14, SVG.fit(Formatting.period(point.period), width: slot, size: 9),
                                  anchor: "middle", size: 9))
        }
        if line.count > 1 {
            parts.append(H.el("polyline", [("points", line.map { "\(SVG.n($0.0)),\(SVG.n($0.1))" }.joined(separator: " ")),
                                           ("fill", "none"), ("stroke", SVG.green), ("stroke-width", "2")]))
        }
        for ((cx, cy), point) in zip(line, chart.points) {
            parts.append(H.el("circle", [("cx", SVG.n(cx)), ("cy", SVG.n(cy)), ("r", "3.5"), ("fill", SVG.green)]))
            parts.append(SVG.text(cx + 6, cy - 6, SVG.fit(label(point.actual), width: slot / 2 + 20, size: 8.5), size: 8.5,
                                  weight: "bold", fill: SVG.green,
                                  extra: [("paint-order", "stroke"), ("stroke", "#ffffff"), ("stroke-width", "3")]))
        }
        // Legend: the shapes with their words.
        let legendY = height - 16
        parts.append(SVG.rect(left, legendY - 8, 14, 10, fill: SVG.lightBlue, stroke: SVG.blue))
        parts.append(SVG.text(left + 20, legendY + 1, "Target for the period (bar)", size: 9.5))
        parts.append(SVG.line(left + 190, legendY - 3, left + 214, legendY - 3, stroke: SVG.green, width: 2))
        parts.append(H.el("circle", [("cx", SVG.n(left + 202)), ("cy", SVG.n(legendY - 3)), ("r", "3.5"), ("fill", SVG.green)]))
        parts.append(SVG.text(left + 220, legendY + 1, "Actual (line); a period with no actual recorded shows 0", size: 9.5))
        let title = PlainText.isBlank(chart.title) ? chart.id : PlainText.oneLine(chart.title)
        parts.insert(SVG.text(left, 14, SVG.fit(title, width: right - left), weight: "bold"), at: 0)
        return SVG.svg(width: width, height: height, label: "\(title): target against actual by period", parts)
    }
}

/// A value axis from a round figure at or below the lowest value to one at or above the
/// highest, with four or five round steps.
struct AxisScale {
    let low: Double
    let high: Double
    let ticks: [Double]

    init(low: Double, high: Double) {
        let top = MermaidBenefitChart.niceCeiling(max(high, 0))
        let floor = -MermaidBenefitChart.niceCeiling(max(-low, 0))
        let span = max(top - floor, 1)
        let step = MermaidBenefitChart.niceCeiling(span / 5)
        let first = (floor / step).rounded(.down) * step
        var ticks: [Double] = []
        var tick = first
        // Steps until one reaches the top, so every value is inside the axis.
        repeat {
            ticks.append(abs(tick) < step * 1e-9 ? 0 : tick)
            tick += step
        } while (ticks.last ?? top) < top - step * 1e-9 && ticks.count < 12
        self.low = ticks.first ?? 0
        self.high = max(ticks.last ?? 1, (ticks.first ?? 0) + 1)
        self.ticks = ticks
    }
}
