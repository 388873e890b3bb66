import Foundation
import Testing
import WaymarkTestSupport
@testable import WaymarkKit

/// The schema describes exactly what the loader accepts, in words a PMO officer reads
/// in their editor.
struct ProgrammeSchemaTests {
    @Test func everyKeyTheLoaderAcceptsIsDescribed() {
        let problems = ProgrammeSchema.build().problems
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func everyPropertyHasADescription() {
        var undescribed: [String] = []
        func walk(_ value: JSONValue, at path: String) {
            switch value {
            case let .object(members):
                if case let .object(properties)? = members["properties"], path.hasPrefix("/$defs") || path.hasPrefix("/oneOf") {
                    for (key, property) in properties {
                        guard case let .string(text)? = property.members["description"], text.count > 10 else {
                            undescribed.append("\(path)/properties/\(key)")
                            continue
                        }
                    }
                }
                // `if` and `then` hold conditions on keys described elsewhere.
                for (key, member) in members where key != "if" && key != "then" { walk(member, at: "\(path)/\(key)") }
            case let .array(items):
                for (index, item) in items.enumerated() { walk(item, at: "\(path)/\(index)") }
            default:
                break
            }
        }
        walk(ProgrammeSchema.build().schema, at: "")
        #expect(undescribed.isEmpty, "no description: \(undescribed.sorted())")
    }

    @Test func closedValuesAreTheModelsOwn() throws {
        let defs = ProgrammeSchema.build().schema.members["$defs"]?.members ?? [:]
        func values(_ definition: String, _ key: String) -> [JSONValue]? {
            guard case let .array(values)? = defs[definition]?.members["properties"]?.members[key]?.members["enum"] else {
                return nil
            }
            return values
        }
        #expect(values("programme", "confidence") == Confidence.allCases.map { .string($0.rawValue) } + [.null])
        #expect(values("benefit", "kind") == Benefit.Kind.allCases.map { .string($0.rawValue) } + [.null])
        #expect(values("benefit", "type") == Benefit.BenefitType.allCases.map { .string($0.rawValue) } + [.null])
        #expect(values("risk", "status") == Risk.Status.allCases.map { .string($0.rawValue) } + [.null])
        #expect(values("dependency", "status") == Dependency.Status.allCases.map { .string($0.rawValue) } + [.null])
    }

    /// The patterns say what `Day` and `Period` parse, for the forms they share.
    @Test(arguments: ["2024-03-31", "2024-03", "1999-12-01", "2024-02-30", "24-03-31", "2024-3-31", "2024-13",
                      "31/03/2024", "Mar 24", "2024-03-31T00:00", ""])
    func datePatternMatchesTheLoader(text: String) throws {
        let pattern = try NSRegularExpression(pattern: ProgrammeSchema.datePattern)
        let matches = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        // The pattern cannot know month lengths; everything else agrees.
        let expected = Day(parsing: text) != nil || text == "2024-02-30"
        #expect(matches == expected)
    }

    @Test(arguments: ["FY2024-25", "FY1999-00", "2024-07", "total", "FY2024", "FY24-25", "2024/25", "2024-13", "Total",
                      "FY2024-2025", "2024-07-01"])
    func periodPatternMatchesTheLoader(text: String) throws {
        let pattern = try NSRegularExpression(pattern: ProgrammeSchema.periodPattern)
        let matches = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        #expect(matches == (Period(parsing: text) != nil))
    }

    @Test func outputIsDeterministic() {
        #expect(ProgrammeSchema.text == ProgrammeSchema.text)
        #expect(ProgrammeSchema.text.hasSuffix("}\n"))
    }

    /// The repository keeps a copy at its root, for editors to point at; it must be
    /// what `waymark schema` prints. WAYMARK_RECORD=1 rewrites it.
    @Test func committedCopyIsCurrent() throws {
        let url = repositoryRoot.appendingPathComponent("waymark.schema.json")
        if ProcessInfo.processInfo.environment["WAYMARK_RECORD"] != nil {
            try ProgrammeSchema.text.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("rewrote waymark.schema.json; unset WAYMARK_RECORD and run again")
            return
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == ProgrammeSchema.text, "waymark.schema.json is stale: run `waymark schema > waymark.schema.json`")
    }

    @Test(.requires(tool: "check-jsonschema"))
    func isAValidDraft202012Schema() throws {
        let checker = try Requirements.tool("check-jsonschema")
        try withTemporaryDirectory { folder in
            let file = folder.appendingPathComponent("waymark.schema.json").path
            try ProgrammeSchema.text.write(toFile: file, atomically: true, encoding: .utf8)
            let verdicts = try JSONSchemaChecker.run(checker, options: ["--check-metaschema"], files: [file])
            #expect(verdicts[file] == .valid)
        }
    }
}
