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

    /// Places are kept in 4 bytes when they fit (a key's value within 8,191 lines of the
    /// item and columns, a score of keys), else all the item's in 8: both read back alike,
    /// and items with the same places are equal however their places are kept.
    @Test func narrowAndWidePlacesReadBackAlike() {
        let table = PlaceTable(file: "f.yaml")
        let item = SourceLocation(file: "f.yaml", line: 10, column: 3)
        let names = ["id", "title", "notes"]
        let narrow = ItemLocations(item: item, names: names, given: [(0, 10, 7), (1, 8_201, 8_191)], in: table)
        // 8,192 lines below the item: one place too far, so the item's places are wide.
        let wide = ItemLocations(item: item, names: names, given: [(0, 10, 7), (2, 8_202, 9)], in: table)
        #expect(narrow["id"] == SourceLocation(file: "f.yaml", line: 10, column: 7))
        #expect(narrow["title"] == SourceLocation(file: "f.yaml", line: 8_201, column: 8_191))
        #expect(narrow["notes"] == item)
        #expect(wide["id"] == SourceLocation(file: "f.yaml", line: 10, column: 7))
        #expect(wide["notes"] == SourceLocation(file: "f.yaml", line: 8_202, column: 9))
        #expect(narrow.item == item && wide.item == item)
        let sameAsNarrow = ItemLocations(item: item, keys: ["id": narrow["id"], "title": narrow["title"]])
        #expect(sameAsNarrow == narrow)
        #expect(sameAsNarrow != wide)
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
