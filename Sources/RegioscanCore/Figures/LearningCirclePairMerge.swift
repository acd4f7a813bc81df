/// Sorted lists of pairs (most similar first), read as one sorted sequence with each pair once. The sorts of the
/// sorted-neighbourhood method find many of the same pairs; reading them merged, rather than merging them into a
/// new list first, keeps one copy of the pairs in memory (at 10⁶ activities the merged list took 250 MB more).
struct LearningCirclePairMerge: Sequence, IteratorProtocol {
    typealias Pair = LearningCircleBuilder.Pair

    private var lists: [[Pair]]
    private var positions: [Int]
    private var last: Pair?

    init(_ lists: [[Pair]]) {
        self.lists = lists
        positions = [Int](repeating: 0, count: lists.count)
    }

    mutating func next() -> Pair? {
        while let best = bestList() {
            let pair = lists[best][positions[best]]
            positions[best] += 1
            // A list is let go once it is used up.
            if positions[best] == lists[best].count {
                lists[best] = []
                positions[best] = 0
            }
            // The same pair from another sort comes right after it.
            if let last, last.first == pair.first, last.second == pair.second { continue }
            last = pair
            return pair
        }
        return nil
    }

    /// The list whose next pair is the most similar.
    private func bestList() -> Int? {
        var best: Int?
        for list in lists.indices where positions[list] < lists[list].count {
            if let current = best, !LearningCircleBuilder.moreSimilar(lists[list][positions[list]], lists[current][positions[current]]) {
                continue
            }
            best = list
        }
        return best
    }
}
