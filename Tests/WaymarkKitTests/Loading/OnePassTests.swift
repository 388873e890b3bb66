import Testing
@testable import WaymarkKit

/// Issue 14: the YAML is read in one pass over libyaml's events, and no mistake hides
/// or invents another.
@Suite struct OnePassTests {
    @Test func aRepeatedKeyInAFlowMappingDoesNotStopTheFile() {
        let run = BesideGood("""
            programme: {id: p, name: P, name: Q}
            milestones:
              - {id: m1, title: T, due: 2024-13}
            """)
        // 'name' again at column 29 of line 1; the bad month on line 3 ('due: ' ends at column 28).
        #expect(run.positions == ["1:29 duplicate-key", "3:29 invalid-date"])
        #expect(run.first?.message == "key 'name' is given twice in this mapping (first at line 1); the first value is used")
        #expect(run.goodWasChecked)
    }

    @Test func aYAML12ViolationDoesNotStopTheFile() {
        let run = BesideGood("""
            programme:
              id: p
              name: P
              summary: "x"#y
            milestones:
              - {id: m1, title: T, due: 2024-13}
            """)
        // The '#' straight after the closing quote: line 4, column 15.
        #expect(run.positions == ["4:15 yaml-syntax", "6:29 invalid-date"])
        #expect(run.goodWasChecked)
    }

    @Test func aMistakeReachedThroughAnAliasIsReportedAtTheAlias() {
        let run = BesideGood("""
            programme: {id: p, name: P}
            defs:
              - &when 2024-13
            milestones:
              - {id: m1, title: T, due: *when}
            """)
        // 'defs' is an unknown key (2:1); the alias on line 5 starts at column 29.
        #expect(run.positions == ["2:1 unknown-key", "5:29 invalid-date"])
        #expect(run.goodWasChecked)
    }

    @Test func anItemWithABadFieldStillAnswersReferencesToIt() {
        let run = BesideGood("""
            programme: {id: p, name: P}
            milestones:
              - {id: m1, title: T, due: 2024-13}
              - {id: m2, title: U, due: 2024-06, depends_on: [m1]}
            """)
        // Only the bad date: m2's reference to m1 is not also reported as unknown.
        #expect(run.positions == ["3:29 invalid-date"])
        #expect(run.goodWasChecked)
    }

    @Test func aReferenceToAnIdNoItemHasIsStillReported() {
        let run = BesideGood("""
            programme: {id: p, name: P}
            milestones:
              - {id: m2, title: U, due: 2024-06, depends_on: [m9]}
            """)
        #expect(run.errors.map(\.code) == [.unknownReference])
    }

    @Test func everyRepeatInOneMappingIsReportedWithTheFirstLine() {
        let run = BesideGood("programme:\n  id: p\n  name: P\n  name: Q\n  id: q\n  name: R\n")
        #expect(run.positions == ["4:3 duplicate-key", "5:3 duplicate-key", "6:3 duplicate-key"])
        #expect(run.errors.map(\.message).map { $0.contains("(first at line 3)") } == [true, false, true])
        #expect(run.errors[1].message.contains("(first at line 2)"))
        // The first value is kept.
        #expect(run.result.reports.first { $0.programme.id == "p" }?.programme.name == "P")
    }

    @Test func aWideMappingFindsItsRepeatsByHashing() {
        // More keys than are searched one by one: k0...k39, then k5 again on line 44.
        let keys = (0..<40).map { "  k\($0): 1\n" }.joined()
        let run = BesideGood("programme:\n  id: p\n  name: P\n\(keys)  k5: 2\n")
        #expect(run.errors.filter { $0.code == .duplicateKey }.map { "\($0.location.line!)" } == ["44"])
        #expect(run.errors.first { $0.code == .duplicateKey }?.message.contains("(first at line 9)") == true)
    }
}
