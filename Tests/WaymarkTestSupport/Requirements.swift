import Foundation
import Testing

/// What some tests need from outside the repository: a program on PATH (cmark-gfm,
/// check-jsonschema, git) or a corpus folder (the YAML test suite). A clone with nothing
/// beside it must still pass `swift test`, so such a test is *skipped* when what it
/// needs is missing, and the runner prints why; it never passes having checked nothing.
///
/// CI is the place where everything must run: `.ci/run` installs every tool, points at
/// every corpus and sets `WAYMARK_REQUIRE_TOOLS=1`, and there a missing one *fails*
/// the test instead of skipping it.
public enum Requirements {
    /// Whether this run must have every tool and corpus (`WAYMARK_REQUIRE_TOOLS` set to
    /// anything but empty or `0`).
    public static var areRequired: Bool {
        let value = ProcessInfo.processInfo.environment["WAYMARK_REQUIRE_TOOLS"] ?? ""
        return !value.isEmpty && value != "0"
    }

    /// How to install each tool the tests use on Debian, for the skip message.
    static let installHints: [String: String] = [
        "cmark-gfm": "apt-get install cmark-gfm",
        "git": "apt-get install git",
        "check-jsonschema": "pip install check-jsonschema",
        "chromium": "apt-get install chromium",
        "pdfinfo": "apt-get install poppler-utils",
        "pdftotext": "apt-get install poppler-utils",
    ]

    /// The YAML test suite corpus (a folder holding `cases/`): `WAYMARK_YAML_TEST_SUITE`
    /// when set, else `../shared/yaml-test-suite` beside the package root (where this
    /// team's machines and CI keep it).
    public static var yamlTestSuite: URL { yamlTestSuite(in: ProcessInfo.processInfo.environment) }

    /// The YAML test suite corpus as `environment` places it.
    public static func yamlTestSuite(in environment: [String: String]) -> URL {
        if let path = environment["WAYMARK_YAML_TEST_SUITE"], !path.isEmpty {
            return URL(fileURLWithPath: path, relativeTo: repositoryRoot).standardizedFileURL
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/yaml-test-suite")
    }

    /// The tool `name` on PATH, for a test that `.requires(tool: name)`; throws (failing
    /// the test, never passing it) if it has gone missing after all.
    public static func tool(_ name: String) throws -> URL {
        guard let url = Subprocess.which(name) else {
            throw MissingRequirement(description: "\(name) is not on PATH")
        }
        return url
    }

    /// Whether `name` is on PATH. When it is not: false, so the test is skipped, or, when
    /// `required`, an error, so the test fails.
    public static func has(tool name: String, required: Bool) throws -> Bool {
        if Subprocess.which(name) != nil { return true }
        guard required else { return false }
        let hint = installHints[name].map { " (\($0))" } ?? ""
        throw MissingRequirement(description: "\(name) is required here (WAYMARK_REQUIRE_TOOLS is set) but is not on PATH\(hint)")
    }

    /// Whether the folder `url` exists. When it does not: false, so the test is skipped,
    /// or, when `required`, an error, so the test fails.
    public static func has(folder url: URL, holding what: String, required: Bool) throws -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return true
        }
        guard required else { return false }
        throw MissingRequirement(description: "\(what) is required here but there is no folder \(url.path)")
    }

    /// Whether `variable` names a corpus explicitly: then it must be there.
    static func isSet(_ variable: String) -> Bool {
        !(ProcessInfo.processInfo.environment[variable] ?? "").isEmpty
    }
}

/// A tool or corpus that must be present in this run and is not.
public struct MissingRequirement: Error, CustomStringConvertible {
    public let description: String
}

extension Trait where Self == ConditionTrait {
    /// Runs the test (or every test of the suite) only when `tool` is on PATH; otherwise
    /// the runner reports it skipped, saying which tool is missing and how to install
    /// it. Under `WAYMARK_REQUIRE_TOOLS=1` a missing tool fails the test instead.
    public static func requires(tool name: String, sourceLocation: SourceLocation = #_sourceLocation) -> Self {
        let hint = Requirements.installHints[name].map { " (\($0))" } ?? ""
        return .enabled(Comment(rawValue: "\(name) is not installed\(hint)"), sourceLocation: sourceLocation) {
            try Requirements.has(tool: name, required: Requirements.areRequired)
        }
    }

    /// Runs the test (or suite) only when the folder `url` exists; otherwise the runner
    /// reports it skipped, naming the folder and the variable `variable` that points at
    /// it. When `variable` is set, or under `WAYMARK_REQUIRE_TOOLS=1`, a missing folder
    /// fails the test instead: a corpus asked for by name must be there.
    public static func requires(folder url: URL, holding what: String, setBy variable: String,
                                sourceLocation: SourceLocation = #_sourceLocation) -> Self {
        .enabled(Comment(rawValue: "\(what) is not at \(url.path) (set \(variable) to its folder to run it)"),
                 sourceLocation: sourceLocation) {
            try Requirements.has(folder: url, holding: what, required: Requirements.areRequired || Requirements.isSet(variable))
        }
    }
}
