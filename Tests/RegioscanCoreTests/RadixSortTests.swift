import Testing
@testable import RegioscanCore

/// The radix sort gives the order of the standard sort on every shape of input: small (sorted the usual way),
/// numbers that share high or low bytes (passes skipped), the extremes, duplicates, already sorted and reversed.
struct RadixSortTests {
    static func shapes() -> [[UInt64]] {
        var generator = SystemRandomNumberGenerator()
        let sizes = [0, 1, 2, 255, 256, 257, 1_000, 20_000]
        var shapes: [[UInt64]] = []
        for size in sizes {
            shapes.append((0..<size).map { _ in UInt64.random(in: .min ... .max, using: &generator) })
            shapes.append((0..<size).map { _ in UInt64.random(in: 0..<50, using: &generator) << 40 | UInt64.random(in: 0..<9, using: &generator) })
            shapes.append((0..<size).map { _ in [UInt64.min, .max, 1 << 63, 255, 256][Int.random(in: 0..<5, using: &generator)] })
            shapes.append((0..<size).map { UInt64($0) })
            shapes.append((0..<size).map { UInt64(size - $0) << 8 })
            shapes.append([UInt64](repeating: 42, count: size))
        }
        return shapes
    }

    @Test func givesTheStandardOrder() {
        for values in Self.shapes() {
            var sorted = values
            sorted.radixSort()
            #expect(sorted == values.sorted(), "\(values.count) getallen")
        }
    }

    /// Wider numbers take a pass per byte as well (the packed pairs of learning circles beyond 64 bits).
    @Test func sortsNumbersOf128Bits() {
        for values in Self.shapes() {
            var wide = values.enumerated().map { UInt128($0.element) << 64 | UInt128($0.offset % 7) }
            let expected = wide.sorted()
            wide.radixSort()
            #expect(wide == expected, "\(values.count) getallen")
        }
    }

    @Test func removesDuplicatesLikeASet() {
        for values in Self.shapes() {
            var unique = values
            unique.sortAndRemoveDuplicates()
            #expect(unique == Set(values).sorted(), "\(values.count) getallen")
        }
    }
}
