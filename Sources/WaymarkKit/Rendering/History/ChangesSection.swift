/// The "Changes since" section of a programme's status pack (`waymark pack --since REV`),
/// and the RAG then and now for the portfolio README.
public struct ChangesSection: Sendable {
    public let diff: PortfolioDiff

    public init(_ diff: PortfolioDiff) {
        self.diff = diff
    }

    /// `Changes since 12 Mar 2024`: the date of the revision compared with.
    public static func title(since: Revision?) -> String {
        since.map { "Changes since \(HistoryWording.date($0.date))" } ?? "Changes"
    }

    /// `## Changes since 12 Mar 2024` and the programme's changes (headline figures then
    /// and now, then `###` lists), ending with a blank line; for near the top of its pack.
    public func markdown(programme id: String) -> String {
        var lines = ["## \(Self.title(since: diff.since))", ""]
        if let since = diff.since {
            lines += ["Compared with \(HistoryWording.revision(since, style: .markdown)).", ""]
        }
        if let programme = diff.programme(id) {
            lines += MarkdownDiffRenderer.body(programme, since: diff.since)
        } else {
            lines += ["This programme is not in the files compared.", ""]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `amber → red`: one RAG part of a programme then and now, for the portfolio README;
    /// `new → red` for a programme added since, `red → removed` for one removed, empty
    /// when the programme is not in the diff.
    public func ragThenAndNow(programme id: String, part: RAGPart = .overall) -> String {
        guard let programme = diff.programme(id) else { return "" }
        let shift = programme.rag(part)
        let then = programme.status == .added ? "new" : shift.thenLabel
        let now = programme.status == .removed ? "removed" : shift.nowLabel
        return "\(then) → \(now)"
    }

    /// The risk score trend beside a risk in the register (`↑ up`, `new`, or empty).
    public func riskTrend(programme id: String, risk: String) -> String {
        TrendArrow.risk(risk, in: diff.programme(id))
    }

    /// The realisation trend beside a benefit (`↓ down`, `new`, or empty).
    public func benefitTrend(programme id: String, benefit: String) -> String {
        TrendArrow.benefit(benefit, in: diff.programme(id))
    }
}
