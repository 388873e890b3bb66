import Dispatch

extension Array where Element: Sendable {
    /// `map`, run on every core, with the results in the same order. For independent,
    /// CPU-bound work such as loading the files of a run, or one file at each of many
    /// commits.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let slots = Slots<Result>(count: count)
        defer { slots.free() }
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, transform(self[index]))
        }
        return slots.values()
    }
}

/// One slot a result. Each iteration of `concurrentPerform` writes its own slot only,
/// and the slots are read after every iteration has finished, so no two threads ever
/// touch the same memory: that is why it can be handed to them unchecked.
private struct Slots<Value: Sendable>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    func set(_ index: Int, _ value: Value) { buffer[index] = value }

    func values() -> [Value] { buffer.map { $0! } }

    func free() {
        _ = buffer.deinitialize()
        buffer.deallocate()
    }
}
