/// Texts kept end to end in one allocation that does not move or change while the arena lives, handed out as
/// byte buffers. Threads that write the same labels into their rows read them without a reference count: at 10⁶
/// activities two cores retaining and releasing the same label strings took over a second, the counters' cache
/// line going back and forth between them. Whoever uses a buffer keeps the arena alive for that time.
final class TextArena: @unchecked Sendable {
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Where text `i` ends; it starts where text `i - 1` ends.
    private let ends: [Int]

    init(_ texts: [String]) {
        var total = 0
        ends = texts.map { text in
            total += text.utf8.count
            return total
        }
        bytes = .allocate(capacity: max(total, 1))
        var position = 0
        for text in texts {
            for byte in text.utf8 {
                bytes[position] = byte
                position += 1
            }
        }
    }

    deinit { bytes.deallocate() }

    var count: Int { ends.count }

    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = index == 0 ? 0 : ends[index - 1]
        return UnsafeBufferPointer(rebasing: UnsafeBufferPointer(bytes)[start..<ends[index]])
    }

    func string(_ index: Int) -> String { String(decoding: self[index], as: UTF8.self) }
}
