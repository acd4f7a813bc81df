import CJemalloc
import CJemallocSettings

/// The process's malloc is jemalloc, linked in through `CJemalloc`: its malloc comes before the C library's. With
/// glibc's malloc a run at 10⁵ activities spent a fifth of its time in malloc's own bookkeeping (merging and
/// searching free lists while libxlsxwriter allocated and freed each cell) and at 10⁶ held a quarter more memory.
public enum MemoryAllocator {
    /// jemalloc's version; `nil` if jemalloc is not linked.
    public static var version: String? {
        var text: UnsafePointer<CChar>?
        var size = MemoryLayout<UnsafePointer<CChar>?>.size
        guard mallctl("version", &text, &size, nil, 0) == 0, let text else { return nil }
        return String(cString: text)
    }

    /// The settings jemalloc started with (`malloc_conf`; `MALLOC_CONF` in the environment adds to them).
    public static var settings: String { String(cString: regioscan_jemalloc_settings()) }

    /// Whether jemalloc took the settings: it runs a background thread that returns freed memory to the system.
    public static var returnsMemoryInTheBackground: Bool {
        var enabled = false
        var size = MemoryLayout<Bool>.size
        return mallctl("background_thread", &enabled, &size, nil, 0) == 0 && enabled
    }

    /// True when the memory that Swift allocates comes from jemalloc (and not only that jemalloc is linked).
    public static var servesThisProcess: Bool {
        guard let before = allocatedByThisThread() else { return false }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        return (allocatedByThisThread() ?? before) >= before + (1 << 20)
    }

    /// Bytes the process has allocated and not freed, and the bytes jemalloc holds in memory for them (freed
    /// memory stays resident until it is returned, about a second later).
    static func statistics() -> (allocated: UInt64, resident: UInt64)? {
        var epoch: UInt64 = 1
        var size = MemoryLayout<UInt64>.size
        guard mallctl("epoch", nil, nil, &epoch, size) == 0 else { return nil }
        var allocated: UInt64 = 0, resident: UInt64 = 0
        guard mallctl("stats.allocated", &allocated, &size, nil, 0) == 0,
              mallctl("stats.resident", &resident, &size, nil, 0) == 0 else { return nil }
        return (allocated, resident)
    }

    private static func allocatedByThisThread() -> UInt64? {
        var bytes: UInt64 = 0
        var size = MemoryLayout<UInt64>.size
        return mallctl("thread.allocated", &bytes, &size, nil, 0) == 0 ? bytes : nil
    }
}
