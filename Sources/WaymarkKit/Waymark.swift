/// The result of checking a set of files: what was found, and every programme's figures.
public struct CheckResult: Sendable {
    public let files: [LoadedFile]
    public let portfolio: Portfolio?
    /// Programmes that could be read, in input order, with their figures.
    public let reports: [ProgrammeReport]
    /// Every diagnostic of the run, sorted by file, line and column.
    public let diagnostics: [Diagnostic]
    /// What the checks found about each programme, typed, in diagnostic order: what the
    /// packs are built from.
    public let findings: [Finding]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// The engine's front door.
public enum Waymark {
    /// Loads `paths` (files, or directories of them) and checks them.
    /// - Parameters:
    ///   - asOf: `--as-of`, which overrides every file's as-of date.
    ///   - today: the date to use when no file gives one (the caller reads the clock).
    public static func check(paths: [String], asOf: Day?, today: Day, loader: ProgrammeLoader = ProgrammeLoader()) -> CheckResult {
        check(files: loader.loadAll(paths: paths), asOf: asOf, today: today)
    }

    /// Checks files already loaded (from disk, or from a git revision).
    public static func check(files: [LoadedFile], asOf: Day?, today: Day) -> CheckResult {
        var diagnostics = files.flatMap(\.diagnostics)
        var portfolio: Portfolio?
        var programmes: [Programme] = []
        for file in files {
            switch file.content {
            case let .portfolio(p):
                if let first = portfolio {
                    diagnostics.append(.error(.duplicatePortfolio,
                        "a second portfolio file; the first is \(first.locations.item.file), and a run may have only one",
                        at: p.locations.item))
                } else {
                    portfolio = p
                }
            case let .programme(p):
                programmes.append(p)
            case nil:
                break
            }
        }
        let settings = programmes.map { ProgrammeSettings(for: $0, portfolio: portfolio, asOfOverride: asOf, today: today) }
        let validated = RunValidator(programmes: programmes, settings: settings).run()
        diagnostics += validated.diagnostics
        let reports = zip(programmes, settings).map { ProgrammeReport($0, settings: $1) }
        let attention = AttentionChecks(reports: reports).findings()
        diagnostics.reserveCapacity(diagnostics.count + attention.count)
        diagnostics.append(contentsOf: attention.lazy.map { $0.diagnostic })
        diagnostics.sort()
        removeRepeats(from: &diagnostics)
        // The attention findings are tens of thousands for a large programme: added to in
        // place rather than copied into a new list.
        var findings = consume attention
        findings += validated.findings
        findings.sort()
        removeRepeats(from: &findings)
        return CheckResult(files: files, portfolio: portfolio, reports: reports, diagnostics: diagnostics,
                           findings: findings)
    }

    /// Keeps the first of each set of equal elements of a sorted list. Sorting does not
    /// tell apart findings with equal diagnostics, so a repeat is looked for among all
    /// the neighbours that sort alike (in practice there is at most one); for diagnostics,
    /// which sort alike only when equal, that is the one before. Cheaper than hashing
    /// every message into a set.
    private static func removeRepeats<T: Comparable>(from sorted: inout [T]) {
        var kept = 0
        var alike = 0 // where the kept elements that sort alike with the last one start
        for i in sorted.indices {
            if kept > 0, !(sorted[kept - 1] < sorted[i]) {
                if sorted[alike..<kept].contains(sorted[i]) { continue }
            } else {
                alike = kept
            }
            sorted.swapAt(kept, i)
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
    }
}
