import Testing
@testable import WaymarkKit

/// A file with many mistakes gets every one of them, each at its own line and column.
@Suite struct ManyMistakesTests {
    static let yaml = """
        programme:
          id: Bad_ID
          name: Many mistakes
          as_of: 2024-03-31
          confidence: purple
          colour: blue
        milestones:
          - id: m1
            title: First
            due: 31/03/2024
            progress: 120
          - id: m2
            due: 2024-05
            weight: 0
            forcast: 2024-06
          - id: m1
            title: Again
            due: 2024-06
            completed: 2024-05-01
            progress: 50
        benefits:
          - id: b1
            title: Savings
            unit: GBP
            targets:
              FY2024-26: 100
            actuals:
              FY2023-24: 1,000
        risks:
          - id: R1
            title: Risk
            likelihood: 7
            impact: "3"
            review_by: soon
        """

    @Test func everyMistakeIsReportedAtItsPosition() {
        let result = Inputs.check(Self.yaml)
        #expect(result.diagnostics.filter { $0.severity == .error }.map {
            "\($0.location.line!):\($0.location.column!) \($0.code.rawValue)"
        } == [
            "2:7 invalid-id",          // Bad_ID
            "5:15 wrong-type",         // purple is not a confidence
            "6:3 unknown-key",         // colour
            "10:10 invalid-date",      // 31/03/2024
            "11:15 out-of-range",      // progress 120
            "12:5 missing-key",        // m2 has no title
            "14:13 out-of-range",      // weight 0
            "15:5 unknown-key",        // forcast
            "16:9 duplicate-id",       // m1 again
            "20:15 inconsistent",      // completed with progress 50
            "26:7 invalid-period",     // FY2024-26
            "28:18 wrong-type",        // 1,000
            "32:17 out-of-range",      // likelihood 7
            "33:13 wrong-type",        // "3" quoted
            "34:16 invalid-date",      // soon
        ])
    }

    @Test func messagesSayWhatIsWrongAndHowToFixIt() {
        let messages = Inputs.check(Self.yaml).diagnostics.map(\.message)
        #expect(messages.contains("milestone 'm2' has unknown key 'forcast'; did you mean 'forecast'?"))
        #expect(messages.contains("the file has unknown key 'colour'; allowed keys are 'programme', 'workstreams', 'milestones', 'benefits', 'risks', 'dependencies'") == false)
        #expect(messages.contains("'programme' has unknown key 'colour'; allowed keys are 'id', 'name', 'organisation', 'sro', 'manager', 'start', 'end', 'as_of', 'summary', 'confidence', 'financial_year_start', 'budget', 'currency', 'thresholds'"))
        #expect(messages.contains("milestone 'm1': 'due' '31/03/2024' is not a date; write YYYY-MM-DD, or YYYY-MM for the end of that month, e.g. 2024-03-31 or 2024-03"))
        #expect(messages.contains("benefit 'b1': 'actuals' for FY2023-24 should be a number without thousands separators: 1000"))
        #expect(messages.contains("risk 'R1': 'impact' should be a number, not the quoted text '3'; remove the quotes"))
        #expect(messages.contains("milestone 'm2' is missing required key 'title'"))
        #expect(messages.contains("'programme': 'confidence' is 'purple'; it must be one of 'green', 'amber-green', 'amber', 'amber-red', 'red'"))
    }

    @Test func otherFilesInTheRunAreStillChecked() {
        let good = header + """
            milestones:
              - id: late
                title: Late
                due: 2024-01
            """
        let result = Inputs.check([("bad.yaml", Self.yaml), ("good.yaml", good)])
        #expect(result.reports.map(\.programme.id).contains("p"))
        #expect(result.diagnostics.contains { $0.location.file == "good.yaml" && $0.code == .overdue })
    }
}
