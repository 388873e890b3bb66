import Foundation
import Testing
import WaymarkTestSupport
@testable import WaymarkKit

/// Items of the top-level lists are decoded as soon as libyaml has read them, and their
/// nodes dropped (`ItemDecoder`), on a thread of their own in a large file. Loading must
/// come out exactly as reading the whole tree first would: the same model, and the same
/// diagnostics.
@Suite struct EarlyReadingTests {
    /// The loader as it was before items were read early: the whole tree, then the model.
    private func loadWholeTree(_ bytes: [UInt8], file: String) -> (content: String, diagnostics: [Diagnostic]) {
        let limits = Limits.standard
        guard case let .text(checked, _) = TextChecks.decode(bytes, file: file) else { return ("refused", []) }
        let yaml = YAMLEvents.read(checked, file: file, limits: limits)
        guard yaml.tree != nil else { return ("none", yaml.diagnostics) }
        // Nothing is taken as the file is read, so every item is decoded from the tree.
        let loaded = ProgrammeLoader(limits: limits).decode(yaml, file: file,
                                                            items: ItemDecoder(file: file, limits: limits, inBackground: false))
        return (describe(loaded.content), loaded.diagnostics)
    }

    /// Every field of the content, dictionaries in key order (their own order varies).
    private func describe(_ content: FileContent?) -> String {
        var text = ""
        guard case var .programme(programme) = content else {
            dump(content, to: &text)
            return text
        }
        let broken = programme.brokenItems.sorted { $0.key < $1.key }
        programme.brokenItems = [:]
        dump(programme, to: &text)
        dump(broken, to: &text)
        return text
    }

