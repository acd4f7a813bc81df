import Foundation

/// For `REGIOSCAN_TIJDEN=1`: the most memory allocated and resident during each stage, sampled every 20 ms on a
/// thread of its own, so that a benchmark shows which stage sets the peak.
final class MemorySampler: @unchecked Sendable {
    private let lock = NSLock()
    private var allocated: UInt64 = 0
    private var resident: UInt64 = 0
    private var stopped = false

    init() {
        let thread = Thread { [weak self] in
            while let self, self.sample() { Thread.sleep(forTimeInterval: 0.02) }
        }
        thread.start()
    }

    deinit { stop() }

    func stop() {
        lock.withLock { stopped = true }
    }

    /// The peaks since the previous call, in megabytes, and a new start.
    func takePeaks() -> (allocated: Int, resident: Int) {
        _ = sample()
        return lock.withLock {
            defer { allocated = 0; resident = 0 }
            return (Int(allocated >> 20), Int(resident >> 20))
        }
    }

    private func sample() -> Bool {
        let now = MemoryAllocator.statistics()
        return lock.withLock {
            if let now {
                allocated = max(allocated, now.allocated)
                resident = max(resident, now.resident)
            }
            return !stopped
        }
    }
}
