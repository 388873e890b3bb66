import Foundation
import Testing
@testable import WaymarkKit

/// SPEC 6: each class of bad input a PMO file can hold ends in an error diagnostic at
/// its position, and the good file checked in the same run is still checked.
@Suite struct BadInputTests {
    // MARK: Malformed YAML

    @Test func unterminatedQuote() {
        let run = BesideGood("programme:\n  id: p\n  name: \"Unterminated\nmilestones: []\n")
        #expect(run.positions == ["5:1 yaml-syntax"])
        #expect(run.first?.message.contains("found unexpected end of stream") == true)
        #expect(run.goodWasChecked)
    }

    @Test func tabIndentation() {
        let run = BesideGood("programme:\n\tid: p\n\tname: P\n")
        #expect(run.positions == ["2:1 yaml-syntax"])
        #expect(run.first?.message.hasSuffix("indent with spaces, not tabs") == true)
        #expect(run.goodWasChecked)
    }

    @Test func wrongIndentation() {
        let run = BesideGood("programme:\n  id: p\n   name: P\nmilestones:\n- id: m\n   title: T\n")
        #expect(run.positions == ["3:8 yaml-syntax"])
        #expect(run.goodWasChecked)
    }

    @Test func unclosedFlowList() {
        let run = BesideGood("programme: {id: p, name: P}\nmilestones: [{id: m, title: T, due: 2024-03}\n")
        #expect(run.errors.map(\.code) == [.yamlSyntax])
        #expect(run.first?.location.line != nil)
        #expect(run.goodWasChecked)
    }

    // MARK: Encodings and bytes

    @Test func invalidUTF8AsAWindowsPoundSign() {
        // "£" saved as Windows-1252 (0xA3), as happens when a figure is pasted from a spreadsheet.
        let bytes = Array("programme:\n  id: p\n  name: Budget ".utf8) + [0xA3] + Array("2m\n".utf8)
        let run = BesideGood(bytes)
        #expect(run.positions == ["3:16 yaml-syntax"])
        #expect(run.first?.message.contains("not valid UTF-8") == true)
        #expect(run.first?.message.contains("Windows-1252") == true)
        #expect(run.goodWasChecked)
    }

    @Test func nulByte() {
        let run = BesideGood(Array("programme:\n  id: p\n  na".utf8) + [0] + Array("me: P\n".utf8))
        #expect(run.positions == ["3:5 yaml-syntax"])
        #expect(run.first?.message.contains("NUL byte") == true)
        #expect(run.goodWasChecked)
    }

    @Test func controlCharacter() {
        let run = BesideGood("programme:\n  id: p\n  name: Bell\u{7}\n")
        #expect(run.positions == ["3:13 yaml-syntax"])
        #expect(run.first?.message.contains("U+0007") == true)
        #expect(run.goodWasChecked)
    }

