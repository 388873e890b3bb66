/// The 5×5 risk heat map as SVG: likelihood 5 at the top down to 1, impact 1 to 5 across.
/// Every cell shows its band as a colour and a letter (H, M, L) and lists the ids of the
/// open assessed risks in it, so the map reads in black and white too.
struct SVGHeatMap {
    let chart: RiskHeatMapChart

    private let cell = 96.0
    private let cellHeight = 52.0
    private let left = 64.0
    private let top = 8.0

    private func fill(_ band: RiskBand) -> String {
        switch band {
        case .high: "#f3c2be"
        case .medium: "#fbe0b0"
        case .low: "#cfe8d0"
        }
    }

    func render() -> H.Content {
        var parts: [H.Content] = []
        for (row, cells) in chart.rows.enumerated() {
            let y = top + Double(row) * cellHeight
            parts.append(SVG.text(left - 10, y + cellHeight / 2 + 4, String(cells.first?.likelihood ?? 0), anchor: "end",
                                  weight: "bold"))
            for (column, item) in cells.enumerated() {
                let x = left + Double(column) * cell
                parts.append(SVG.rect(x, y, cell, cellHeight, fill: fill(item.band), stroke: "#ffffff",
                                      extra: [("stroke-width", "2")]))
                parts.append(SVG.text(x + 5, y + 13, item.band.letter, size: 10, weight: "bold", fill: "#444"))
                let ids = item.riskIDs.map(PlainText.oneLine).joined(separator: ", ")
                for (index, line) in SVG.wrap(ids, width: cell - 10, lines: 2, size: 10).enumerated() {
                    parts.append(SVG.text(x + cell / 2, y + 28 + Double(index) * 12, line, anchor: "middle", size: 10,
                                          weight: "bold"))
                }
            }
        }
        let bottom = top + 5 * cellHeight
        for impact in 1...5 {
            parts.append(SVG.text(left + (Double(impact) - 0.5) * cell, bottom + 14, String(impact), anchor: "middle",
                                  weight: "bold"))
        }
        parts.append(SVG.text(left + 2.5 * cell, bottom + 30, "Impact →", anchor: "middle"))
        parts.append(SVG.text(14, top + 2.5 * cellHeight, "Likelihood ↑", anchor: "middle",
                              extra: [("transform", "rotate(-90 14 \(SVG.n(top + 2.5 * cellHeight)))")]))
        let legendY = bottom + 50
        var x = left
        for (band, words) in [(RiskBand.high, "H high (score \(chart.highFrom) or more)"),
                              (.medium, "M medium (\(chart.mediumFrom) to \(chart.highFrom - 1))"),
                              (.low, "L low (below \(chart.mediumFrom))")] {
            parts.append(SVG.rect(x, legendY - 9, 12, 12, fill: fill(band)))
            parts.append(SVG.text(x + 16, legendY + 1, words, size: 9.5))
            x += 30 + SVG.width(words, size: 9.5)
        }
        return SVG.svg(width: left + 5 * cell + 8, height: legendY + 10,
                       label: "Risk heat map: open risks by likelihood and impact", parts)
    }
}
