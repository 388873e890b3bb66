import Foundation

extension Waymark {
    /// `waymark diff REV [PATH...]`: every programme as it stood at `revision` compared
    /// with the working tree.
    /// - Parameters:
    ///   - paths: files or folders, relative to `directory` or absolute.
    ///   - asOf: `--as-of`, for the working tree only; the revision's files keep their own
    ///     as-of dates (the commit's date where a file gives none), so each side is as it was reported.
    ///   - today: the date to use when a working-tree file gives none (the caller reads the clock).
    ///   - directory: where relative paths start, and where the repository is looked for.
    /// - Throws: `HistoryError` (a missing revision, a path outside the repository, git
    ///   missing). Mistakes in the files are diagnostics on the result (`hasErrors`).
    public static func diff(since revision: String, paths: [String], asOf: Day?, today: Day,
                            directory: String = FileManager.default.currentDirectoryPath,
                            loader: ProgrammeLoader = ProgrammeLoader()) throws -> PortfolioDiff {
        let repository = try GitRepository(directory: directory)
        let since = try repository.resolve(revision)
        let now = try ProgrammeSnapshot.workingTree(paths: paths, in: repository, directory: directory,
                                                    asOf: asOf, today: today, loader: loader)
        let then = try ProgrammeSnapshot.at(since, paths: paths, in: repository, directory: directory,
                                            matching: now, loader: loader)
        return PortfolioDiff(then: then, now: now)
    }

    /// The same comparison between two revisions, neither of them the working tree.
    /// - Parameter asOf: overrides the as-of date of the later revision's files only.
    public static func diff(from earlier: String, to later: String, paths: [String], asOf: Day? = nil,
                            directory: String = FileManager.default.currentDirectoryPath,
                            loader: ProgrammeLoader = ProgrammeLoader()) throws -> PortfolioDiff {
        let repository = try GitRepository(directory: directory)
        let since = try repository.resolve(earlier)
        let until = try repository.resolve(later)
        let now = try ProgrammeSnapshot.at(until, paths: paths, in: repository, directory: directory,
                                           asOf: asOf, loader: loader)
        let then = try ProgrammeSnapshot.at(since, paths: paths, in: repository, directory: directory,
                                            matching: now, loader: loader)
        return PortfolioDiff(then: then, now: now)
    }

    /// `waymark history PATH`: one programme's figures at every commit that touched its file.
    public static func history(of path: String, directory: String = FileManager.default.currentDirectoryPath,
                               loader: ProgrammeLoader = ProgrammeLoader()) throws -> ProgrammeHistory {
        let repository = try GitRepository(directory: directory)
        return try ProgrammeHistory.load(path: path, in: repository, directory: directory, loader: loader)
    }
}
