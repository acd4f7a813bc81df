/// An open list whose size grows with the data, as real deliveries do: every draw either repeats a label seen
/// before (the more often seen, the likelier) or coins a new one. This is a Pitman–Yor process: the number of
/// distinct labels grows as about draws^discount (Heaps' law), and a large share of them occurs only once.
struct LongTailVocabulary {
    /// Word lists whose combinations name the labels, in the order the words appear.
    let parts: [[String]]
    /// Between 0 and 1: the larger, the faster new labels appear and the longer the tail of single ones.
    let discount: Double
    /// How willing the process is to coin labels early on.
    let concentration: Double
    private(set) var counts: [Int] = []
    /// Every draw so far by label index: picking a uniform earlier draw picks a label in proportion to its count.
    private var draws: [Int] = []

    init(parts: [[String]], discount: Double = 0.7, concentration: Double = 8) {
        precondition(!parts.isEmpty && parts.allSatisfy { !$0.isEmpty })
        precondition((0..<1).contains(discount) && concentration > -discount)
        for (offset, list) in parts.enumerated() {
            precondition(parts[..<offset].allSatisfy { Self.greatestCommonDivisor($0.count, list.count) == 1 },
                         "word lists need lengths without a common factor")
        }
        self.parts = parts
        self.discount = discount
        self.concentration = concentration
    }

    var distinctCount: Int { counts.count }

    /// The next label: new with probability (θ + d·K) / (θ + n), otherwise label k with (n_k − d) / (θ + n).
    mutating func draw(_ rng: inout SplitMix64) -> String {
        let n = Double(draws.count), distinct = Double(counts.count)
        let target = Double(rng.next() >> 11) / Double(1 << 53) * (concentration + n)
        let index: Int
        if target < concentration + discount * distinct {
            index = counts.count
            counts.append(0)
        } else {
            // Label k holds n_k − d of the remaining mass; a uniform earlier draw chooses k with n_k / n, and
            // accepting it with (n_k − d) / n_k corrects for the discount (the loop ends: some n_k ≥ 1 > d).
            var choice = draws[rng.below(draws.count)]
            while Double(rng.next() >> 11) / Double(1 << 53) * Double(counts[choice]) < discount {
                choice = draws[rng.below(draws.count)]
            }
            index = choice
        }
        counts[index] += 1
        draws.append(index)
        return name(index)
    }

    /// A distinct name for every index. The lists' lengths have no common factor, so that taking every list at
    /// `index` modulo its length gives a different combination up to their product (Chinese remainder theorem)
    /// and every word changes from one label to the next; beyond that the combinations repeat with a number.
    /// Empty words are left out.
    func name(_ index: Int) -> String {
        let combinations = parts.reduce(1) { $0 * $1.count }
        let words = parts.map { $0[index % $0.count] }.filter { !$0.isEmpty }
        let round = index / combinations
        return words.joined(separator: " ") + (round == 0 ? "" : " \(round + 1)")
    }

    static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
        b == 0 ? a : greatestCommonDivisor(b, a % b)
    }
}
