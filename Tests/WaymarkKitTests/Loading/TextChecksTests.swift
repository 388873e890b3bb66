import Testing
@testable import WaymarkKit

/// `TextChecks` tells the parser whether a file is all ASCII, so positions are found
/// without counting characters; a wrong "yes" would put every later position wrong.
@Suite struct TextChecksTests {
    private func isASCII(_ bytes: [UInt8]) -> Bool? {
        guard case let .text(_, isASCII) = TextChecks.decode(bytes, file: "f.yaml") else { return nil }
        return isASCII
    }

    @Test func saysWhetherEveryCharacterIsASCII() {
        #expect(isASCII(Array("programme: {id: p, name: P}\r\n".utf8)) == true)
        // A byte-order mark is dropped, so it does not count.
        #expect(isASCII([0xEF, 0xBB, 0xBF] + Array("a: b\n".utf8)) == true)
        // One accented letter after a carriage return, past the fast start.
        #expect(isASCII(Array("a: b\r\nc: café\n".utf8)) == false)
        #expect(isASCII(Array("é".utf8)) == false)
        #expect(isASCII([]) == true)
    }

    @Test func positionsAfterNonASCIITextCountCharacters() {
        // 'é' is two bytes but one column: the bad date starts at column 37 of line 2, not 38.
        let loaded = ProgrammeLoader().load(bytes: Array("""
            programme: {id: p, name: P}
            milestones: [{title: é, id: m, due: 2024-13-01}]
            """.utf8), file: "f.yaml")
        #expect(loaded.diagnostics.map(\.location) == [SourceLocation(file: "f.yaml", line: 2, column: 37)])
    }
}
