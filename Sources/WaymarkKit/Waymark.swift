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
        // The findings are tens of thousands for a large programme: added to and sorted
        // in place. The validator's diagnostics already hold its findings' own.
        var findings = AttentionChecks(reports: reports).findings()
        diagnostics.reserveCapacity(diagnostics.count + findings.count)
        diagnostics.append(contentsOf: findings.lazy.map(\.diagnostic))
        findings += validated.findings
        sortInPlace(&findings)
        removeRepeats(from: &findings)
        sortInPlace(&diagnostics)
        removeRepeats(from: &diagnostics)
        return CheckResult(files: files, portfolio: portfolio, reports: reports, diagnostics: diagnostics,
                           findings: findings)
    }

    /// Sorts `list` as `sort()` does (equal elements keep their order) without its
    /// working copy of half the list: the positions are sorted, then the elements
    /// moved along each cycle of the permutation. A large programme's findings are
    /// tens of thousands of elements of over a hundred bytes each.
    static func sortInPlace<T: Comparable>(_ list: inout [T]) {
        var order = list.indices.map(Int32.init)
        order.sort { list[Int($0)] < list[Int($1)] }
        // `order[i]` is the position of the element that belongs at `i`; a position
        // whose element is in place is marked by setting it to -1.
        for start in order.indices where order[start] >= 0 {
            let held = list[start]
            var i = start
            while Int(order[i]) != start {
                let from = Int(order[i])
                list[i] = list[from]
                order[i] = -1
                i = from
            }
            list[i] = held
            order[i] = -1
        }
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
