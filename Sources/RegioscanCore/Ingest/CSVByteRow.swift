/// One CSV record as the bytes of its cells end to end, read once by the normaliser: no string per cell, and the
/// same storage from row to row. At 10⁶ rows making, keeping and freeing a string for each of some twenty-five
/// cells cost more than the normaliser's look-ups of them.
///
/// Copies share the storage: a row is read where it is handed over, and the next row takes its place.
struct CSVByteRow: CSVRowStorage {
    var line: Int
    private let storage: Storage

    /// The cells' bytes in one allocation that moves only while a row is being read, so that a cell's bytes can be
    /// handed out while the row is looked at (`unsafeBytes`), without a closure per cell.
    private final class Storage {
        var base: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var count = 0
        /// Where each cell ends; a cell starts where the one before it ends.
        var ends: [Int] = []

        init(capacity: Int) {
            self.capacity = max(capacity, 64)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            if count + bytes.count > capacity {
                var grown = capacity * 2
                while grown < count + bytes.count { grown *= 2 }
                let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
                moved.update(from: base, count: count)
                base.deallocate()
                base = moved
                capacity = grown
            }
            if let start = bytes.baseAddress { (base + count).update(from: start, count: bytes.count) }
            count += bytes.count
            ends.append(count)
        }
    }

    init(line: Int, width: Int) {
        self.line = line
        storage = Storage(capacity: 64 * width)
        storage.ends.reserveCapacity(width)
    }

    var cellCount: Int { storage.ends.count }

    mutating func appendCell(_ cell: UnsafeBufferPointer<UInt8>) {
        storage.append(cell)
    }

    mutating func removeCells(from index: Int) {
        guard index < storage.ends.count else { return }
        storage.ends.removeSubrange(index...)
    }

    mutating func startNext(line: Int) {
        self.line = line
        storage.count = 0
        storage.ends.removeAll(keepingCapacity: true)
    }

    /// A cell's bytes, valid until the row changes (a cell added, or the next row started); empty past the last cell.
    func unsafeBytes(_ index: Int) -> UnsafeBufferPointer<UInt8>? {
        guard index < storage.ends.count else { return UnsafeBufferPointer(start: nil, count: 0) }
        let start = index == 0 ? 0 : storage.ends[index - 1]
        return UnsafeBufferPointer(start: storage.base + start, count: storage.ends[index] - start)
    }

    func withBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        body(unsafeBytes(index)!)
    }

    func string(_ index: Int) -> String {
        String(decoding: unsafeBytes(index)!, as: UTF8.self)
    }

    /// The row with a string per cell (a header, or a row with a cell too long to keep).
    var asRecord: CSVRecord {
        CSVRecord(line: line, cells: (0..<cellCount).map(string))
    }
}
