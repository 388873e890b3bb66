/// What moved in every programme between two snapshots (`waymark diff REV`): programmes
/// are matched by `programme.id`, not by path, so a renamed file is the same programme.
public struct PortfolioDiff: Sendable {
    public let then: ProgrammeSnapshot
    public let now: ProgrammeSnapshot
    /// The later side's programmes in input order, then those removed since, in the
    /// earlier side's order.
    public let programmes: [ProgrammeDiff]

    public init(then: ProgrammeSnapshot, now: ProgrammeSnapshot) {
        self.then = then
        self.now = now
        let diffs = paired(then: then.reports, now: now.reports, id: \.programme.id).map { pair in
            ProgrammeDiff(then: pair.then, now: pair.now, thenFile: pair.then.map(then.repositoryPath(of:)),
                          nowFile: pair.now.map(now.repositoryPath(of:)))
        }
        programmes = diffs
    }

    /// The revision compared against (nil only for two working-tree snapshots).
    public var since: Revision? { then.revision }
    /// The later revision; nil for the working tree.
    public var until: Revision? { now.revision }

    /// Errors in the files at either side: a diff of wrong inputs would mislead, so the
    /// command refuses to report one.
    public var errors: [Diagnostic] {
        (then.result.diagnostics + now.result.diagnostics).filter { $0.severity == .error }
    }

    public var hasErrors: Bool { then.result.hasErrors || now.result.hasErrors }

    public func programme(_ id: String) -> ProgrammeDiff? { programmes.first { $0.id == id } }
}
