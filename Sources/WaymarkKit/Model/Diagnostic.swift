/// How serious a diagnostic is. Errors mean the input is wrong; warnings mean the
/// programme needs attention; info is for the record.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case info, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One finding about an input file, at the node it is about.
public struct Diagnostic: Hashable, Sendable {
    public let severity: Severity
    public let code: DiagnosticCode
    public let message: String
    public let location: SourceLocation

    public init(_ severity: Severity, _ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    static func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, message, at: location)
    }

    static func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location)
    }
}

extension Diagnostic: Comparable {
    /// Output order: by location, then the more serious first, then by code and message,
    /// so that the same inputs always print the same lines in the same order.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        return (lhs.code.rawValue, lhs.message) < (rhs.code.rawValue, rhs.message)
    }
}

/// The stable kebab-case codes of SPEC section 2, and the few Waymark adds.
public enum DiagnosticCode: String, Sendable, CaseIterable {
    // Errors: the input is wrong.
    case yamlSyntax = "yaml-syntax"
    case duplicateKey = "duplicate-key"
    case unknownKey = "unknown-key"
    case missingKey = "missing-key"
    case wrongType = "wrong-type"
    case invalidDate = "invalid-date"
    case invalidPeriod = "invalid-period"
    case invalidId = "invalid-id"
    case outOfRange = "out-of-range"
    case duplicateId = "duplicate-id"
    case unknownReference = "unknown-reference"
    case dependencyCycle = "dependency-cycle"
    case inconsistent
    case tooLarge = "too-large"
    case unreadable
    case duplicatePortfolio = "duplicate-portfolio"

    // Warnings: the programme needs attention.
    case overdue
    case dueSoon = "due-soon"
    case slipped
    case dependencyConflict = "dependency-conflict"
    case blocked
    case futureCompletion = "future-completion"
    case dependencyOverdue = "dependency-overdue"
    case benefitBehind = "benefit-behind"
    case riskReviewOverdue = "risk-review-overdue"
    case unassessedRisk = "unassessed-risk"
    case unquantifiedBenefit = "unquantified-benefit"
    case futureActual = "future-actual"
    case confidenceMismatch = "confidence-mismatch"
    case unresolvedReference = "unresolved-reference"
    case issueOverdue = "issue-overdue"
    case decisionOverdue = "decision-overdue"
    case issueNotEscalated = "issue-not-escalated"
}

extension Diagnostic: CustomStringConvertible {
    /// The compiler-style line: `file:line:col: severity: message [code]`.
    public var description: String {
        "\(location): \(severity.rawValue): \(message) [\(code.rawValue)]"
    }
}
