import Foundation

/// The output jobs still to start and the results of the finished ones, behind one lock (`OutputJobs`).
final class OutputJobQueue: @unchecked Sendable {
    private let order: [Int]
    private var started = 0
    private var failed = false
    private var finished: [Int: Result<[Diagnostic], Error>] = [:]
    private let lock = NSLock()

    init(order: [Int]) {
        self.order = order
    }

    /// The next job to run, or nil when every job has started; after a failure no new job starts.
    func next() -> Int? {
        lock.withLock {
            guard started < order.count, !failed else { return nil }
            started += 1
            return order[started - 1]
        }
    }

    /// Starts no further job (the run failed elsewhere); the running ones finish.
    func cancel() {
        lock.withLock { failed = true }
    }

    func finish(_ index: Int, _ result: Result<[Diagnostic], Error>) {
        lock.withLock {
            finished[index] = result
            if case .failure = result { failed = true }
        }
    }

    /// In job order; the first failure (in job order) is thrown by the caller.
    func results(count: Int) -> [Result<[Diagnostic], Error>] {
        lock.withLock { (0..<count).compactMap { finished[$0] } }
    }
}
