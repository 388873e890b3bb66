import Dispatch

/// Decodes the items of a programme's top-level lists in file order, each the moment
/// the parser has read it (see `YAMLEvents.ItemReader`), so that a large file never
/// holds all its nodes at once. Ids share one namespace across the lists (SPEC 1):
/// they are checked here, where even items too broken to keep are seen, so a repeated
/// id is never missed and is reported where it repeats.
///
/// In a large file the items are decoded on a thread of their own while libyaml reads
/// on: each arrives as a small tree of its own, so the two threads share only the queue
/// between them, and nothing here is read until `finish` has waited for it. Parsing and
/// decoding take about the same time, so this halves a large file's load.
final class ItemDecoder: @unchecked Sendable {
    /// The lists so far; the rest of the programme is read once the file is.
    private(set) var lists = Programme(id: "", name: "", locations: ItemLocations(item: SourceLocation(file: "")))
    private(set) var ids: [String: IDUse] = [:]
    /// Reads the items, with a budget of mistakes of their own (see `FileDecoder.decode`).
    var reader: NodeReader { decoder.reader }
    private let decoder: FileDecoder
    /// For each of `FileDecoder.listKeys`, how many of its items have been taken.
    private var taken = [Int](repeating: 0, count: FileDecoder.listKeys.count)
    /// Where items are decoded in a large file; nil to decode each as it comes.
    private let background: DispatchQueue?
    /// Items waiting to be sent to `background`, a batch at a time: a batch is sent
    /// once it holds 8,192 nodes, so that handing it over costs little beside decoding
    /// it, whether its items are milestones of twenty nodes or a million lone numbers.
    private var batch: [(slot: Int, index: Int, item: YAMLTree)] = []
    private var batchNodes = 0
    /// Batches sent and not yet decoded, at most 8: the parser waits rather than pile
    /// up items faster than they are decoded.
    private let inFlight = DispatchSemaphore(value: 8)

    init(file: String, limits: Limits, inBackground: Bool) {
        decoder = FileDecoder(reader: NodeReader(file: file, limits: limits))
        background = inBackground ? DispatchQueue(label: "waymark.items") : nil
    }

    /// A `YAMLEvents.ItemReader`: takes the item when `list` is one of a programme's
    /// lists. With `now` (an item holding an alias or an anchor, lent in the file's
    /// whole tree) it is decoded at once, on this thread, after the items before it.
    func read(list: String, item: YAMLTree, now: Bool) -> Bool {
        guard let slot = FileDecoder.listKeys.firstIndex(of: list) else { return false }
        let index = taken[slot]
        taken[slot] += 1
        guard background != nil, !now else {
            finish()
            item.withRoot { $0.map { decode(slot, $0, index: index) } }
            return true
        }
        batch.append((slot, index, item))
        batchNodes += item.entries.count
        if batchNodes >= 8_192 { send() }
        return true
    }

    /// Decodes the items of each list that are still in the file's tree: those of a
    /// list with an anchor or written as an alias, or every item when none was taken
    /// as the file was read.
    func decodeRest(of top: Fields) {
        finish()
        for (slot, key) in FileDecoder.listKeys.enumerated() {
            for (index, node) in (top.list(key) ?? []).enumerated() { decode(slot, node, index: index) }
        }
    }

    /// Moves the lists into `programme`, keeping no copy here (a list still shared would
    /// be copied whole by the programme's first change to it).
    func moveLists(into programme: inout Programme) {
        swap(&programme.workstreams, &lists.workstreams)
        swap(&programme.milestones, &lists.milestones)
        swap(&programme.benefits, &lists.benefits)
        swap(&programme.risks, &lists.risks)
        swap(&programme.dependencies, &lists.dependencies)
        swap(&programme.funding, &lists.funding)
        swap(&programme.issues, &lists.issues)
        swap(&programme.decisions, &lists.decisions)
    }

    /// Waits until every item taken is decoded.
    func finish() {
        send()
        background?.sync {}
    }

    private func send() {
        guard let background, !batch.isEmpty else { return }
        let items = batch
        batch = []
        batchNodes = 0
        inFlight.wait()
        background.async {
            for (slot, index, item) in items { item.withRoot { $0.map { self.decode(slot, $0, index: index) } } }
            self.inFlight.signal()
        }
    }

    private func decode(_ slot: Int, _ node: Node, index: Int) {
        switch slot {
        case 0: decode(node, index, FileDecoder.workstreams)
        case 1: decode(node, index, FileDecoder.milestones)
        case 2: decode(node, index, FileDecoder.benefits)
        case 3: decode(node, index, FileDecoder.risks)
        case 4: decode(node, index, FileDecoder.dependencies)
        case 5: decode(node, index, FileDecoder.funding)
        case 6: decode(node, index, FileDecoder.issues)
        default: decode(node, index, FileDecoder.decisions)
        }
    }

    /// One item, kept when usable. Past the file's limit of problems items are taken
    /// but no longer decoded: a file of a million broken items is not read to its end.
    private func decode<T: ListItem>(_ node: Node, _ index: Int, _ list: ItemList<T>) {
        guard !reader.exhausted else { return }
        let (id, value) = decoder.readItem(node, index: index, list)
        if let (id, location) = id {
            if let first = ids[id] {
                reader.report(.error(.duplicateId,
                    "\(list.kind) id '\(NodeReader.clip(id))' is already used by a \(first.kind) at line \(first.line); ids are unique across all lists of a programme",
                    at: location))
                if value != nil { ids[id]?.kept = true }
            } else {
                ids[id] = IDUse(kind: list.kind, line: location.line ?? 0, kept: value != nil)
            }
        }
        if let value { lists[keyPath: list.path].append(value) }
    }
}