    private func expectSameAsWholeTree(_ bytes: [UInt8], _ what: String) {
        guard case .text = TextChecks.decode(bytes, file: "f.yaml") else { return }
        let whole = loadWholeTree(bytes, file: "f.yaml")
        // Decoded as each item comes, and on a thread of their own (as a large file is).
        for inBackground in [false, true] {
            let early = ProgrammeLoader().load(bytes: bytes, file: "f.yaml", inBackground: inBackground)
            #expect(early.diagnostics == whole.diagnostics, "\(what), in background: \(inBackground)")
            #expect(describe(early.content) == whole.content || (early.content == nil && whole.content == "none"),
                    "\(what), in background: \(inBackground)")
        }
    }

    @Test func everyFixtureAndRealProgrammeLoadsAsFromTheWholeTree() throws {
        let folders = ["programmes", "Tests/WaymarkKitTests/Fixtures/valid", "Tests/WaymarkKitTests/Fixtures/invalid",
                       "Tests/WaymarkKitTests/Fixtures/highlight", "Tests/WaymarkKitTests/Fixtures/pack",
                       "Tests/WaymarkKitTests/Fixtures/programmes"]
        var files = 0
        for folder in folders {
            let url = repositoryRoot.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where name.hasSuffix(".yaml") {
                expectSameAsWholeTree(try [UInt8](Data(contentsOf: url.appendingPathComponent(name))), "\(folder)/\(name)")
                files += 1
            }
        }
        #expect(files > 50)
    }

    /// Several batches for the background thread (a batch is 8,192 nodes; each item
    /// here is 7: its mapping and three keys with their values), with mistakes spread
    /// through them and a repeated id at the end.
    @Test func aLongListLoadsAsFromTheWholeTree() {
        var text = "programme: {id: p, name: P}\nmilestones:\n"
        for i in 0..<3_000 {
            text += "  - {id: m\(i), title: Milestone \(i), due: \(i % 97 == 0 ? "2024-13" : "2024-12-31")}\n"
        }
        text += "risks:\n  - {id: m5, title: Same id as a milestone}\n"
        expectSameAsWholeTree(Array(text.utf8), "a long list")
        let loaded = ProgrammeLoader().load(bytes: Array(text.utf8), file: "f.yaml", inBackground: true)
        // A month of 13 on every 97th milestone: 0, 97, ... 2,910, 31 of them; then the repeat.
        #expect(loaded.diagnostics.map(\.code.rawValue) == Array(repeating: "invalid-date", count: 31) + ["duplicate-id"])
        guard case let .programme(programme) = loaded.content else {
            Issue.record("no programme")
            return
        }
        #expect(programme.milestones.count == 2_969)
    }

    /// Past the file's limit of problems, items are taken but no longer decoded: the
    /// problems reported, and where reading stops, are as from the whole tree.
    @Test func aListWithMoreProblemsThanTheLimitLoadsAsFromTheWholeTree() {
        // Each empty item lacks its id, title and due date: three problems an item.
        let text = "programme: {id: p, name: P}\nmilestones:\n" + String(repeating: "  - {}\n", count: 2_000)
        expectSameAsWholeTree(Array(text.utf8), "two thousand empty items")
        let loaded = ProgrammeLoader().load(bytes: Array(text.utf8), file: "f.yaml", inBackground: true)
        // 200 problems are reported (the standard limit), then the limit itself where the
        // 201st would be: item 67's third (3 x 67 = 201), on line 67 + 2 = 69.
        #expect(Limits.standard.maxDiagnostics == 200)
        #expect(loaded.diagnostics.count == 201)
        #expect(loaded.diagnostics.last?.code == .tooLarge)
        #expect(loaded.diagnostics.last?.location.line == 69)
    }

    @Test func mutantsLoadAsFromTheWholeTree() {
        var random = SplitMix64(seed: 14)
        for round in 0..<300 {
            let mutant = MutationTests.mutate(MutationTests.seeds[round % MutationTests.seeds.count], &random)
            expectSameAsWholeTree(mutant, "mutant \(round)")
        }
    }

    /// Items with an anchor or an alias are decoded in the whole tree, the others around
    /// them as small trees of their own (on the other thread): still in file order, so an
    /// id repeated across lists is reported where it repeats.
    @Test func itemsReadEarlyAndItemsHoldingAnAliasMix() {
        let text = """
            milestones:
              - {title: No id first, due: 2024-13}
              - id: m1
                title: &t Shared title
                due: 2024-01-31
              - id: m2
                title: *t
                due: 2024-02-30
              - {id: r1, titel: Typo, due: 2024-03-31}
            risks:
              - {id: m1, title: Same id as a milestone, likelihood: 6}
            workstreams:
              - {id: w1, name: W, lead: [not, text]}
            programme: {id: p, name: P}
            """
        expectSameAsWholeTree(Array(text.utf8), "mixed")
        let loaded = ProgrammeLoader().load(bytes: Array(text.utf8), file: "f.yaml", inBackground: true)
        // Worked by hand, in file order: the repeated id at the risk, the later of the two.
        #expect(loaded.diagnostics.map { "\($0.location.line ?? 0):\($0.location.column ?? 0) \($0.code.rawValue)" } == [
            "2:5 missing-key", "2:31 invalid-date",
            "8:10 invalid-date",
            "9:5 missing-key", "9:14 unknown-key",
            "11:10 duplicate-id", "11:57 out-of-range",
            "13:29 wrong-type",
        ])
        guard case let .programme(programme) = loaded.content else {
            Issue.record("no programme")
            return
        }
        #expect(programme.milestones.map(\.id) == ["m1"])
        #expect(programme.milestones.first?.title == "Shared title")
    }

    /// An id given twice is reported at the item given later in the file, naming the
    /// earlier one, whichever lists the two are in.
    @Test func aRepeatedIdIsReportedWhereItRepeatsInTheFile() {
        let text = """
            programme: {id: p, name: P}
            milestones:
              - {id: x, title: First, due: 2024-01-31}
            workstreams:
              - {id: x, name: Second}
            """
        let loaded = ProgrammeLoader().load(bytes: Array(text.utf8), file: "f.yaml")
        #expect(loaded.diagnostics.map(\.description) == [
            "f.yaml:5:10: error: workstream id 'x' is already used by a milestone at line 3; ids are unique across all lists of a programme [duplicate-id]",
        ])
    }

    /// The items have a reader of their own: past the limit of problems in them, the
    /// programme's own mistakes (at the top of the file) are still reported.
    @Test func theHeadersMistakesOutliveTheItemsLimit() {
        let text = "programme: {id: P!, name: P}\nmilestones:\n" + String(repeating: "  - {}\n", count: 100)
        let loaded = ProgrammeLoader().load(bytes: Array(text.utf8), file: "f.yaml")
        // The first 200 problems in file order, then the limit where the 201st is: the id on
        // line 1, then three an item from line 3, so the 201st is item 67's second
        // (1 + 3 x 66 + 2 = 201), on line 67 + 2 = 69.
        #expect(loaded.diagnostics.first?.code == .invalidId)
        #expect(loaded.diagnostics.first?.location.line == 1)
        #expect(loaded.diagnostics.count == 201)
        #expect(loaded.diagnostics.last?.code == .tooLarge)
        #expect(loaded.diagnostics.last?.location.line == 69)
    }

    /// A portfolio file has no lists: one holding a list of milestones gets the unknown
    /// key, and nothing about the items in it.
    @Test func aPortfoliosListIsNotRead() {
        let text = """
            portfolio: {name: All}
            milestones:
              - {id: m1}
            """
        let loaded = ProgrammeLoader().load(bytes: Array(text.utf8), file: "f.yaml")
        #expect(loaded.diagnostics.map(\.code) == [.unknownKey])
        #expect(loaded.diagnostics.first?.location.line == 2)
    }

    /// A list with an anchor keeps its items in the tree, so an alias that repeats the
    /// list elsewhere repeats its items too, and each is read again there.
    @Test func anAnchoredListIsRepeatedWhole() {
        let text = """
            programme: {id: p, name: P}
            milestones: &all
              - {id: m1, title: T, due: 2024-01-31}
            risks: *all
            """
        expectSameAsWholeTree(Array(text.utf8), "an anchored list")
        let loaded = ProgrammeLoader().load(bytes: Array(text.utf8), file: "f.yaml", inBackground: true)
        // Read as a risk, the milestone has a key risks lack, and its id is taken.
        #expect(loaded.diagnostics.map { "\($0.location.line ?? 0):\($0.location.column ?? 0) \($0.code.rawValue)" } == [
            "4:8 duplicate-id", "4:8 unknown-key",
        ])
    }
}
