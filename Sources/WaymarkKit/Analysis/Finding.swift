/// One thing the checks found about a programme, typed, with the diagnostic that reports
/// it. The pack reads findings by what they are about (a milestone id, a reference), never
/// by matching a diagnostic's code and position, so moving a diagnostic to another key
/// cannot silently drop a line from a pack.
public struct Finding: Hashable, Sendable {
    /// What was found, and about which item of the programme.
    public enum Kind: Hashable, Sendable {
        case futureCompletion(milestone: String)
        case overdue(milestone: String)
        case dueSoon(milestone: String)
        case slipped(milestone: String)
        /// The milestone depends on one that is overdue.
        case blocked(milestone: String, on: Reference)
        /// The milestone is planned before one it depends on.
        case dependencyConflict(milestone: String, on: Reference)
        case unquantifiedBenefit(benefit: String)
        /// An actual recorded for a period that starts after the as-of date.
        case futureActual(benefit: String, period: Period)
        case benefitBehind(benefit: String)
        case riskReviewOverdue(risk: String)
        case unassessedRisk(risk: String)
        case dependencyOverdue(dependency: String)
        /// The declared confidence is more hopeful than the computed RAG.
        case confidenceMismatch
        /// An open issue past its resolve-by date.
        case issueOverdue(issue: String)
        /// An open high-priority issue not escalated to the board.
        case issueNotEscalated(issue: String)
        /// An open decision past its needed-by date.
        case decisionOverdue(decision: String)
        /// A reference to a programme that is not in the run, so it was not checked.
        case unresolvedReference(holder: Holder, reference: Reference)
    }

    /// The item that holds a reference.
    public enum Holder: Hashable, Sendable {
        case milestone(String)
        case benefit(String)
        case dependency(String)
        case risk(String)
        case issue(String)
        case decision(String)
    }

    /// The programme id the finding is about.
    public let programme: String
    public let kind: Kind
    /// How `waymark check` reports it.
    public let diagnostic: Diagnostic

    init(_ programme: String, _ kind: Kind, _ diagnostic: Diagnostic) {
        self.programme = programme
        self.kind = kind
        self.diagnostic = diagnostic
    }
}

extension Finding: Comparable {
    /// The order of their diagnostics: by file and position.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        lhs.diagnostic < rhs.diagnostic
    }
}
