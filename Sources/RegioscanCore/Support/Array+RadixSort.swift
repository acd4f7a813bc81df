extension Array where Element: FixedWidthInteger & UnsignedInteger {
    /// Sorted in ascending order by the radix method: one pass per byte (eight for `UInt64`), fewer where all
    /// numbers share a byte. The figures sort millions of packed numbers (provider, province, initiative; pairs of
    /// initiatives); a comparison sort spent over a second on them at 10⁶ activities. Needs a second array of the
    /// same size while it runs.
    mutating func radixSort() {
        guard count > 256 else { return sort() }
        let digits = Element.bitWidth / 8
        var counts = [Int](repeating: 0, count: digits * 256)
        for value in self {
            for digit in 0..<digits { counts[digit << 8 | Int(truncatingIfNeeded: value &>> (digit << 3)) & 0xFF] += 1 }
        }
        var scratch = [Element](repeating: 0, count: count)
        var sortedInScratch = false
        withUnsafeMutableBufferPointer { values in
            scratch.withUnsafeMutableBufferPointer { scratch in
                var offsets = [Int](repeating: 0, count: 256)
                for digit in 0..<digits {
                    let shift = digit << 3
                    let (source, target) = sortedInScratch ? (scratch, values) : (values, scratch)
                    // A byte that every number has in common leaves the order as it is.
                    if counts[digit << 8 | Int(truncatingIfNeeded: source[0] &>> shift) & 0xFF] == source.count { continue }
                    var total = 0
                    for bucket in 0..<256 {
                        offsets[bucket] = total
                        total += counts[digit << 8 | bucket]
                    }
                    for value in source {
                        let bucket = Int(truncatingIfNeeded: value &>> shift) & 0xFF
                        target[offsets[bucket]] = value
                        offsets[bucket] += 1
                    }
                    sortedInScratch.toggle()
                }
            }
        }
        if sortedInScratch { self = scratch }
    }

    /// Sorted, each number once (the radix sort, for this element type).
    mutating func sortAndRemoveDuplicates() {
        radixSort()
        removeNeighbouringDuplicates(==)
    }
}
