/// Candidate pairs of learning circles packed into one unsigned number each, so that ascending numbers are the
/// order in which `LearningCircleBuilder.join` takes them (`LearningCircleBuilder.moreSimilar`): the most similar
/// pair first, then by first and by second initiative. Numbers sort with a radix sort and compare in one step; at
/// 10⁶ activities the comparison sorts and the merge of 15 million pairs took more than a second.
///
/// The similarity is kept as the fixed-point fraction `shared / union` with `2k` bits after the point, where every
/// union is below `2^k`. Two different fractions with such denominators differ by at least `1 / 2^2k`, so they
/// never get the same number, and equal fractions (`1/2`, `2/4`) always do.
struct LearningCirclePairKeys<Key: FixedWidthInteger & UnsignedInteger & Sendable> {
    typealias Pair = LearningCircleBuilder.Pair

    let indexBits: Int
    let fractionBits: Int

    /// Keys for initiatives `0..<count` and unions up to `maximumUnion`; nil when they do not fit in `Key`.
    init?(count: Int, maximumUnion: Int) {
        indexBits = Self.bits(max(count - 1, 1))
        fractionBits = 2 * Self.bits(max(maximumUnion, 1))
        // The distance from a similarity of one takes one bit more than the fraction; a count of 16 bits shifted
        // by the fraction bits must fit in 64.
        guard fractionBits <= 48, fractionBits + 1 + 2 * indexBits <= Key.bitWidth else { return nil }
    }

    func key(_ pair: Pair) -> Key {
        let scaled = (UInt64(pair.shared) << UInt64(fractionBits)) / UInt64(pair.union)
        let distance = (UInt64(1) << UInt64(fractionBits)) - scaled
        return Key(distance) << (2 * indexBits) | Key(UInt32(pair.first)) << indexBits | Key(UInt32(pair.second))
    }

    func first(_ key: Key) -> Int { Int(truncatingIfNeeded: (key >> indexBits) & mask) }
    func second(_ key: Key) -> Int { Int(truncatingIfNeeded: key & mask) }

    private var mask: Key { (Key(1) << indexBits) - 1 }

    /// The number of bits that hold `value` (at least 1).
    private static func bits(_ value: Int) -> Int { Int.bitWidth - value.leadingZeroBitCount }
}
