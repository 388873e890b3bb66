import Foundation
import WaymarkTestSupport
@testable import WaymarkKit

/// Runs `check-jsonschema` (PyPI), an independent JSON Schema validator, over files
/// with Waymark's schema: what an editor's YAML language server would say about them.
enum JSONSchemaChecker {
    /// What the validator said about one file.
    enum Verdict: Equatable {
        case valid
        /// Schema errors, as the validator words them.
        case invalid([String])
        /// The validator could not read the file as YAML.
        case unreadable
    }

    /// Checks `files` in one run (the validator takes a second to start) against
    /// `schema`, by default Waymark's.
    static func check(_ files: [String], schema: String = ProgrammeSchema.text, executable: URL) throws -> [String: Verdict] {
        try withTemporaryDirectory { folder in
            let schemaFile = folder.appendingPathComponent("waymark.schema.json")
            try schema.write(to: schemaFile, atomically: true, encoding: .utf8)
            return try run(executable, options: ["--schemafile", schemaFile.path], files: files)
        }
    }

    /// Runs the validator over `files` and sorts its findings by file.
    static func run(_ executable: URL, options: [String], files: [String]) throws -> [String: Verdict] {
        let result = try Subprocess.run(executable, ["--output-format", "json"] + options + files)
        guard let report = try? JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8)) else {
            throw Failure(message: "check-jsonschema failed (exit \(result.status)): \(result.stderr.suffix(2000))")
        }
        var verdicts: [String: Verdict] = [:]
        for file in files { verdicts[file] = .valid }
        for error in report.errors ?? [] {
            if case let .invalid(messages) = verdicts[error.filename] {
                verdicts[error.filename] = .invalid(messages + [error.message])
            } else {
                verdicts[error.filename] = .invalid([error.message])
            }
        }
        for error in report.parseErrors ?? [] { verdicts[error.filename] = .unreadable }
        return verdicts
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    private struct Report: Decodable {
        struct Finding: Decodable {
            let filename: String
            let message: String
        }
        // Either may be left out when there is nothing to say.
        let errors: [Finding]?
        let parseErrors: [Finding]?

        enum CodingKeys: String, CodingKey {
            case errors, parseErrors = "parse_errors"
        }
    }
}
