/// Trend arrows for a pack: the arrow with its word, so the trend survives a screen
/// reader and a black-and-white print (`↑ up`, `↓ down`, `→ steady`).
public enum TrendArrow {
    public static func symbol(_ trend: Trend) -> String {
        switch trend {
        case .up: "↑"
        case .down: "↓"
        case .steady: "→"
        }
    }

    /// `↑ up`, `↓ down`, `→ steady`.
    public static func label(_ trend: Trend) -> String {
        "\(symbol(trend)) \(trend.rawValue)"
    }

    /// Beside a risk score: `↑ up` when the score rose since the earlier side (a worse risk),
    /// `new` for a risk opened since, `` (empty) when there is nothing to compare.
    public static func risk(_ id: String, in diff: ProgrammeDiff?) -> String {
        guard let diff, diff.status != .added else { return "" }
        if let trend = diff.riskTrends[id] { return label(trend) }
        return diff.risks.contains { $0.kind == .opened && $0.item.id == id } ? "new" : ""
    }

    /// Beside a benefit's realisation to date: its trend since the earlier side, `new`
    /// for a benefit added since, `` (empty) when either side has no realisation.
    public static func benefit(_ id: String, in diff: ProgrammeDiff?) -> String {
        guard let diff, diff.status != .added else { return "" }
        if let trend = diff.benefitTrends[id] { return label(trend) }
        return diff.benefits.contains { $0.kind == .added && $0.item.id == id } ? "new" : ""
    }
}
