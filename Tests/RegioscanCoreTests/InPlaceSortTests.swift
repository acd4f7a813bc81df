import Testing
@testable import RegioscanCore

/// The sort without a buffer (learning-circle pairs) gives what the standard sort gives, on every shape of input
/// and on each of its three ways (quicksort, insertion sort, heapsort).
@Suite("Sorteren zonder extra geheugen")
struct InPlaceSortTests {
    static func shapes(_ count: Int, seed: UInt64) -> [[Int]] {
        var random = SplitMix64(seed: seed)
        let shuffled = (0..<count).map { _ in Int.random(in: 0..<1_000_000, using: &random) }
        let few = (0..<count).map { _ in Int.random(in: 0..<3, using: &random) }
        let organ = (0..<count).map { min($0, count - $0) }
        return [shuffled, few, organ, Array(0..<count), Array((0..<count).reversed()), Array(repeating: 7, count: count)]
    }

    @Test(arguments: [0, 1, 2, 3, 15, 16, 17, 100, 1_000, 20_000])
    func theSameOrderAsTheStandardSort(count: Int) {
        for (index, shape) in Self.shapes(count, seed: UInt64(count)).enumerated() {
            for depth in [nil, 0, 1] as [Int?] {
                var sorted = shape
                sorted.sortWithoutBuffer(by: <, depth: depth)
                #expect(sorted == shape.sorted(), "vorm \(index), diepte \(String(describing: depth))")
            }
        }
    }

    /// Pairs of unique keys in a descending order, as the learning circles sort them.
    @Test func aTotalOrderOnRecords() {
        var random = SplitMix64(seed: 3)
        let records = (0..<5_000).map { ($0, Int.random(in: 0..<50, using: &random)) }.shuffled(using: &random)
        let order: ((Int, Int), (Int, Int)) -> Bool = { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var sorted = records
        sorted.sortWithoutBuffer(by: order)
        #expect(sorted.map(\.0) == records.sorted(by: order).map(\.0))
    }
}
