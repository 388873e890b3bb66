import Dispatch

/// Items of the top-level lists decoded as the parser reads them (see
/// `YAMLEvents.ItemReader`), each with the mistakes found in it. `FileDecoder.items`
/// takes them in list order, so the messages, and which of two items with one id is
/// reported, come out exactly as if the items were read from a whole tree.
///
/// In a large file the items are decoded on a thread of their own while libyaml reads
/// on: each item arrives as a small tree of its own, so the two threads share only the
/// queue between them, and the lists are read only once `finish` has waited for it.
/// Parsing and decoding take about the same time, so this halves a large file's load.
final class EarlyItems: @unchecked Sendable {
    var workstreams = EarlyList<Workstream>()
    var milestones = EarlyList<Milestone>()
    var benefits = EarlyList<Benefit>()
    var risks = EarlyList<Risk>()
    var dependencies = EarlyList<Dependency>()
    var funding = EarlyList<FundingLine>()
    var issues = EarlyList<Issue>()
    var decisions = EarlyList<Decision>()

    /// A reader of its own, so the items' mistakes can be reported later in list order.
    private let decoder: FileDecoder
    /// For each of `FileDecoder.listKeys`, how many of its items have been taken.
    private var taken = [Int32](repeating: 0, count: FileDecoder.listKeys.count)
    /// Where items are decoded in a large file; nil to decode each as it comes.
    private let background: DispatchQueue?
    /// Items waiting to be sent to `background`, a batch at a time: a batch is sent
    /// once it holds 8,192 nodes, so that handing it over costs little beside decoding
    /// it, whether its items are milestones of twenty nodes or a million lone numbers.
    private var batch: [(list: Int, index: Int, item: YAMLTree)] = []
    private var batchNodes = 0
    /// Batches sent and not yet decoded, at most 8: the parser waits rather than pile
    /// up items faster than they are decoded.
    private let inFlight = DispatchSemaphore(value: 8)
    private var finished = false

    init(file: String, limits: Limits, inBackground: Bool) {
        decoder = FileDecoder(reader: NodeReader(file: file, limits: limits))
        background = inBackground ? DispatchQueue(label: "waymark.early-items") : nil
    }

    /// A `YAMLEvents.ItemReader`: takes the item, giving it its place among the items
    /// of its list; nil for a list this is not.
    func read(list: String, index: Int, item: YAMLTree) -> Int32? {
        guard let slot = FileDecoder.listKeys.firstIndex(of: list) else { return nil }
        let number = taken[slot]
        taken[slot] += 1
        guard background != nil else {
            decode(slot, index, item)
            return number
        }
        batch.append((slot, index, item))
        batchNodes += item.entries.count
        if batchNodes >= 8_192 { send() }
        return number
    }

    /// Hands over the items of one list, and lets them go here.
    func take<T>(_ list: ReferenceWritableKeyPath<EarlyItems, EarlyList<T>>) -> EarlyList<T> {
        finish()
        defer { self[keyPath: list] = EarlyList() }
        return self[keyPath: list]
    }

    private func send() {
        guard let background, !batch.isEmpty else { return }
        let items = batch
        batch = []
        batchNodes = 0
        inFlight.wait()
        background.async {
            for (slot, index, item) in items { self.decode(slot, index, item) }
            self.inFlight.signal()
        }
    }

    /// Waits until every item taken is decoded.
    private func finish() {
        guard !finished else { return }
        finished = true
        send()
        background?.sync {}
    }

    private func decode(_ slot: Int, _ index: Int, _ tree: YAMLTree) {
        tree.withRoot { node in
            guard let node else { return }
            switch FileDecoder.listKeys[slot] {
            case "workstreams": read(node, index, FileDecoder.workstreams, into: &workstreams)
            case "milestones": read(node, index, FileDecoder.milestones, into: &milestones)
            case "benefits": read(node, index, FileDecoder.benefits, into: &benefits)
            case "risks": read(node, index, FileDecoder.risks, into: &risks)
            case "dependencies": read(node, index, FileDecoder.dependencies, into: &dependencies)
            case "funding": read(node, index, FileDecoder.funding, into: &funding)
            case "issues": read(node, index, FileDecoder.issues, into: &issues)
            case "decisions": read(node, index, FileDecoder.decisions, into: &decisions)
            default: break
            }
        }
    }

    private func read<T>(_ node: Node, _ index: Int, _ list: ItemList<T>, into early: inout EarlyList<T>) {
        guard early.diagnosticsKept <= decoder.reader.limits.maxDiagnostics else {
            early.count += 1
            return
        }
        var beforeID: Int?
        var (item, value) = decoder.readItem(node, index: index, list) { _, _ in beforeID = decoder.reader.diagnostics.count }
        item.diagnostics = decoder.reader.takeDiagnostics()
        item.beforeID = beforeID ?? item.diagnostics.count
        if let value { early.values.append(value) }
        if value == nil || !item.diagnostics.isEmpty { early.exceptions[early.count] = item }
        early.diagnosticsKept += item.diagnostics.count
        early.count += 1
    }
}
