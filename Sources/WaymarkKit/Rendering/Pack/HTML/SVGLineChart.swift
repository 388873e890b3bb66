/// Lines over categories as SVG: the burn-up of percent complete and planned at each
/// commit, or any line over periods (cumulative net benefit). The first series is a
/// solid line with round dots, the second dashed with squares, and each is named in the
/// legend, so they part without colour. A missing value breaks the line.
struct SVGLineChart {
    let chart: LineChart

    private let width = 700.0
    private let height = 240.0
    private let left = 86.0
    private let right = 680.0
    private let top = 28.0
    private let bottom = 178.0

    private func label(_ value: Double) -> String {
        switch chart.values {
        case .percent: Formatting.percent(value)
        case let .money(currency): Formatting.money(value, currency: currency)
        }
    }

    func render() -> H.Content {
        let values = chart.series.flatMap { $0.values.compactMap { $0 } }
        let scale: AxisScale = switch chart.values {
        case .percent: AxisScale(low: 0, high: 100)
        case .money: AxisScale(low: min(values.min() ?? 0, 0), high: max(values.max() ?? 0, 0))
        }
        let y = { (value: Double) in bottom - (value - scale.low) / (scale.high - scale.low) * (bottom - top) }
        let count = max(chart.categories.count, 1)
        let step = count > 1 ? (right - left - 20) / Double(count - 1) : 0
        let x = { (index: Int) in count > 1 ? left + 10 + Double(index) * step : (left + right) / 2 }
        var parts: [H.Content] = [SVG.text(left, 14, SVG.fit(PlainText.oneLine(chart.title), width: right - left),
                                           weight: "bold")]
        for tick in scale.ticks {
            parts.append(SVG.line(left, y(tick), right, y(tick), stroke: tick == 0 ? SVG.axis : SVG.gridLine))
            parts.append(SVG.text(left - 6, y(tick) + 3.5, SVG.fit(label(tick), width: left - 8, size: 9), anchor: "end",
                                  size: 9, fill: "#555"))
        }
        // Category labels: every one when they fit, else evenly spaced ones.
        let every = max(1, Int((90 / max(step, 1)).rounded(.up)))
        for (index, name) in chart.categories.enumerated() where index % every == 0 || index == count - 1 {
            let label = SVG.fit(name, width: max(step * Double(every), 90), size: 9)
            let half = SVG.width(label, size: 9) / 2
            // A label at either end is kept inside the chart rather than cut off at its edge.
            let anchor = x(index) - half < 2 ? "start" : (x(index) + half > width - 2 ? "end" : "middle")
            let at = anchor == "start" ? max(x(index) - 6, 2) : (anchor == "end" ? min(x(index) + 6, width - 2) : x(index))
            parts.append(SVG.text(at, bottom + 14, label, anchor: anchor, size: 9))
        }
        parts.append(SVG.text((left + right) / 2, bottom + 30, chart.categoryTitle, anchor: "middle", size: 9.5, fill: "#555"))
        let styles: [(colour: String, dash: String?, square: Bool)] = [(SVG.blue, nil, false), (SVG.grey, "5 4", true),
                                                                      (SVG.green, "2 3", false)]
        for (number, series) in chart.series.enumerated() {
            let style = styles[number % styles.count]
            var run: [(Double, Double)] = []
            var runs: [[(Double, Double)]] = []
            for (index, value) in series.values.enumerated() {
                if let value {
                    run.append((x(index), y(value)))
                } else if !run.isEmpty {
                    runs.append(run)
                    run = []
                }
            }
            if !run.isEmpty { runs.append(run) }
            for run in runs where run.count > 1 {
                var attributes = [("points", run.map { "\(SVG.n($0.0)),\(SVG.n($0.1))" }.joined(separator: " ")),
                                  ("fill", "none"), ("stroke", style.colour), ("stroke-width", "2")]
                if let dash = style.dash { attributes.append(("stroke-dasharray", dash)) }
                parts.append(H.el("polyline", attributes))
            }
            for point in runs.joined() {
                parts.append(marker(point.0, point.1, colour: style.colour, square: style.square))
            }
            if let last = series.values.indices.last(where: { series.values[$0] != nil }), let value = series.values[last] {
                let anchor = x(last) > right - 60 ? "end" : "start"
                parts.append(SVG.text(x(last) + (anchor == "end" ? -6 : 6), y(value) - 7, label(value), anchor: anchor,
                                      size: 9, weight: "bold", fill: style.colour,
                                      extra: [("paint-order", "stroke"), ("stroke", "#ffffff"), ("stroke-width", "3")]))
            }
        }
        var legendX = left
        for (number, series) in chart.series.enumerated() {
            let style = styles[number % styles.count]
            parts.append(SVG.line(legendX, height - 19, legendX + 24, height - 19, stroke: style.colour, width: 2,
                                  dash: style.dash))
            parts.append(marker(legendX + 12, height - 19, colour: style.colour, square: style.square))
            parts.append(SVG.text(legendX + 30, height - 15, series.name, size: 9.5))
            legendX += 50 + SVG.width(series.name, size: 9.5)
        }
        return SVG.svg(width: width, height: height, label: PlainText.oneLine(chart.title), parts)
    }

    private func marker(_ x: Double, _ y: Double, colour: String, square: Bool) -> H.Content {
        square
            ? SVG.rect(x - 3.5, y - 3.5, 7, 7, fill: colour)
            : H.el("circle", [("cx", SVG.n(x)), ("cy", SVG.n(y)), ("r", "3.5"), ("fill", colour)])
    }
}
