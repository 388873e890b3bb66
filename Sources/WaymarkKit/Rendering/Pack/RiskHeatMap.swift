/// The 5×5 risk heat map as a Markdown table: likelihood 5 down to 1 in rows, impact
/// 1 to 5 in columns. Every cell shows its band as a colour and a letter (H, M, L), so
/// the map reads in black and white too, and lists the open assessed risks in it.
struct RiskHeatMap {
    let context: PackContext

    func render() -> String {
        let open = context.report.risks.filter { $0.isOpen && $0.score != nil }
        var table = MarkdownTable([MarkdownTable.Column("Likelihood ↓ · Impact →")]
                                  + (1...5).map { MarkdownTable.Column("\($0)", .centre) })
        for likelihood in stride(from: 5, through: 1, by: -1) {
            let cells = (1...5).map { impact -> String in
                let band = RiskStatus.band(for: likelihood * impact, thresholds: context.thresholds)
                let ids = open.filter { $0.risk.likelihood == likelihood && $0.risk.impact == impact }
                    .map { MarkdownText.inline($0.risk.id) }
                let key = Self.key(band)
                return ids.isEmpty ? key : "\(key): **\(ids.joined(separator: ", "))**"
            }
            table.add(["**\(likelihood)**"] + cells)
        }
        let t = context.thresholds
        let legend = "\(Self.key(.high)) high (score \(t.riskHigh) or more) · \(Self.key(.medium)) medium "
            + "(\(t.riskMedium) to \(t.riskHigh - 1)) · \(Self.key(.low)) low (below \(t.riskMedium)). "
            + "Score = likelihood × impact. Open risks only; risks not yet assessed are not placed."
        return table.render() + "\n" + legend + "\n"
    }

    static func key(_ band: RiskBand) -> String {
        switch band {
        case .high: "🔴 H"
        case .medium: "🟠 M"
        case .low: "🟢 L"
        }
    }
}
