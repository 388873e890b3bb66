/// A risk opened, closed or re-scored between two points.
public struct RiskChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// New since, and open.
        case opened
        /// Closed then, open again now.
        case reopened
        /// Open then, closed now (or new since and already closed).
        case closed
        /// Open then, no longer in the file.
        case removed
        /// Open at both sides with a different score (or newly scored, or no longer scored).
        case rescored
    }

    /// A risk's assessment at one side.
    public struct Score: Hashable, Sendable {
        public let likelihood: Int
        public let impact: Int
        public let score: Int
        public let band: RiskBand
    }

    public let kind: Kind
    public let item: ChangedItem
    /// nil where the risk is absent or unassessed at that side.
    public let then: Score?
    public let now: Score?

    /// Up means a higher score: a worse risk. nil when either side has no score.
    public var trend: Trend? { Trend(from: then.map { Double($0.score) }, to: now.map { Double($0.score) }) }

    private init(_ kind: Kind, then: RiskStatus?, now: RiskStatus?) {
        self.kind = kind
        let risk = now?.risk ?? then?.risk
        item = ChangedItem(id: risk?.id ?? "", title: risk?.title ?? "")
        self.then = then.flatMap(Self.score)
        self.now = now.flatMap(Self.score)
    }

    private static func score(_ status: RiskStatus) -> Score? {
        guard let l = status.risk.likelihood, let i = status.risk.impact, let score = status.score,
              let band = status.band
        else { return nil }
        return Score(likelihood: l, impact: i, score: score, band: band)
    }

    /// Risks matched by id, by kind, in the order of the later file.
    static func changes(then: [RiskStatus], now: [RiskStatus]) -> [RiskChange] {
        let changes = paired(then: then, now: now, id: \.risk.id).compactMap { pair -> RiskChange? in
            switch (pair.then, pair.now) {
            case let (nil, n?): RiskChange(n.isOpen ? .opened : .closed, then: nil, now: n)
            case let (t?, nil): t.isOpen ? RiskChange(.removed, then: t, now: nil) : nil
            case let (t?, n?) where t.isOpen && !n.isOpen: RiskChange(.closed, then: t, now: n)
            case let (t?, n?) where !t.isOpen && n.isOpen: RiskChange(.reopened, then: t, now: n)
            case let (t?, n?) where t.isOpen && t.score != n.score: RiskChange(.rescored, then: t, now: n)
            default: nil
            }
        }
        return stableSorted(changes, by: \.kind)
    }
}
