/// Where each id is in a list of items, the first of a repeated id: what a
/// `[String: Int]` would give, in a fifth of the memory.
///
/// A dictionary stores every key and an 8-byte value in a table kept a quarter empty:
/// for a programme of 100,000 milestones, 6 MB beside the milestones themselves. This
/// keeps only 4-byte positions in an open-addressed table (linear probing, at most half
/// full) and compares a looked-up id with the id of the item at the position found, so
/// it needs the items' ids each time it is asked.
struct PositionIndex: Sendable {
    /// Position + 1 of an item whose id hashes to the slot (or probes on to it); 0 is empty.
    private let slots: [Int32]

    /// - Parameter ids: the id of each item, by position.
    init(count: Int, ids: (Int) -> String) {
        var capacity = 1
        while capacity < 2 * count { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        for position in 0..<count {
            let id = ids(position)
            var slot = id.hashValue & (capacity - 1)
            while slots[slot] != 0 {
                // Taken by the same id: the first keeps it.
                if ids(Int(slots[slot]) - 1) == id { break }
                slot = (slot + 1) & (capacity - 1)
            }
            if slots[slot] == 0 { slots[slot] = Int32(position + 1) }
        }
        self.slots = slots
    }

    /// The position of the first item with `id`, given the same `ids` as when made.
    func position(of id: String, ids: (Int) -> String) -> Int? {
        let mask = slots.count - 1
        var slot = id.hashValue & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if ids(position) == id { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
