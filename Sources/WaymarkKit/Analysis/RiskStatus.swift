/// A risk's score band (SPEC 3.4).
public enum RiskBand: String, Sendable, CaseIterable, Comparable {
    case low, medium, high

    public static func < (lhs: RiskBand, rhs: RiskBand) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A risk with its score.
public struct RiskStatus: Sendable {
    public let risk: Risk
    /// likelihood × impact; nil when unassessed.
    public let score: Int?
    public let band: RiskBand?
    /// The residual score sought, when both target parts are given.
    public let targetScore: Int?

    public init(_ risk: Risk, thresholds: Thresholds) {
        self.risk = risk
        if let l = risk.likelihood, let i = risk.impact {
            score = l * i
            band = Self.band(for: l * i, thresholds: thresholds)
        } else {
            score = nil
            band = nil
        }
        if let l = risk.targetLikelihood, let i = risk.targetImpact {
            targetScore = l * i
        } else {
            targetScore = nil
        }
    }

    public static func band(for score: Int, thresholds: Thresholds) -> RiskBand {
        if score >= thresholds.riskHigh { return .high }
        if score >= thresholds.riskMedium { return .medium }
        return .low
    }

    public var isOpen: Bool { risk.status == .open }
}
