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
            return Self.opened(path) { descriptor -> Bool? in
                var buffer = [UInt8](repeating: 0, count: max(size, 1))
                var kept = 0, offset = 0, atEnd = false
                while !atEnd {
                    if kept == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
                    guard let count = Self.read(descriptor, at: offset + kept, into: &buffer, from: kept, count: buffer.count - kept)
                    else { return nil }
                    let filled = kept + count
                    atEnd = filled < buffer.count
                    let used = buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<filled]), offset, atEnd) }
                    buffer.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[used..<filled])) }
                    kept = filled - used
                    offset += used
                }
                return true
            } ?? false
        }
    }

    /// The first `count` bytes (fewer in a shorter file); nil when the file cannot be read.
    func prefix(_ count: Int) -> [UInt8]? {
        switch self {
        case .bytes(let bytes):
            return Array(bytes.prefix(count))
        case .file(let path):
            return Self.opened(path) { descriptor in
                var buffer = [UInt8](repeating: 0, count: count)
                return Self.read(descriptor, at: 0, into: &buffer, from: 0, count: count).map { Array(buffer[..<$0]) }
            }
        }
    }

    /// The bytes of the ranges, one after the other; nil when the file cannot be read.
    func bytes(of ranges: [Range<Int>]) -> [UInt8]? {
        switch self {
        case .bytes(let bytes):
            return ranges.reduce(into: []) { $0 += bytes[$1] }
        case .file(let path):
            return Self.opened(path) { descriptor in
                var result = [UInt8](repeating: 0, count: ranges.reduce(0) { $0 + $1.count })
                var filled = 0
                for range in ranges {
                    guard Self.read(descriptor, at: range.lowerBound, into: &result, from: filled, count: range.count) == range.count
                    else { return nil }
                    filled += range.count
                }
                return result
            }
        }
    }

    /// `body` with the file open for reading; nil when it cannot be opened.
    private static func opened<Result>(_ path: String, _ body: (Int32) -> Result?) -> Result? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return body(descriptor)
    }

    /// Reads `count` bytes from `offset` of the file into `buffer` from `start`: how many there were (fewer at the
    /// end of the file), or nil on an error.
    private static func read(_ descriptor: Int32, at offset: Int, into buffer: inout [UInt8], from start: Int, count: Int) -> Int? {
        var done = 0
        while done < count {
            let read = buffer.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress! + start + done, count - done, off_t(offset + done))
            }
            guard read >= 0 else { return nil }
            if read == 0 { break }
            done += read
        }
        return done
    }
}
