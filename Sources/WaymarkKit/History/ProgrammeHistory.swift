/// One programme's headline figures at every commit that touched its file, oldest first
/// (`waymark history PATH`): the burn-up a steering group asks for.
public struct ProgrammeHistory: Sendable {
    /// The figures of the file as committed at one commit.
    public struct Entry: Hashable, Sendable {
        public let commit: String
        /// The commit's committer date (UTC).
        public let date: Day
        public let subject: String
        /// The file's path in that commit (before a rename it is the old path).
        public let path: String
        public let programmeID: String?
        public let name: String?
        public let asOf: Day?
        public let percentComplete: Double?
        public let plannedPercent: Double?
        public let overall: RAG?
        /// Why the overall RAG is not rated (SPEC 3.5); nil when rated or the file had errors.
        public let overallNotRated: NotRatedReason?
        public let realisedToDate: Double?
        public let targetToDate: Double?
        /// Spend to date and net benefit to date (SPEC 3.7); nil without funding.
        public let spentToDate: Double?
        public let netBenefitToDate: Double?
        /// Other realised to date (SPEC 3.3), beside realised, never in it.
        public let otherRealisedToDate: Double?
        public let currency: String?
        /// Error diagnostics in the file at that commit; its figures are left out when any.
        public let errors: Int

        /// The figures of one commit's file, checked as at its own as-of date (the
        /// commit's date when it gives none).
        public init(commit: GitRepository.LogEntry, result: CheckResult) {
            self.commit = commit.commit
            date = commit.date
            subject = commit.subject
            path = commit.path
            errors = result.diagnostics.filter { $0.severity == .error }.count
            let report = result.reports.first
            programmeID = report?.programme.id
            name = report?.programme.name
            asOf = report?.asOf
            currency = report?.programme.currency
            let usable = errors == 0 ? report : nil
            percentComplete = usable?.completion.percentComplete
            plannedPercent = usable?.completion.plannedPercent
            overall = usable?.rag.overall
            overallNotRated = usable?.rag.overallNotRated
            realisedToDate = usable?.realisedToDate
            targetToDate = usable?.targetToDate
            spentToDate = usable?.funding?.spentToDate
            netBenefitToDate = usable?.netBenefitToDate
            otherRealisedToDate = usable?.otherRealisedToDate
        }

        public var shortCommit: String { String(commit.prefix(7)) }
    }

    /// The file asked for, relative to the repository top level.
    public let path: String
    public let entries: [Entry]
    /// The clone holds only part of the history, so older commits may be missing.
    public let isShallow: Bool

    public init(path: String, entries: [Entry], isShallow: Bool) {
        self.path = path
        self.entries = entries
        self.isShallow = isShallow
    }

    /// The programme's name in the latest commit that gives one.
    public var name: String? { entries.last { $0.name != nil }?.name }
    public var programmeID: String? { entries.last { $0.programmeID != nil }?.programmeID }

    /// At most this many commits' files are held at once while a history is read.
    private static let batchFiles = 64
    private static let batchBytes = 32 << 20

    /// Reads the file at every commit that touched it (`git log --follow`, so the history
    /// carries on across a rename).
    /// - Throws: `HistoryError.notOneFile` for a folder, `.outsideRepository`, `.noHistory`.
    public static func load(path: String, in repository: GitRepository, directory: String,
                            loader: ProgrammeLoader = ProgrammeLoader()) throws -> ProgrammeHistory {
        let relative = try repository.relativePath(path, from: directory)
        let absolute = path.hasPrefix("/") ? path : directory + "/" + path
        if relative.isEmpty || loader.expand(paths: [absolute]) != [absolute] {
            throw HistoryError.notOneFile(path)
        }
        let log = try repository.log(following: relative)
        let shallow = repository.isShallow()
        guard !log.isEmpty else { throw HistoryError.noHistory(path: relative, shallow: shallow) }
        // Every commit's file through one git, rather than two gits a commit; then loaded
        // and checked on every core, a batch at a time, so that memory stays bounded.
        let objects = repository.objectReader()
        defer { objects.close() }
        var entries: [Entry] = []
        var batch: [(commit: GitRepository.LogEntry, bytes: [UInt8])] = []
        var batchBytes = 0
        func checkBatch() {
            entries += batch.concurrentMap { commit, bytes in
                let file = loader.load(bytes: bytes, file: "\(commit.commit.prefix(7)):\(commit.path)")
                return Entry(commit: commit, result: Waymark.check(files: [file], asOf: nil, today: commit.date))
            }
            batch.removeAll(keepingCapacity: true)
            batchBytes = 0
        }
        for commit in log.reversed() {
            // The commit that deletes the file is in the log, but has no file to read.
            guard case let .file(bytes) = try objects.entry(commit.path, at: commit.commit,
                                                            limit: loader.limits.maxFileBytes)
            else { continue }
            batch.append((commit, bytes))
            batchBytes += bytes.count
            if batch.count == Self.batchFiles || batchBytes >= Self.batchBytes { checkBatch() }
        }
        checkBatch()
        return ProgrammeHistory(path: relative, entries: entries, isShallow: shallow)
    }
}
