import Foundation

/// What a `waymark pack` run needs before any file is written: the files checked now and,
/// when asked for, the comparison with an earlier revision and each programme's history.
/// The command line only prints and writes; this decides what git is asked.
public struct PackRun: Sendable {
    /// The files as they are now: the pack's figures.
    public let result: CheckResult
    public let history: PackHistory

    /// Every file of the pack in a format; see `StatusPack.files`.
    public func files(format: PackFormat) throws(PackError) -> [PackFile] {
        try StatusPack.files(for: result, history: history, format: format)
    }
}

extension Waymark {
    /// Checks the files for a pack, and reads git when the pack needs it.
    /// - Parameters:
    ///   - since: `--since REV`: compare with the files at this revision ("Changes since").
    ///   - withHistory: `--history`: each programme's figures at every commit that changed
    ///     its file (read only when the files have no errors, since no pack is made then).
    /// - Throws: `HistoryError` when git cannot answer; `PackError.earlierRevisionHasErrors`
    ///   when the files at `since` have errors, so the changes cannot be shown.
    public static func pack(paths: [String], asOf: Day?, today: Day, since: String? = nil, withHistory: Bool = false,
                            directory: String = FileManager.default.currentDirectoryPath) throws -> PackRun {
        var history = PackHistory()
        let result: CheckResult
        if let since {
            // The comparison reads the working tree too; its result is the pack's.
            let diff = try diff(since: since, paths: paths, asOf: asOf, today: today, directory: directory)
            if diff.then.result.hasErrors { throw PackError.earlierRevisionHasErrors(since) }
            history.changes = ChangesSection(diff)
            result = diff.now.result
        } else {
            result = check(paths: paths, asOf: asOf, today: today)
        }
        if withHistory, !result.hasErrors {
            for report in result.reports {
                history.histories[report.programme.id] = try Waymark.history(of: report.programme.file, directory: directory)
            }
        }
        return PackRun(result: result, history: history)
    }
}