    @Test func utf8ByteOrderMarkIsAcceptedAndPositionsAreUnchanged() {
        let text = "programme: {id: p, name: P, colour: red}\n"
        let plain = BesideGood(text)
        let marked = BesideGood([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(plain.positions == ["1:29 unknown-key"])
        #expect(marked.positions == plain.positions)
        #expect(marked.result.reports.contains { $0.programme.id == "p" })
        #expect(marked.goodWasChecked)
    }

    @Test(arguments: [
        ("UTF-16", [0xFF, 0xFE] + Array("programme:\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
        ("UTF-16", [0xFE, 0xFF] + Array("programme:\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
        ("UTF-16", Array("programme:\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
        ("UTF-16", Array("programme:\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
        ("UTF-32", [0xFF, 0xFE, 0, 0] + Array("p".utf8).flatMap { [$0, 0, 0, 0] }),
        ("UTF-32", Array("pr".utf8).flatMap { [0, 0, 0, $0] }),
    ] as [(String, [UInt8])])
    func wideEncodings(_ encoding: String, _ bytes: [UInt8]) {
        let run = BesideGood(bytes)
        #expect(run.positions == ["1:1 yaml-syntax"])
        #expect(run.first?.message == "the file is saved as \(encoding); save it as UTF-8")
        #expect(run.goodWasChecked)
    }

    // MARK: Not a programme

    @Test(arguments: ["", "\n\n", "# only a comment\n", "---\n"])
    func emptyFile(_ text: String) {
        let run = BesideGood(text)
        #expect(run.errors.count == 1)
        #expect(run.first?.location.line != nil)
        #expect(run.first?.code == (text == "---\n" ? .wrongType : .missingKey))
        #expect(run.goodWasChecked)
    }

    @Test func onlyAScalar() {
        let run = BesideGood("just some text\n")
        #expect(run.positions == ["1:1 wrong-type"])
        #expect(run.first?.message.hasPrefix("the file holds 'just some text', not a programme") == true)
        #expect(run.goodWasChecked)
    }

    @Test func onlyAList() {
        let run = BesideGood("\n- id: m1\n  title: T\n")
        #expect(run.positions == ["2:1 wrong-type"])
        #expect(run.first?.message.hasPrefix("the file holds a list, not a programme") == true)
        #expect(run.goodWasChecked)
    }

    @Test func severalDocuments() {
        let run = BesideGood("programme: {id: p, name: P}\n---\nprogramme: {id: q, name: Q}\n")
        #expect(run.positions == ["2:1 yaml-syntax"])
        #expect(run.first?.message.contains("more than one YAML document") == true)
        #expect(run.goodWasChecked)
    }

    // MARK: Numbers

    @Test(arguments: [
        ("1e309", "out-of-range", "too large to be a figure"),
        ("-1e309", "out-of-range", "too large to be a figure"),
        ("1e16", "out-of-range", "too large to be a figure"),
        ("99999999999999999999", "out-of-range", "too large to be a figure"),
        ("0.0000001", "out-of-range", "too small to be a figure"),
        (".nan", "wrong-type", "YAML's 'not a number'"),
        (".NaN", "wrong-type", "YAML's 'not a number'"),
        (".inf", "wrong-type", "YAML's infinity"),
        ("-.inf", "wrong-type", "YAML's infinity"),
        ("+.Inf", "wrong-type", "YAML's infinity"),
        ("0x1F", "wrong-type", "write numbers in decimal"),
        ("0o17", "wrong-type", "write numbers in decimal"),
        ("1_000", "wrong-type", "without '_' separators"),
        ("0012", "wrong-type", "without leading zeros"),
        ("1:30", "wrong-type", "minutes and seconds"),
        ("1,961,000", "wrong-type", "without thousands separators: 1961000"),
        ("\"1961000\"", "wrong-type", "remove the quotes"),
        ("£1.96m", "wrong-type", "should be a number, not '£1.96m'"),
    ])
    func numbersThatAreNotFigures(_ written: String, _ code: String, _ phrase: String) {
        let run = BesideGood("""
            programme: {id: p, name: P}
            benefits:
              - id: b
                title: B
                unit: GBP
                targets:
                  FY2024-25: \(written)
            """)
        #expect(run.positions == ["7:18 \(code)"])
        #expect(run.first?.message.contains(phrase) == true, "\(run.first?.message ?? "")")
        #expect(run.goodWasChecked)
    }

    // MARK: YAML 1.1 surprises

    @Test func yesNoOnOffAreWordsNotBooleans() {
        let run = BesideGood("""
            programme: {id: p, name: "yes", confidence: yes}
            milestones:
              - {id: m, title: no, due: 2024-03, status: off}
            risks:
              - {id: R1, title: on, status: on}
            dependencies:
              - {id: D1, title: off, status: no}
            """)
        #expect(run.positions == ["1:45 wrong-type", "3:46 wrong-type", "5:33 wrong-type", "7:34 wrong-type"])
        #expect(run.first?.message == "'programme': 'confidence' is 'yes'; it must be one of 'green', 'amber-green', 'amber', 'amber-red', 'red'")
        // Text fields keep the words as written.
        let programme = run.result.reports.first { $0.programme.id == "p" }
        #expect(programme?.programme.milestones.first?.title == "no")
        #expect(programme?.programme.risks.first?.title == "on")
        #expect(run.goodWasChecked)
    }

    @Test func mergeKeyIsRefused() {
        let run = BesideGood("""
            programme: {id: p, name: P}
            defaults: &d {owner: PMO}
            milestones:
              - <<: *d
                id: m
                title: T
                due: 2024-03
            """)
        #expect(run.positions == ["2:1 unknown-key", "4:5 unknown-key"])
        #expect(run.errors.last?.message.contains("merge key '<<'") == true)
        #expect(run.goodWasChecked)
    }

    @Test func timestampsAndSexagesimalsAreNotDates() {
        let run = BesideGood("programme: {id: p, name: P}\nmilestones:\n  - {id: m, title: T, due: 2024-03-31 10:00:00}\n")
        #expect(run.positions == ["3:28 invalid-date"])
        #expect(run.goodWasChecked)
    }
}
