/// "Did you mean" for unknown keys: the closest known key by edit distance, when it is
/// close enough to be a typo rather than a different word.
enum KeySuggestion {
    static func closest(to key: String, in candidates: [String]) -> String? {
        // A key far longer than every candidate is no typo of one; skipping it keeps a
        // megabyte-long key from costing a megabyte times each candidate.
        guard key.utf8.count <= (candidates.map(\.utf8.count).max() ?? 0) + 8 else { return nil }
        let lowered = key.lowercased()
        let scored = candidates.map { (candidate: $0, distance: editDistance(lowered, $0)) }
        guard let best = scored.min(by: { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }) else {
            return nil
        }
        let allowed = max(1, min(3, best.candidate.count / 3))
        return best.distance <= allowed ? best.candidate : nil
    }

    /// Levenshtein distance, with a transposition counted as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
