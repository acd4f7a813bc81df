import Foundation

/// Values found by a text and a small tag (a column), the text compared by its bytes: the normaliser's caches
/// of cells. Swift's `Dictionary` hashed each text with SipHash through `Hasher` and compared it as Unicode;
/// with some twenty lookups per row this table's multiply-and-shift hash over eight bytes at a time took half the
/// time at 10⁶ rows. The hash has a seed per process, so that no delivery can be made to collide on purpose; only
/// the speed depends on it, never an output.
///
/// Texts that are equal as Unicode but not in bytes (a composed and a decomposed "é") are different keys.
struct TextTable<Value> {
    private(set) var keys: [String] = []
    private var tags: [UInt8] = []
    private var hashes: [UInt64] = []
    private(set) var values: [Value] = []
    /// Open addressing: an entry's number, or -1.
    private var slots: [Int32] = []
    private let seed = TextTableSeed.value

    var count: Int { keys.count }

    /// The entry of a text under a tag, if it has one.
    func find(_ text: String, tag: UInt8 = 0) -> Int? {
        guard !slots.isEmpty else { return nil }
        return Self.withBytes(text) { find($0, tag: tag) }
    }

    /// The same for a text's UTF-8 bytes (a cell as read), without a string.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, tag: UInt8 = 0) -> Int? {
        guard !slots.isEmpty else { return nil }
        let hash = hash(bytes, tag: tag)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] >= 0 {
            let entry = Int(slots[slot])
            if hashes[entry] == hash, tags[entry] == tag, Self.equal(keys[entry], bytes) { return entry }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Adds an entry for a text that has none; returns its number.
    @discardableResult
    mutating func insert(_ text: String, tag: UInt8 = 0, value: Value) -> Int {
        if (keys.count + 1) * 2 > slots.count { grow() }
        let hash = Self.withBytes(text) { bytes -> UInt64 in self.hash(bytes, tag: tag) }
        keys.append(text)
        tags.append(tag)
        hashes.append(hash)
        values.append(value)
        place(keys.count - 1, hash: hash)
        return keys.count - 1
    }

    private mutating func place(_ entry: Int, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = Int32(entry)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: max(64, slots.count * 2))
        for entry in hashes.indices { place(entry, hash: hashes[entry]) }
    }

    // MARK: Bytes

    private static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    private static func equal(_ key: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        withBytes(key) { stored in
            stored.count == bytes.count && (bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
    }

    /// Eight bytes at a time, each word mixed in by a multiply; the length, tag and seed go in first, and the
    /// end is mixed once more (the finaliser of MurmurHash3), so that the low bits the slots use depend on all.
    private func hash(_ bytes: UnsafeBufferPointer<UInt8>, tag: UInt8) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = seed ^ (UInt64(bytes.count) << 8 | UInt64(tag)) &* multiplier
        var offset = 0
        var tail: UInt64 = 0
        // An empty text hashes alike with or without an address (a string's bytes, or a cell past a row's end).
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while offset + 8 <= bytes.count {
                hash = (hash ^ base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
                hash ^= hash >> 29
                offset += 8
            }
            tail = .tail(of: UnsafeRawBufferPointer(bytes), from: offset)
        }
        return ((hash ^ tail) &* multiplier).mixed
    }
}

/// The seed of `TextTable`'s hash: random once per process.
enum TextTableSeed {
    static let value = UInt64.random(in: .min ... .max)
}
