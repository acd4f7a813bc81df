import Foundation

/// Independent pieces of work spread over the cores, each result in its own slot, so that the outcome is the same
/// whatever the order in which the pieces finish.
final class ParallelResults<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    private init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// `work(0)`, …, `work(count - 1)`, on as many threads as there are cores, in index order.
    static func map(_ count: Int, _ work: @Sendable (Int) -> Value) -> [Value] {
        let results = ParallelResults(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let value = work(index)
            results.lock.lock()
            results.slots[index] = value
            results.lock.unlock()
        }
        return results.slots.map { $0! }
    }
}
