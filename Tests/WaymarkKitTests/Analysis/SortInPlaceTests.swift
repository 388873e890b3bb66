import Testing
@testable import WaymarkKit

/// `Waymark.sortInPlace` must order a list exactly as `sorted()` does, equal elements
/// in their first order, for any permutation: it orders the check's findings and
/// diagnostics, which packs and JSON print in that order.
@Suite struct SortInPlaceTests {
    /// Ordered by `key` alone; `tag` tells apart elements that sort alike.
    private struct Element: Comparable {
        let key: Int
        let tag: Int
        static func < (lhs: Element, rhs: Element) -> Bool { lhs.key < rhs.key }
        static func == (lhs: Element, rhs: Element) -> Bool { lhs.key == rhs.key }
    }

    @Test func ordersAsSortedDoesKeepingEqualElementsInOrder() {
        for seed in 1...200 as ClosedRange<UInt64> {
            var random = SplitMix64(seed: seed)
            let count = Int(random.next() % 300)
            // Keys from a small range, so most lists hold runs of equal elements.
            let keys = Int(random.next() % 20) + 1
            var list = (0..<count).map { Element(key: Int(random.next() % UInt64(keys)), tag: $0) }
            let expected = list.sorted()
            Waymark.sortInPlace(&list)
            #expect(list.map(\.tag) == expected.map(\.tag), "seed \(seed)")
        }
    }

    @Test func handlesTheEmptyListAndCyclesByHand() {
        var empty: [Int] = []
        Waymark.sortInPlace(&empty)
        #expect(empty.isEmpty)
        // 3 1 2 is one cycle of three; 5 4 is a cycle of two; 6 stays in place.
        var list = [3, 1, 2, 5, 4, 6]
        Waymark.sortInPlace(&list)
        #expect(list == [1, 2, 3, 4, 5, 6])
    }
}
