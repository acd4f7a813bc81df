/// Eight bytes at once: the tests and mixing that the byte scanners and hashes share (CSV reader, workbook rows,
/// `TextTable`, `RowHash`).
extension UInt64 {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether one of the eight bytes is `byte`: the classic test for a zero byte, after an XOR. Never false when
    /// it is there.
    @inline(__always)
    func containsByte(_ byte: UInt8) -> Bool {
        let difference = self ^ (Self.ones &* UInt64(byte))
        return (difference &- Self.ones) & ~difference & Self.highs != 0
    }

    /// Whether one of the eight bytes may be below `bound` (at most 128; never false when one is).
    @inline(__always)
    func mayContainByte(below bound: UInt8) -> Bool {
        (self &- Self.ones &* UInt64(bound)) & ~self & Self.highs != 0
    }

    /// The bytes of the last, shorter word of a buffer from `offset`, low byte first.
    static func tail(of bytes: UnsafeRawBufferPointer, from offset: Int) -> UInt64 {
        var word: UInt64 = 0
        for (shift, byte) in bytes[offset...].enumerated() { word |= UInt64(byte) << (8 * UInt64(shift)) }
        return word
    }

    /// The finaliser of MurmurHash3: every bit of the result depends on every bit of the input.
    var mixed: UInt64 {
        var value = self
        value ^= value >> 33
        value = value &* 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        value = value &* 0xC4CE_B9FE_1A85_EC53
        return value ^ (value >> 33)
    }
}
