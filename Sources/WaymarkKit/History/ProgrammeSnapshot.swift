import Foundation

/// Programme files checked as they stood at one point: a commit, or the working tree.
public struct ProgrammeSnapshot: Sendable {
    /// The commit read; nil for the working tree.
    public let revision: Revision?
    /// The files and their figures, exactly as `check` would give them.
    public let result: CheckResult
    /// Each loaded file's path relative to the repository top level, by the name it was
    /// loaded under (the path as given for the working tree, `REV:path` for a commit).
    public let repositoryPaths: [String: String]

    public init(revision: Revision?, result: CheckResult, repositoryPaths: [String: String]) {
        self.revision = revision
        self.result = result
        self.repositoryPaths = repositoryPaths
    }

    public var reports: [ProgrammeReport] { result.reports }

    /// The programme's file relative to the repository top level.
    public func repositoryPath(of report: ProgrammeReport) -> String {
        repositoryPaths[report.programme.file] ?? report.programme.file
    }

    /// The working tree: the files `waymark check PATH...` reads.
    /// - Parameters:
    ///   - paths: files or folders, relative to `directory` or absolute.
    ///   - asOf: `--as-of`, which overrides every file's as-of date.
    ///   - today: the date to use when no file gives one.
    /// - Throws: `HistoryError.outsideRepository` for a path outside the repository.
    public static func workingTree(paths: [String], in repository: GitRepository, directory: String,
                                   asOf: Day?, today: Day, loader: ProgrammeLoader = ProgrammeLoader()) throws
        -> ProgrammeSnapshot {
        for path in paths { _ = try repository.relativePath(path, from: directory) }
        // Names stay as typed when they are relative to the current directory (the command line).
        let here = GitRepository.canonical(FileManager.default.currentDirectoryPath) == GitRepository.canonical(directory)
        let named = here ? paths : paths.map { $0.hasPrefix("/") ? $0 : directory + "/" + $0 }
        let files = loader.loadAll(paths: named)
        var repositoryPaths: [String: String] = [:]
        for file in files {
            repositoryPaths[file.path] = try repository.relativePath(file.path, from: FileManager.default.currentDirectoryPath)
        }
        return ProgrammeSnapshot(revision: nil, result: Waymark.check(files: files, asOf: asOf, today: today),
                                 repositoryPaths: repositoryPaths)
    }

    /// The files at `revision` (`git show REV:path`), read from git's objects so that it
    /// works in any clone that has the commit.
    ///
    /// A folder argument means every programme file directly inside it at that commit, so
    /// a programme since removed shows as removed. With `later`, a file argument also
    /// takes the file in the same folder that held the same `programme.id`, so a file
    /// renamed since is still matched; without it, only the file at that path.
    /// Files are checked as at their own as-of dates; one with none is as at the commit's date.
    /// - Parameter asOf: overrides every file's as-of date (give it only for the later side).
    public static func at(_ revision: Revision, paths: [String], in repository: GitRepository, directory: String,
                          matching later: ProgrammeSnapshot? = nil, asOf: Day? = nil,
                          loader: ProgrammeLoader = ProgrammeLoader()) throws -> ProgrammeSnapshot {
        // Every file at the revision through one git, rather than one git a file.
        let objects = repository.objectReader()
        defer { objects.close() }
        var entries: [String: GitObjectReader.Entry] = [:]
        func entry(_ path: String) throws -> GitObjectReader.Entry {
            if let known = entries[path] { return known }
            let found = try objects.entry(path, at: revision.commit, limit: loader.limits.maxFileBytes)
            entries[path] = found
            return found
        }
        func kindOf(_ path: String) throws -> GitRepository.EntryKind? {
            switch try entry(path) {
            case .file: .file
            case .directory: .directory
            case .missing: nil
            }
        }
        var cache: [String: LoadedFile] = [:]
        func load(_ path: String) throws -> LoadedFile {
            if let file = cache[path] { return file }
            guard case let .file(bytes) = try entry(path) else {
                // Only paths found to be files get here; say so rather than stop if one is not.
                return LoadedFile(path: "\(revision.name):\(path)", content: nil, diagnostics: [
                    .error(.unreadable, "no such file at \(revision.name) (commit \(revision.shortCommit))",
                           at: SourceLocation(file: "\(revision.name):\(path)")),
                ])
            }
            let file = loader.load(bytes: bytes, file: "\(revision.name):\(path)")
            cache[path] = file
            return file
        }
        var selected: [String] = []
        func select(_ path: String) {
            if !selected.contains(path) { selected.append(path) }
        }
        var missing: [LoadedFile] = []

        for argument in paths {
            let relative = try repository.relativePath(argument, from: directory)
            let kind = try kindOf(relative)
            if kind == .directory || isDirectory(argument, from: directory) {
                if kind == .directory {
                    try repository.programmeFiles(in: relative, at: revision).forEach(select)
                }
                continue
            }
            if kind == .file { select(relative) }
            guard let later else {
                if kind == nil {
                    missing.append(LoadedFile(path: "\(revision.name):\(relative)", content: nil, diagnostics: [
                        .error(.unreadable, "no such file at \(revision.name) (commit \(revision.shortCommit))",
                               at: SourceLocation(file: "\(revision.name):\(relative)")),
                    ]))
                }
                continue
            }
            // The later side's file for this argument says which programme to look for; when
            // the same path held another one (or nothing), look in its folder for the same id.
            let laterContent = later.result.files.first { later.repositoryPaths[$0.path] == relative }?.content
            if kind == .file, Self.same(try load(relative).content, laterContent) { continue }
            let folder = (relative as NSString).deletingLastPathComponent
            for candidate in try repository.programmeFiles(in: folder, at: revision)
            where candidate != relative {
                if Self.same(try load(candidate).content, laterContent) { select(candidate) }
            }
        }
        let files = try selected.map(load) + missing
        var repositoryPaths: [String: String] = [:]
        for path in selected { repositoryPaths["\(revision.name):\(path)"] = path }
        let result = Waymark.check(files: files, asOf: asOf, today: revision.date)
        return ProgrammeSnapshot(revision: revision, result: result, repositoryPaths: repositoryPaths)
    }

    /// The same programme (by id), or both portfolio files.
    private static func same(_ a: FileContent?, _ b: FileContent?) -> Bool {
        switch (a, b) {
        case let (.programme(x)?, .programme(y)?): x.id == y.id
        case (.portfolio?, .portfolio?): true
        default: false
        }
    }

    private static func isDirectory(_ path: String, from directory: String) -> Bool {
        var isDirectory: ObjCBool = false
        let absolute = path.hasPrefix("/") ? path : directory + "/" + path
        return FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
