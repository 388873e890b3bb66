import Testing
@testable import WaymarkKit

/// `ItemLocations` packs each key's place into 8 bytes: every line and column a file
/// of up to 64 MiB can have must come back as given.
@Suite struct ItemLocationsTests {
    @Test func eachKeyComesBackWhereItWasGiven() {
        let item = SourceLocation(file: "big.yaml", line: 3, column: 5)
        // 64 MiB of one-byte characters: at most 67,108,864 lines, or columns on a line.
        let locations = ItemLocations(item: item, keys: [
            "due": SourceLocation(file: "big.yaml", line: 67_108_864, column: 1),
            "title": SourceLocation(file: "big.yaml", line: 4, column: 67_108_864),
            "id": SourceLocation(file: "big.yaml", line: 3, column: 9),
        ])
        #expect(locations["due"] == SourceLocation(file: "big.yaml", line: 67_108_864, column: 1))
        #expect(locations["title"] == SourceLocation(file: "big.yaml", line: 4, column: 67_108_864))
        #expect(locations["id"] == SourceLocation(file: "big.yaml", line: 3, column: 9))
        // A key not given points at the item.
        #expect(locations["owner"] == item)
        #expect(locations.keys.count == 3)
    }

    @Test func theLoaderRecordsEachKeysValue() {
        let loaded = ProgrammeLoader().load(bytes: Array("""
            programme: {id: p, name: P}
            milestones:
              - id: m1
                title: First
                due:    2024-12-31
            """.utf8), file: "f.yaml")
        guard case let .programme(programme) = loaded.content, let milestone = programme.milestones.first else {
            Issue.record("no milestone")
            return
        }
        // 'due:' and four spaces: the date starts at column 13 of line 5.
        #expect(milestone.locations["due"] == SourceLocation(file: "f.yaml", line: 5, column: 13))
        #expect(milestone.locations["title"] == SourceLocation(file: "f.yaml", line: 4, column: 12))
        // The item's mapping starts at its first key, after '  - ': column 5 of line 3.
        #expect(milestone.locations.item == SourceLocation(file: "f.yaml", line: 3, column: 5))
    }
}
