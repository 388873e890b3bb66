import Testing
@testable import WaymarkKit

/// The milestone index answers as a `[String: Int]` keeping the first of a repeated id
/// would: worked by hand for a short list, and checked against a dictionary for a list
/// long enough that ids share slots of the table.
struct PositionIndexTests {
    @Test func firstOfARepeatedIdAndMissingIds() {
        // Positions: m1 0, m2 1, m1 2 (a repeat: 0 is kept), m3 3.
        let ids = ["m1", "m2", "m1", "m3"]
        let index = PositionIndex(count: ids.count) { ids[$0] }
        #expect(index.position(of: "m1") { ids[$0] } == 0)
        #expect(index.position(of: "m2") { ids[$0] } == 1)
        #expect(index.position(of: "m3") { ids[$0] } == 3)
        #expect(index.position(of: "m4") { ids[$0] } == nil)
        #expect(index.position(of: "") { ids[$0] } == nil)
    }

    @Test func emptyList() {
        let index = PositionIndex(count: 0) { _ in "" }
        #expect(index.position(of: "m1") { _ in "" } == nil)
    }

    @Test func agreesWithADictionaryOnManyIds() {
        // Every id twice (the second copy later in the list), so each must give its first place.
        let ids = (0..<5000).map { "m\($0 % 2500)" }
        let index = PositionIndex(count: ids.count) { ids[$0] }
        let expected = Dictionary(ids.enumerated().map { ($1, $0) }) { first, _ in first }
        for (id, position) in expected {
            #expect(index.position(of: id) { ids[$0] } == position)
        }
        #expect(index.position(of: "m2500") { ids[$0] } == nil)
    }
}
