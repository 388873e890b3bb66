/// The programme history the diff and history tests read: six commits of one programme,
/// each the kind of update the issue names, with figures worked out by hand.
///
/// | commit | date | change |
/// |---|---|---|
/// | c1 | 31 Jan 2024 | first plan, tagged `board-2024-01` (the January board) |
/// | c2 | 29 Feb 2024 | milestone `design` completed 20 Feb; dependency `D2` met |
/// | c3 | 31 Mar 2024 | `build` forecast moved 31 Mar → 15 May, progress 20 → 50 |
/// | c4 | 15 Apr 2024 | risk `R1` re-scored 3×4 → 4×5; `R2` closed |
/// | c5 | 30 Apr 2024 | benefit `savings` actual for 2024-02 added (£16,000) |
/// | c6 | 1 May 2024 | file renamed riverside.yaml → riverside-hubs.yaml |
struct RiversideHistory {
    let repository: ScratchRepository
    /// Commit ids, c1 first.
    let commits: [String]

    static let oldPath = "programmes/riverside.yaml"
    static let newPath = "programmes/riverside-hubs.yaml"

    init() throws {
        let repository = try ScratchRepository()
        var stage = Stage()
        var ids: [String] = []
        func commit(_ message: String, _ date: String) throws {
            try repository.write(RiversideHistory.oldPath, stage.yaml)
            ids.append(try repository.commit(message, at: date))
        }
        try commit("Riverside Hubs: first plan for the January board", "2024-01-31T17:00:00Z")
        try repository.tag("board-2024-01", at: "2024-01-31T18:00:00Z")

        stage.asOf = "2024-02-29"
        stage.design = "completed: 2024-02-20"
        stage.d2 = ", status: met"
        try commit("Design agreed on 20 February; planning consent granted", "2024-02-29T17:00:00Z")

        stage.asOf = "2024-03-31"
        stage.build = "forecast: 2024-05-15, progress: 50"
        try commit("Build forecast moved to 15 May", "2024-03-31T17:00:00Z")

        stage.asOf = "2024-04-15"
        stage.r1 = "likelihood: 4, impact: 5"
        stage.r2 = "likelihood: 2, impact: 2, status: closed"
        try commit("Risk review: R1 up, R2 closed", "2024-04-15T17:00:00Z")

        stage.asOf = "2024-04-30"
        stage.actuals = "{2024-01: 8000, 2024-02: 16000}"
        try commit("February savings confirmed by Finance", "2024-04-30T17:00:00Z")

        try repository.git("mv", Self.oldPath, Self.newPath)
        ids.append(try repository.commit("Rename to match the programme's name", at: "2024-05-01T09:00:00Z"))
        self.repository = repository
        commits = ids
    }

    func short(_ index: Int) -> String { String(commits[index].prefix(7)) }

    /// The parts of the file that change from commit to commit.
    private struct Stage {
        var asOf = "2024-01-31"
        var design = "progress: 60"
        var build = "progress: 20"
        var r1 = "likelihood: 3, impact: 4"
        var r2 = "likelihood: 2, impact: 2"
        var actuals = "{2024-01: 8000}"
        var d2 = ""

        var yaml: String {
            """
            programme:
              id: riverside
              name: Riverside Hubs
              as_of: \(asOf)
            milestones:
              - {id: design, title: Design agreed, due: 2024-01-15, \(design)}
              - {id: build, title: Build the hub, due: 2024-03-31, weight: 2, \(build)}
              - {id: consult, title: Public consultation, due: 2024-04-15}
              - {id: open, title: Hub opens, due: 2024-06-30}
            benefits:
              - id: savings
                title: Placement savings
                unit: GBP
                targets: {2024-01: 10000, 2024-02: 10000, 2024-03: 10000, 2024-04: 10000}
                actuals: \(actuals)
            risks:
              - {id: R1, title: Staff shortage, \(r1)}
              - {id: R2, title: Building delay, \(r2)}
            dependencies:
              - {id: D1, title: Lease signed, needed_by: 2024-02-29}
              - {id: D2, title: Planning consent, needed_by: 2024-03-31\(d2)}

            """
        }
    }
}
