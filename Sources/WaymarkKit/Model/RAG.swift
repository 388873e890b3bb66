/// Red, amber or green. Ordered so that `max` is the worst.
public enum RAG: String, Sendable, Comparable, CaseIterable {
    case green, amber, red

    public static func < (lhs: RAG, rhs: RAG) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A programme's declared delivery confidence (the five-point scale boards use).
public enum Confidence: String, Sendable, CaseIterable {
    case green
    case amberGreen = "amber-green"
    case amber
    case amberRed = "amber-red"
    case red
}
