import Foundation
import Testing
@testable import WaymarkKit

/// Every Mermaid block a pack emits follows the grammar Mermaid parses it with.
///
/// These rules restate Mermaid's own lexers and diagram databases for the forms a pack
/// uses (`gantt.jison` with `ganttDb`, `xychart.jison` with `xychartDb`): a gantt task
/// title may not hold `:` `#` `;` or a line break, nor start with a statement keyword
/// or a date, and `%` can start a comment or directive; task data is tags, an id, a
/// start date and an end date or `0d`; an xychart label is a quoted string without `"`,
/// and each series has one plain number for each category. (The generated packs were
/// also parsed with parsers built from Mermaid's jison grammars while this was written;
/// npm is not available to CI, so those grammars are not run here.)
struct MermaidSyntaxTests {
    static var blocks: [(name: String, lines: [String])] {
        let result = PackFixtures.run()
        guard let files = try? StatusPack.files(for: result) else { return [] }
        return files.flatMap { file in PackFixtures.mermaidBlocks(file.contents).map { (file.name, $0) } }
    }

    @Test func everyFixtureWithMilestonesOrBenefitPeriodsHasCharts() {
        let names = Self.blocks.map(\.name)
        #expect(names.filter { $0 == "riverside-hubs.md" }.count == 3)
        #expect(names.filter { $0 == "hostile-text.md" }.count == 3)
        #expect(names.filter { $0 == "euro-bridge.md" }.count == 2)
        #expect(!names.contains("quiet-start.md"))
    }

    @Test func ganttChartsFollowTheGrammar() throws {
        let gantts = Self.blocks.filter { $0.lines.first == "gantt" }
        #expect(gantts.count == 3)
        for (name, lines) in gantts {
            #expect(Array(lines.prefix(4)) == ["gantt", "    dateFormat YYYY-MM-DD", "    axisFormat %b %Y",
                                               "    todayMarker off"], "\(name)")
            var ids = Set<String>()
            var sectionSeen = false
            for line in lines.dropFirst(4) {
                #expect(line.hasPrefix("    ") && !line.hasPrefix("     "), "\(name): indentation of \(line)")
                let body = String(line.dropFirst(4))
                if body.hasPrefix("section ") {
                    let title = body.dropFirst("section ".count)
                    #expect(!title.isEmpty && !title.contains { ":#;%".contains($0) }, "\(name): \(line)")
                    sectionSeen = true
                    continue
                }
                #expect(sectionSeen, "\(name): task before any section: \(line)")
                let parts = body.split(separator: ":", omittingEmptySubsequences: false)
                try #require(parts.count == 2, "\(name): a task line has exactly one ':' \(line)")
                let title = parts[0].trimmingCharacters(in: .whitespaces)
                #expect(!title.isEmpty && !title.contains { "#;%\n".contains($0) }, "\(name): title \(title)")
                let firstWord = title.lowercased().prefix { $0.isLetter }
                #expect(!MermaidText.ganttKeywords.contains(String(firstWord)), "\(name): keyword title \(title)")
                #expect(!(title.first?.isNumber ?? false), "\(name): title starts with a digit: \(title)")

                var data = parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                var tags = Set<String>()
                while let first = data.first, ["active", "done", "crit", "milestone"].contains(first) {
                    tags.insert(first)
                    data.removeFirst()
                }
                try #require(data.count == 3, "\(name): task data is id, start, end: \(line)")
                let id = data[0]
                #expect(id.range(of: "^[a-z][a-z0-9]*$", options: .regularExpression) != nil, "\(name): id \(id)")
                #expect(ids.insert(id).inserted, "\(name): duplicate task id \(id)")
                let start = try #require(Day(parsing: data[1]), "\(name): start \(data[1])")
                #expect(data[1].count == 10, "\(name): a full date is written: \(data[1])")
                if tags.contains("milestone") {
                    #expect(data[2] == "0d", "\(name): a milestone lasts 0d: \(line)")
                } else {
                    let end = try #require(Day(parsing: data[2]), "\(name): end \(data[2])")
                    #expect(start < end, "\(name): a bar ends after it starts: \(line)")
                }
            }
        }
    }

    @Test func benefitChartsFollowTheGrammar() throws {
        let charts = Self.blocks.filter { $0.lines.first == "xychart-beta" }
        #expect(charts.count == 5)
        let quoted = "\"[^\"%#;`<>\\n]*\""
        let number = "-?[0-9]+(\\.[0-9]+)?"
        for (name, lines) in charts {
            try #require(lines.count == 6, "\(name): \(lines)")
            #expect(lines[1].range(of: "^    title \(quoted)$", options: .regularExpression) != nil, "\(name): \(lines[1])")
            #expect(lines[2].range(of: "^    x-axis \\[\(quoted)(, \(quoted))*\\]$", options: .regularExpression) != nil,
                    "\(name): \(lines[2])")
            let categories = lines[2].components(separatedBy: "\", \"").count
            let axis = try #require(lines[3].range(of: "^    y-axis \(quoted) \(number) --> \(number)$",
                                                   options: .regularExpression), "\(name): \(lines[3])")
            #expect(!axis.isEmpty)
            let range = lines[3].split(separator: " ").suffix(3)
            let low = try #require(Double(range.first ?? ""))
            let high = try #require(Double(range.last ?? ""))
            #expect(low < high, "\(name): \(lines[3])")
            for (line, series) in [(lines[4], "bar \"Target\""), (lines[5], "line \"Actual\"")] {
                #expect(line.range(of: "^    \(series) \\[\(number)(, \(number))*\\]$", options: .regularExpression) != nil,
                        "\(name): \(line)")
                let values = line.drop { $0 != "[" }.dropFirst().dropLast().split(separator: ",")
                    .compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
                #expect(values.count == categories, "\(name): one value a category: \(line)")
                #expect(values.allSatisfy { $0 >= low && $0 <= high }, "\(name): values inside the axis: \(line)")
            }
        }
    }

    @Test func hostileTitlesReachMermaidDefused() throws {
        let renderer = try #require(PackFixtures.renderer("hostile-text"))
        let chart = renderer.render(.timeline)
        #expect(chart.contains("“Title deeds – transferred, 'quoted' 1 b (forecast, due soon)” :active, m1, 2024-01-01, 2024-10-10"))
        #expect(chart.contains("“5 per cent done per cent per cent init"))
        #expect(!chart.contains("%%{"))
        #expect(chart.contains("“click here, call back() & gantt” :milestone, m5, 2025-01-31, 0d"))
        #expect(chart.contains("    ''' fenced? ''' :milestone, m6, 2025-01-15, 0d"))
    }

    @Test(arguments: [(0.4, 1.0), (0, 0), (7, 10), (180_000, 200_000), (400_000, 500_000), (250, 250), (2_600, 5_000)])
    func axisEndsOnARoundFigure(_ value: Double, _ expected: Double) {
        #expect(MermaidBenefitChart.niceCeiling(value) == expected)
    }

    @Test func chartNumbersArePlain() {
        #expect(MermaidBenefitChart.number(1e15) == "1000000000000000")
        #expect(MermaidBenefitChart.number(-2500) == "-2500")
        #expect(MermaidBenefitChart.number(12.345) == "12.35")
        #expect(MermaidBenefitChart.number(-0.001) == "0")
    }
}
