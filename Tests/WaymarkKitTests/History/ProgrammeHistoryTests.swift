import Foundation
import Testing
import WaymarkTestSupport
@testable import WaymarkKit

/// `waymark history` over the Riverside history: one row a commit, figures worked out
/// by hand (see `RiversideHistory` and `DiffFromGitTests`), and a valid Mermaid burn-up.
///
/// | commit | as at | complete | planned | why |
/// |---|---|---|---|---|
/// | c1 | 31 Jan | 20.0 | 20.0 | (60 + 2×20) ÷ 5; design due |
/// | c2 | 29 Feb | 28.0 | 20.0 | (100 + 2×20) ÷ 5 |
/// | c3 | 31 Mar | 40.0 | 60.0 | (100 + 2×50) ÷ 5; build due too (weight 2) |
/// | c4 | 15 Apr | 40.0 | 80.0 | consult due |
/// | c5, c6 | 30 Apr | 40.0 | 80.0 | |
///
/// Target to date is £10,000 a month: 10,000, 20,000, 30,000, then 35,000 (half of
/// April at 15 Apr: 15 of 30 days), 40,000. Realised is £8,000 until the February actual
/// of £16,000 lands in c5. Every commit is red overall (c1 design overdue; then
/// benefits below 80%).
@Suite(.requires(tool: "git")) struct ProgrammeHistoryTests {
    let riverside: RiversideHistory
    let history: ProgrammeHistory

    init() throws {
        riverside = try RiversideHistory()
        history = try Waymark.history(of: RiversideHistory.newPath, directory: riverside.repository.root)
    }

    @Test func figuresAtEveryCommit() {
        #expect(history.path == RiversideHistory.newPath)
        #expect(history.name == "Riverside Hubs")
        #expect(history.programmeID == "riverside")
        #expect(!history.isShallow)
        #expect(history.entries.map(\.commit) == riverside.commits)
        #expect(history.entries.map(\.path) == Array(repeating: RiversideHistory.oldPath, count: 5) + [RiversideHistory.newPath])
        #expect(history.entries.map { $0.asOf?.description } == [
            "2024-01-31", "2024-02-29", "2024-03-31", "2024-04-15", "2024-04-30", "2024-04-30",
        ])
        #expect(history.entries.map(\.percentComplete) == [20, 28, 40, 40, 40, 40])
        let planned = history.entries.map { $0.plannedPercent ?? -1 }
        for (actual, expected) in zip(planned, [20.0, 20, 60, 80, 80, 80]) {
            #expect(abs(actual - expected) < 1e-9)
        }
        #expect(history.entries.map(\.overall) == Array(repeating: .red, count: 6))
        #expect(history.entries.map(\.realisedToDate) == [8000, 8000, 8000, 8000, 24000, 24000])
        #expect(history.entries.map(\.targetToDate) == [10000, 20000, 30000, 35000, 40000, 40000])
        #expect(history.entries.allSatisfy { $0.errors == 0 })
    }

    @Test func markdownTableAndBurnUp() {
        let c = (0..<6).map(riverside.short)
        #expect(HistoryFormat.markdown.render(history) == """
            # Riverside Hubs: history

            Every commit that changed `programmes/riverside-hubs.yaml`, oldest first.

            _Burn-up of Riverside Hubs: the first line is percent complete and the second is planned percent, at each commit that changed the file, by as-at date._

            ```mermaid
            xychart-beta
                title "Riverside Hubs - percent complete and planned"
                x-axis "As at" ["31 Jan 2024", "29 Feb 2024", "31 Mar 2024", "15 Apr 2024", "30 Apr 2024 (\(c[4]))", "30 Apr 2024 (\(c[5]))"]
                y-axis "Percent" 0 --> 100
                line [20.0, 28.0, 40.0, 40.0, 40.0, 40.0]
                line [20.0, 20.0, 60.0, 80.0, 80.0, 80.0]
            ```

            | Commit | Committed | As at | Complete | Planned | RAG | Realised to date | Target to date | Change |
            | --- | --- | --- | ---: | ---: | --- | ---: | ---: | --- |
            | `\(c[0])` | 31 Jan 2024 | 31 Jan 2024 | 20.0% | 20.0% | red | £8,000 | £10,000 | Riverside Hubs: first plan for the January board |
            | `\(c[1])` | 29 Feb 2024 | 29 Feb 2024 | 28.0% | 20.0% | red | £8,000 | £20,000 | Design agreed on 20 February; planning consent granted |
            | `\(c[2])` | 31 Mar 2024 | 31 Mar 2024 | 40.0% | 60.0% | red | £8,000 | £30,000 | Build forecast moved to 15 May |
            | `\(c[3])` | 15 Apr 2024 | 15 Apr 2024 | 40.0% | 80.0% | red | £8,000 | £35,000 | Risk review: R1 up, R2 closed |
            | `\(c[4])` | 30 Apr 2024 | 30 Apr 2024 | 40.0% | 80.0% | red | £24,000 | £40,000 | February savings confirmed by Finance |
            | `\(c[5])` | 1 May 2024 | 30 Apr 2024 | 40.0% | 80.0% | red | £24,000 | £40,000 | Rename to match the programme's name |


            """)
        #expect(HistorySection.markdown(history).hasPrefix("## Progress over time\n\n_Burn-up of Riverside Hubs"))
    }

    @Test func theChartIsValidMermaid() throws {
        try MermaidXYChart.validate(HistorySection.chart(history))
        // A name that could end a string, start a comment or an entity is reduced to plain words.
        #expect(HistorySection.mermaidText("Phase 3: \"upscale\"; #1 %% done `now`") == "Phase 3 upscale 1 done now")
        #expect(HistorySection.mermaidText("Children's services & health (2024/25)") == "Children's services & health (2024/25)")
    }

    @Test func text() {
        let c = (0..<6).map(riverside.short)
        #expect(HistoryFormat.text.render(history) == """
            Riverside Hubs (programmes/riverside-hubs.yaml): 6 commits, oldest first
            commit   committed    as at        complete  planned  RAG  realised  target   change
            \(c[0])  31 Jan 2024  31 Jan 2024  20.0%     20.0%    red  £8,000    £10,000  Riverside Hubs: first plan for the January board
            \(c[1])  29 Feb 2024  29 Feb 2024  28.0%     20.0%    red  £8,000    £20,000  Design agreed on 20 February; planning consent granted
            \(c[2])  31 Mar 2024  31 Mar 2024  40.0%     60.0%    red  £8,000    £30,000  Build forecast moved to 15 May
            \(c[3])  15 Apr 2024  15 Apr 2024  40.0%     80.0%    red  £8,000    £35,000  Risk review: R1 up, R2 closed
            \(c[4])  30 Apr 2024  30 Apr 2024  40.0%     80.0%    red  £24,000   £40,000  February savings confirmed by Finance
            \(c[5])  1 May 2024   30 Apr 2024  40.0%     80.0%    red  £24,000   £40,000  Rename to match the programme's name

            """)
    }

    @Test func json() throws {
        let text = HistoryFormat.json.render(history)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["path"] as? String == RiversideHistory.newPath)
        #expect(root["programme"] as? [String: String] == ["id": "riverside", "name": "Riverside Hubs"])
        #expect(root["shallow"] as? Bool == false)
        let commits = try #require(root["commits"] as? [[String: Any]])
        #expect(commits.map { $0["commit"] as? String } == riverside.commits)
        #expect(commits[1]["date"] as? String == "2024-02-29")
        #expect(commits[1]["as_of"] as? String == "2024-02-29")
        #expect(commits[1]["percent_complete"] as? Int == 28)
        #expect(commits[1]["planned_percent"] as? Int == 20)
        #expect(commits[1]["rag"] as? String == "red")
        #expect(commits[4]["realised_to_date"] as? Int == 24000)
        #expect(commits[4]["target_to_date"] as? Int == 40000)
        #expect(commits[0]["path"] as? String == RiversideHistory.oldPath)
        #expect(commits[0]["errors"] as? Int == 0)
    }

    @Test func aCommitWithAnErrorKeepsItsRowWithoutFigures() throws {
        let repo = try ScratchRepository()
        try repo.write("p.yaml", "programme: {id: p, name: P, as_of: 2024-01-31}\nmilestones:\n  - {id: m, title: M, due: 2024-13-01}\n")
        try repo.commit("Broken date", at: "2024-01-31T12:00:00Z")
        try repo.write("p.yaml", "programme: {id: p, name: P, as_of: 2024-02-29}\nmilestones:\n  - {id: m, title: M, due: 2024-03-01}\n")
        try repo.commit("Fixed", at: "2024-02-29T12:00:00Z")
        let history = try Waymark.history(of: "p.yaml", directory: repo.root)
        #expect(history.entries.map(\.errors) == [1, 0])
        #expect(history.entries[0].percentComplete == nil)
        #expect(history.entries[1].percentComplete == 0)
        #expect(HistorySection.table(history).contains("| 1 error in the file | — | — | — | — |"))
        // The chart leaves the broken commit out rather than plotting a made-up figure.
        #expect(HistorySection.chart(history).contains("x-axis \"As at\" [\"29 Feb 2024\"]"))
    }

    @Test func historyNeedsOneCommittedFile() throws {
        let repo = try ScratchRepository()
        try repo.write("programmes/p.yaml", "programme: {id: p, name: P}\n")
        try repo.commit("P", at: "2024-01-31T12:00:00Z")
        try repo.write("programmes/new.yaml", "programme: {id: n, name: N}\n")
        #expect(throws: HistoryError.notOneFile("programmes")) {
            try Waymark.history(of: "programmes", directory: repo.root)
        }
        #expect(throws: HistoryError.noHistory(path: "programmes/new.yaml", shallow: false)) {
            try Waymark.history(of: "programmes/new.yaml", directory: repo.root)
        }
    }
}

/// Checks a Mermaid `xychart-beta` block against the grammar (mermaid-js
/// `xychart.jison`): quoted strings hold no `"`, numbers have no exponent, and every
/// line has one value a category. Kept strict: no colons, semicolons, `#` or `%` inside
/// strings either.
enum MermaidXYChart {
    struct Invalid: Error, CustomStringConvertible {
        let description: String
    }

    static func validate(_ markdown: String) throws {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: "```mermaid"), let end = lines[start...].dropFirst().firstIndex(of: "```")
        else { throw Invalid(description: "no mermaid block") }
        let body = Array(lines[(start + 1)..<end])
        guard body.first == "xychart-beta" else { throw Invalid(description: "first line is not xychart-beta") }
        let string = #""[^"\n:;#%`]*""#
        let number = #"[+-]?(?:\d+(?:\.\d+)?|\.\d+)"#
        let patterns = [
            "title": "^    title \(string)$",
            "x-axis": "^    x-axis \(string) \\[\(string)(?:, \(string))*\\]$",
            "y-axis": "^    y-axis \(string) \(number) --> \(number)$",
            "line": "^    line \\[\(number)(?:, \(number))*\\]$",
        ]
        var categories = 0
        for line in body.dropFirst() {
            let keyword = line.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
            guard let pattern = patterns[keyword], line.range(of: pattern, options: .regularExpression) != nil else {
                throw Invalid(description: "not valid xychart-beta: \(line)")
            }
            if keyword == "x-axis" { categories = line.components(separatedBy: "\", \"").count }
            if keyword == "line", line.components(separatedBy: ", ").count != categories {
                throw Invalid(description: "a line's values do not match the \(categories) categories: \(line)")
            }
        }
    }
}
