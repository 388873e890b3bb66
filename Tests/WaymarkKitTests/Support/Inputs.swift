import WaymarkKit

/// Test inputs written inline, so each test shows the YAML whose lines it asserts.
enum Inputs {
    /// Loads one file's text as if read from disk under `name`.
    static func load(_ yaml: String, name: String = "test.yaml") -> LoadedFile {
        ProgrammeLoader().load(bytes: Array(yaml.utf8), file: name)
    }

    /// Checks several files' texts together, as one run.
    static func check(_ files: [(name: String, yaml: String)], asOf: Day? = nil,
                      today: Day = day("2024-03-31")) -> CheckResult {
        Waymark.check(files: files.map { load($0.yaml, name: $0.name) }, asOf: asOf, today: today)
    }

    static func check(_ yaml: String, asOf: Day? = nil, today: Day = day("2024-03-31")) -> CheckResult {
        check([("test.yaml", yaml)], asOf: asOf, today: today)
    }

    /// The figures of a single programme.
    static func report(_ yaml: String, asOf: Day? = nil) -> ProgrammeReport? {
        check(yaml, asOf: asOf).reports.first
    }

    static func day(_ text: String) -> Day {
        guard let day = Day(parsing: text) else { fatalError("bad test date \(text)") }
        return day
    }
}

extension CheckResult {
    /// `line:column code` of each diagnostic, the compact form tests compare.
    var positions: [String] {
        diagnostics.map { "\($0.location.line ?? 0):\($0.location.column ?? 0) \($0.code.rawValue)" }
    }

    func codes(_ severity: Severity? = nil) -> [String] {
        diagnostics.filter { severity == nil || $0.severity == severity }.map(\.code.rawValue)
    }
}

/// A minimal programme header, for tests about what follows it.
let header = """
    programme:
      id: p
      name: P
      as_of: 2024-03-31

    """
