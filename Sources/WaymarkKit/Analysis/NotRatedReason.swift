/// Why a part of the RAG, or the whole, is not rated (SPEC 3.5): a part with nothing
/// assessed says so rather than showing a colour it has not earned.
///
/// The wording lives here, once, so that every output (packs, the portfolio README,
/// `check`, `diff` and `history`) gives the same reason in the same words.
public enum NotRatedReason: String, Hashable, Sendable, CaseIterable {
    /// Schedule: the programme has no milestones.
    case noMilestones = "no_milestones"
    /// Benefits: no benefit has a realisation to date (none has a target to date yet, or
    /// every benefit is unquantified, unprofiled or cancelled).
    case noMeasuredBenefits = "no_measured_benefits"
    /// Risks: no open risk has both likelihood and impact (or there is no open risk).
    case noAssessedRisks = "no_assessed_risks"
    /// Overall: none of the three parts is rated.
    case noPartRated = "no_part_rated"

    /// A short phrase for a table cell or a summary line: `no milestones`.
    public var phrase: String {
        switch self {
        case .noMilestones: "no milestones"
        case .noMeasuredBenefits: "no measured benefits"
        case .noAssessedRisks: "no assessed risks"
        case .noPartRated: "no milestones, no measured benefits and no assessed risks"
        }
    }

    /// A sentence for a pack's "rule that set it": `Not rated: the programme has no milestones.`
    public var sentence: String {
        switch self {
        case .noMilestones: "Not rated: the programme has no milestones."
        case .noMeasuredBenefits: "Not rated: no benefit has a target to date to measure against yet."
        case .noAssessedRisks:
            "Not rated: no open risk is assessed (scored for likelihood and impact), and a register with "
                + "nothing scored is not a green one."
        case .noPartRated: "Not rated: no part is rated (no milestones, no measured benefits and no assessed risks)."
        }
    }

    /// `not rated (no milestones)`: a RAG, or why there is none, in plain words.
    public static func label(_ rag: RAG?, _ reason: NotRatedReason?) -> String {
        if let rag { return rag.rawValue }
        return reason.map { "not rated (\($0.phrase))" } ?? "not rated"
    }
}
