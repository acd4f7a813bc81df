import Foundation

/// The bytes of an output's `data/activiteiten.csv`: in memory (an output made in this run), or the file itself,
/// read in windows when it is compared, so that a rerun at 10⁶ activities (450 MB per file) does not hold both
/// files whole.
public enum ActivityData: Sendable {
    case bytes([UInt8])
    case file(String)

    static let windowSize = 4 << 20

    /// Every byte; nil when the file cannot be read.
    func all() -> [UInt8]? {
        switch self {
        case .bytes(let bytes): bytes
        case .file(let path): FileBytes.read(path)
        }
    }

    /// Offers the bytes in consecutive windows: `body` gets a window, the offset of its first byte and whether it
    /// reaches the end, and returns how many of its bytes it used; the rest comes again at the start of the next
    /// window (a window grows when nothing of it could be used). False when the file cannot be read.
    func windows(size: Int = windowSize, _ body: (UnsafeBufferPointer<UInt8>, Int, Bool) -> Int) -> Bool {
        switch self {
        case .bytes(let bytes):
            _ = bytes.withUnsafeBufferPointer { body($0, 0, true) }
            return true
        case .file(let path):
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            var buffer = [UInt8](repeating: 0, count: max(size, 1))
            var kept = 0, offset = 0, atEnd = false
            while !atEnd {
                if kept == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + kept, $0.count - kept) }
                guard count >= 0 else { return false }
                atEnd = count == 0
                let filled = kept + count
                let used = buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<filled]), offset, atEnd) }
                buffer.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[used..<filled])) }
                kept = filled - used
                offset += used
            }
            return true
        }
    }

    /// The first `count` bytes (fewer in a shorter file); nil when the file cannot be read.
    func prefix(_ count: Int) -> [UInt8]? {
        switch self {
        case .bytes(let bytes):
            return Array(bytes.prefix(count))
        case .file(let path):
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            var buffer = [UInt8](repeating: 0, count: count)
            var filled = 0
            while filled < count {
                let read = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, count - filled) }
                guard read >= 0 else { return nil }
                if read == 0 { break }
                filled += read
            }
            return Array(buffer[..<filled])
        }
    }

    /// The bytes of the ranges, one after the other; nil when the file cannot be read.
    func bytes(of ranges: [Range<Int>]) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(ranges.reduce(0) { $0 + $1.count })
        switch self {
        case .bytes(let bytes):
            for range in ranges { result += bytes[range] }
        case .file(let path):
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            for range in ranges {
                let start = result.count
                result += repeatElement(0, count: range.count)
                let count = result.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + start, range.count, off_t(range.lowerBound)) }
                guard count == range.count else { return nil }
            }
        }
        return result
    }
}
