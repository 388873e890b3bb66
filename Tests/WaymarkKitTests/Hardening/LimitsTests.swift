import Foundation
import Testing
@testable import WaymarkKit

/// Hostile inputs end in a `too-large` (or other) error quickly instead of exhausting
/// time or memory, and the good file beside them is still checked. Time and memory are
/// measured by `Scripts/measure-hostile.py`, not here: these tests assert only the
/// outcome, which they would not reach if the input were expanded.
@Suite struct LimitsTests {
    /// A "billion laughs": nine levels of nine aliases of the level below, 9^9 "lol"s.
    static let bomb = """
        defs:
          a0: &a0 [lol]
          a1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]
          a2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]
          a3: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]
          a4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]
          a5: &a5 [*a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4]
          a6: &a6 [*a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5]
          a7: &a7 [*a6, *a6, *a6, *a6, *a6, *a6, *a6, *a6, *a6]
          a8: &a8 [*a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7]
          a9: &a9 [*a8, *a8, *a8, *a8, *a8, *a8, *a8, *a8, *a8]

        """

    // MARK: Aliases

    @Test func aliasBombAsAValueIsNotExpanded() {
        let run = BesideGood(Self.bomb + "programme:\n  id: p\n  name: P\n  summary: *a9\n")
        // A mistake in a value reached through an alias is reported where the alias is
        // used: the bomb takes lines 1-11, so 'summary: *a9' is line 15, the alias at column 12.
        #expect(run.positions == ["1:1 unknown-key", "15:12 wrong-type"])
        #expect(run.errors.last?.message == "'programme': 'summary' should be text, not a list")
        #expect(run.goodWasChecked)
    }

    @Test(arguments: [
        ("z:\n  ? *a9\n  : x\n", "13:5"),
        ("z: {[*a9]: x}\n", "12:6"),
        ("z: {*a9 : x}\n", "12:5"),
        ("z:\n  *a9 : x\n", "13:3"),
        ("z:\n  ? - [*a9]\n  : x\n", "13:8"),
    ])
    func aliasBombAsAKeyIsRefusedBeforeAnythingComparesIt(_ tail: String, _ position: String) {
        let run = BesideGood(Self.bomb + tail)
        #expect(run.positions == ["\(position) wrong-type"])
        #expect(run.first?.message == "a mapping key is the alias '*a9'; keys in a programme file are plain names, so write the key out")
        #expect(run.goodWasChecked)
    }

    /// In flow style `*a9:b` is a one-pair mapping with the alias as its key, while the
    /// YAML 1.2 reads `*a9:b` as the alias `a9:b` (once, this hung the loader).
    @Test(arguments: [("z: [x, *a9:b]\n", "12:8"), ("z: [x, *a9:\"b\"]\n", "12:8"), ("z:\n  - *a9 b\n", "13:5")])
    func aliasRunningIntoTheTextAfterItIsRefused(_ tail: String, _ position: String) {
        let run = BesideGood(Self.bomb + tail)
        #expect(run.positions == ["\(position) yaml-syntax"])
        #expect(run.first?.message == "the alias '*a9' runs into the text after it; put a space after it, or quote the text")
        #expect(run.goodWasChecked)
    }

    @Test func aliasOfAScalarAsAKeyIsRefusedToo() {
        let run = BesideGood("a: &k id\nprogramme:\n  *k : p\n  name: P\n")
        #expect(run.positions == ["3:3 wrong-type"])
        #expect(run.goodWasChecked)
    }

    @Test func aliasesAsValuesStillWork() {
        let run = BesideGood("""
            programme: {id: p, name: P, manager: &pm Programme Manager}
            milestones:
              - {id: m1, title: T, due: 2024-06, owner: *pm}
              - {id: m2, title: "a *b", due: 2024-06, owner: *pm, notes: "*not an alias"}
            """)
        #expect(run.errors.isEmpty)
        let milestones = run.result.reports.first { $0.programme.id == "p" }?.programme.milestones
        #expect(milestones?.map(\.owner) == ["Programme Manager", "Programme Manager"])
        #expect(milestones?.last?.title == "a *b")
        #expect(run.goodWasChecked)
    }

    @Test func aliasesNameTheLatestCompleteAnchorBeforeThem() {
        let run = BesideGood("""
            programme: {id: p, name: P, manager: &who First, sro: *who, organisation: &who Second, summary: *who}
            """)
        let programme = run.result.reports.first { $0.programme.id == "p" }?.programme
        #expect(programme?.sro == "First")
        #expect(programme?.summary == "Second")
        #expect(run.goodWasChecked)
    }

