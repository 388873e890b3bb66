import Foundation
@testable import WaymarkKit

/// The run the pack tests render: the riverside programme that uses every feature, and
/// the pack fixtures (hostile text, a programme with no milestones and whole-life
/// benefits, one in euros with its own thresholds, and a portfolio file), together so
/// that dependencies between programmes resolve.
enum PackFixtures {
    static let today = Day(year: 2024, month: 9, day: 30)!

    static var paths: [String] {
        [Fixtures.path("programmes/riverside-hubs.yaml"), Fixtures.path("pack")]
    }

    static func run() -> CheckResult {
        Waymark.check(paths: paths, asOf: nil, today: today)
    }

    static let programmeIDs = ["riverside-hubs", "euro-bridge", "hostile-text", "quiet-start"]

    static func builder(_ id: String, in result: CheckResult = run()) -> PackBuilder? {
        result.reports.first { $0.programme.id == id }.map { PackBuilder(report: $0, result: result) }
    }

    /// A programme's pack in Markdown, whole or a section at a time.
    static func renderer(_ id: String, in result: CheckResult = run()) -> MarkdownPack? {
        builder(id, in: result).map(MarkdownPack.init)
    }

    struct MarkdownPack {
        let builder: PackBuilder

        func render() -> String { MarkdownPackRenderer().render(builder.build()) }

        /// One section's Markdown; empty when the pack leaves it out.
        func render(_ section: PackSection.ID) -> String {
            builder.section(section).map(MarkdownPackRenderer().render) ?? ""
        }
    }

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("waymark-pack-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The Mermaid blocks of a Markdown text.
    static func mermaidBlocks(_ markdown: String) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if current == nil, line == "```mermaid" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current ?? [])
                current = nil
            } else if current != nil {
                current?.append(line)
            }
        }
        return blocks
    }
}

extension PackBuilder {
    /// One section of the pack in Markdown; empty when the pack leaves it out.
    func markdown(_ id: PackSection.ID) -> String {
        section(id).map(MarkdownPackRenderer().render) ?? ""
    }
}
