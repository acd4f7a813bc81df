/// Sorted lists of pairs (most similar first), read as one sorted sequence with each pair once. The sorts of the
/// sorted-neighbourhood method find many of the same pairs; reading them merged, rather than merging them into a
/// new list first, keeps one copy of the pairs in memory (at 10⁶ activities the merged list took 250 MB more).
struct LearningCirclePairMerge: Sequence, IteratorProtocol {
    typealias Pair = LearningCircleBuilder.Pair

    private var lists: [[Pair]]
    private var positions: [Int]
    /// The next pair of each list that is not used up, side by side: the search for the most similar one
    /// compares these instead of reaching into every list for every pair read (most of the merge's time at 10⁶).
    private var heads: [Pair] = []
    /// Which list each head comes from.
    private var owners: [Int] = []
    private var last: Pair?

    init(_ lists: [[Pair]]) {
        self.lists = lists
        positions = [Int](repeating: 0, count: lists.count)
        for (list, pairs) in lists.enumerated() where !pairs.isEmpty {
            heads.append(pairs[0])
            owners.append(list)
        }
    }

    mutating func next() -> Pair? {
        while let best = bestHead() {
            let pair = heads[best]
            advance(best)
            // The same pair from another sort comes right after it.
            if let last, last.first == pair.first, last.second == pair.second { continue }
            last = pair
            return pair
        }
        return nil
    }

    /// Moves a head on to its list's next pair; a list is let go once it is used up.
    private mutating func advance(_ head: Int) {
        let list = owners[head]
        positions[list] += 1
        if positions[list] < lists[list].count {
            heads[head] = lists[list][positions[list]]
            return
        }
        lists[list] = []
        heads.remove(at: head)
        owners.remove(at: head)
    }

    /// The head that is the most similar; on a tie (the same pair) the one of the earliest list.
    private func bestHead() -> Int? {
        guard !heads.isEmpty else { return nil }
        var best = 0
        for head in 1..<heads.count where LearningCircleBuilder.moreSimilar(heads[head], heads[best]) {
            best = head
        }
        return best
    }
}