    @Test(arguments: [("a: *nowhere\n", "1:4"), ("a: &x [1, *x]\n", "1:11")])
    func aliasWithoutAnAnchorBeforeIt(_ text: String, _ position: String) {
        let run = BesideGood(text)
        #expect(run.positions == ["\(position) yaml-syntax"])
        #expect(run.first?.message.contains("has no anchor") == true)
        #expect(run.goodWasChecked)
    }

    @Test func duplicateKeysInAFileWithAliasesAreStillRecovered() {
        let run = BesideGood("programme:\n  id: p\n  name: P\n  manager: &m M\n  sro: *m\n  name: Q\n")
        #expect(run.positions == ["6:3 duplicate-key"])
        #expect(run.result.reports.first { $0.programme.id == "p" }?.programme.name == "P")
        #expect(run.goodWasChecked)
    }

    @Test func wideAliasExpansionHitsTheWalkBudget() {
        // 200 valid monthly figures, given to 200 benefits twice each through aliases:
        // 160,000 reads from a file of 10 KB, and nothing else wrong with it. (A lower
        // budget than the standard one keeps the test quick; the script measures that.)
        var limits = Limits()
        limits.maxNodesVisited = 20_000
        let months = (0..<200).map { i in "\(1900 + i / 12)-\(i % 12 < 9 ? "0" : "")\(i % 12 + 1): 1" }
        let benefits = (0..<200).map { "  - {id: b\($0), title: T, unit: GBP, targets: *t, actuals: *t}\n" }.joined()
        let run = BesideGood("programme: {id: p, name: P}\nworkstreams: []\nbenefits:\n  - {id: b, title: T, unit: GBP, targets: &t {\(months.joined(separator: ", "))}}\n\(benefits)",
                             limits: limits)
        #expect(run.errors.map(\.code) == [.tooLarge])
        #expect(run.first?.message == "the file expands to more than 20000 YAML nodes (through aliases?); programme files are far smaller")
        #expect(run.goodWasChecked)
    }

    // MARK: Nesting

    @Test(arguments: [
        // libyaml's scanner reads ahead, so a deep flow collection is refused near its start.
        (String(repeating: "[", count: 100_000), "1:1"),
        ("programme: " + String(repeating: "[", count: 1500), "1:13"),
        ("a:\n  " + String(repeating: "- ", count: 1100) + "x\n", "2:1999"),
        (String(repeating: "- ", count: 1100) + "x\n", "1:1999"),
    ])
    func nestingPastLibyamlsLimit(_ text: String, _ position: String) {
        let run = BesideGood(text)
        #expect(run.positions == ["\(position) too-large"])
        #expect(run.first?.message == "the YAML nests deeper than 1,000 levels")
        #expect(run.goodWasChecked)
    }

    @Test func deepBracketsAroundManyItemsAreRefusedBeforeLibyamlSlowsDown() {
        // libyaml's scanner works through all 990 open brackets for every token: 990
        // levels times 21,000 items passes the budget of 20,000,000 (the file is far
        // smaller than 64 bytes for each unit of it), so reading stops with too-large.
        let run = BesideGood(String(repeating: "[", count: 990) + String(repeating: "a,", count: 21_000) + "a"
                             + String(repeating: "]", count: 990) + "\n")
        #expect(run.errors.map(\.code) == [.tooLarge])
        #expect(run.first?.message.hasPrefix("the YAML nests brackets ([ or {) so deeply") == true)
        #expect(run.goodWasChecked)
    }

    @Test func nestingJustInsideTheLimitIsRead() {
        let run = BesideGood(String(repeating: "[", count: 999) + String(repeating: "]", count: 999) + "\n")
        #expect(run.positions == ["1:1 wrong-type"])
        #expect(run.goodWasChecked)
    }

    // MARK: Size

    @Test func fileOverTheSizeLimit() {
        var limits = Limits()
        limits.maxFileBytes = 100
        let run = BesideGood(String(repeating: "#", count: 101), limits: limits)
        #expect(run.positions == ["-:- too-large"])
        #expect(run.first?.message == "the file is more than 100 bytes; a programme file may be at most 100 bytes (real ones are tens of KB), so it is not read")
        #expect(run.goodWasChecked)
    }

    @Test func longLinesNeverMakeLongMessages() {
        let long = String(repeating: "x", count: 60_000)
        let run = BesideGood("""
            programme:
              id: p
              name: P
              \(long): 1
              ? \(long)
              : 2
              summary: "\(long)
            """)
        #expect(run.errors.map(\.code) == [.yamlSyntax])
        #expect(run.errors.allSatisfy { $0.message.count < 300 })
        let unknown = BesideGood("programme:\n  id: p\n  name: P\n  ? \(long)\n  : 2\n")
        #expect(unknown.positions == ["4:5 unknown-key"])
        #expect(unknown.errors.allSatisfy { $0.message.count < 300 })
        #expect(unknown.goodWasChecked)
    }

