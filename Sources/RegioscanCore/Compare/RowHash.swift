/// Two 64-bit hashes of a row's bytes made in one pass, eight bytes at a time, with seeds per process: what
/// `ActivityRowFilter` pairs rows by. Two SipHash passes over both activity files took most of a rerun's
/// comparison (0.2 s at 10⁵ activities). Only rows of one run are compared, so the seeds change no output.
struct RowHash {
    private var first: UInt64
    private var second: UInt64

    private static let seeds = (UInt64.random(in: .min ... .max), UInt64.random(in: .min ... .max))

    init() {
        (first, second) = Self.seeds
    }

    /// Adds a piece of the row; its length counts, so pieces cannot trade bytes.
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        mix(UInt64(bytes.count))
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        guard offset < bytes.count else { return }
        mix(.tail(of: bytes, from: offset))
    }

    @inline(__always)
    private mutating func mix(_ word: UInt64) {
        first = ((first ^ word) &* 0x9E37_79B9_7F4A_7C15).rotated(31)
        second = ((second ^ word) &* 0xC2B2_AE3D_27D4_EB4F).rotated(27) &+ first
    }

    /// The two hashes, each through the finaliser of MurmurHash3.
    func finalize() -> (UInt64, UInt64) {
        (first.mixed, second.mixed)
    }
}

private extension UInt64 {
    func rotated(_ bits: UInt64) -> UInt64 { self << bits | self >> (64 - bits) }
}
