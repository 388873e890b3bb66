/// Which programmes' figures `check` withholds: those whose own file has an error.
///
/// An item with a bad field is dropped while loading, so the figures of a file with
/// errors are figures of part of the programme ("0 overdue" when the overdue milestone
/// is the one dropped). Every format says so instead of showing them, as `history`
/// leaves them out for such a commit and `pack` refuses to write.
struct WithheldFigures {
    private let errorsByFile: [String: Int]

    init(_ result: CheckResult) {
        var counts: [String: Int] = [:]
        for d in result.diagnostics where d.severity == .error {
            counts[d.location.file, default: 0] += 1
        }
        errorsByFile = counts
    }

    /// The number of errors in the report's file; 0 when its figures stand.
    func errors(for report: ProgrammeReport) -> Int {
        errorsByFile[report.programme.file] ?? 0
    }

    func withholds(_ report: ProgrammeReport) -> Bool {
        errors(for: report) > 0
    }
}