    @Test func messagesStayOnOneLine() {
        let run = BesideGood("programme:\n  id: p\n  name: P\n  \"col\\nour\\u202E\": red\n")
        #expect(run.first?.message == "'programme' has unknown key 'col\\nour\\u{202E}'; allowed keys are 'id', 'name', 'organisation', 'sro', 'manager', 'start', 'end', 'as_of', 'summary', 'confidence', 'financial_year_start', 'budget', 'currency', 'thresholds'")
        #expect(run.goodWasChecked)
    }

    // MARK: Repetition

    @Test func aKeyRepeatedHundredsOfTimesIsRecoveredInOneRound() {
        let lines = String(repeating: "  name: Q\n", count: 150)
        let run = BesideGood("programme:\n  id: p\n  name: P\n\(lines)  colour: red\n")
        #expect(run.errors.filter { $0.code == .duplicateKey }.count == 150)
        #expect(run.errors.last.map { "\($0.location.line!) \($0.code.rawValue)" } == "154 unknown-key")
        #expect(run.goodWasChecked)
    }

    @Test func tooManyRepeatedKeysStopsTheFile() {
        // 500 repeats of 'name' (lines 4 to 503): the first 200 are reported, and the
        // 201st, on line 204, ends the file.
        let lines = String(repeating: "  name: Q\n", count: 500)
        let run = BesideGood("programme:\n  id: p\n  name: P\n\(lines)")
        #expect(run.errors.count == 201)
        #expect(run.errors.prefix(200).allSatisfy { $0.code == .duplicateKey })
        #expect(run.positions.last == "204:3 too-large")
        #expect(run.errors.last?.message == "this file has more than 200 problems; the rest of it is not checked")
        #expect(run.goodWasChecked)
    }

    @Test func duplicateKeysInAWindowsFile() {
        let run = BesideGood("programme:\r\n  id: p\r\n  name: P\r\n  name: Q\r\nmilestones:\r\n  - id: m\r\n    title: T\r\n    title: U\r\n    due: 2024-13\r\n")
        #expect(run.positions == ["4:3 duplicate-key", "8:5 duplicate-key", "9:10 invalid-date"])
        #expect(run.goodWasChecked)
    }

    @Test func everyRepeatOfManyDistinctKeysIsReportedInOnePass() {
        // k0 ... k99 each twice: k<i> first on line 4 + 2i, again on line 5 + 2i. Each
        // repeat is reported there, and each key (once) as unknown.
        let pairs = (0..<100).map { "  k\($0): 1\n  k\($0): 1\n" }.joined()
        let run = BesideGood("programme:\n  id: p\n  name: P\n\(pairs)")
        let repeats = run.errors.filter { $0.code == .duplicateKey }
        #expect(repeats.count == 100)
        #expect(repeats.last?.location.line == 203)
        #expect(repeats.last?.message == "key 'k99' is given twice in this mapping (first at line 202); the first value is used")
        #expect(run.errors.filter { $0.code == .unknownKey }.count == 100)
        #expect(run.goodWasChecked)
    }

    @Test func errorsPerFileAreCapped() {
        let items = String(repeating: "  - {id: m, title: T, due: 31/03/2024}\n", count: 400)
        let run = BesideGood("programme: {id: p, name: P}\nmilestones:\n\(items)")
        #expect(run.errors.count == Limits.standard.maxDiagnostics + 1)
        #expect(run.errors.last?.code == .tooLarge)
        #expect(run.errors.last?.message == "this file has more than 200 problems; the rest of it is not checked")
        #expect(run.goodWasChecked)
    }

    // MARK: Ids

    @Test func overlongIdsAndReferencesAreRefused() {
        let long = String(repeating: "m", count: 101)
        let run = BesideGood("""
            programme: {id: \(String(repeating: "p", count: 101)), name: P}
            milestones:
              - {id: \(long), title: T, due: 2024-03}
              - {id: ok, title: T, due: 2024-03, depends_on: [\(String(repeating: "x", count: 300))]}
              - {id: "tab\\there", title: T, due: 2024-03}
            """)
        #expect(run.positions == ["1:17 invalid-id", "3:10 invalid-id", "4:51 invalid-id", "5:10 invalid-id"])
        #expect(run.errors.first?.message.hasSuffix("is 101 characters long; an id is at most 100") == true)
        #expect(run.errors.allSatisfy { $0.message.count < 300 })
        #expect(!run.result.reports.contains { $0.programme.name == "P" })
        #expect(run.goodWasChecked)
    }
}
