/// Sorted lists of packed pairs (`LearningCirclePairKeys`, most similar first), read as one sorted sequence with
/// each pair once. The sorts of the sorted-neighbourhood method find many of the same pairs; reading them merged,
/// rather than merging them into a new list first, keeps one copy of the pairs in memory (at 10⁶ activities the
/// merged list took 250 MB more).
struct LearningCirclePairMerge<Key: FixedWidthInteger & UnsignedInteger>: Sequence, IteratorProtocol {
    private var lists: [[Key]]
    private var positions: [Int]
    /// The next key of each list that is not used up, side by side: the search for the smallest compares these
    /// instead of reaching into every list for every pair read.
    private var heads: [Key] = []
    /// Which list each head comes from.
    private var owners: [Int] = []
    private var last: Key?

    init(_ lists: [[Key]]) {
        self.lists = lists
        positions = [Int](repeating: 0, count: lists.count)
        for (list, keys) in lists.enumerated() where !keys.isEmpty {
            heads.append(keys[0])
            owners.append(list)
        }
    }

    mutating func next() -> Key? {
        while let best = bestHead() {
            let key = heads[best]
            advance(best)
            // The same pair from another sort has the same key and comes right after it.
            if key == last { continue }
            last = key
            return key
        }
        return nil
    }

    /// Moves a head on to its list's next key; a list is let go once it is used up.
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

    /// The smallest head.
    private func bestHead() -> Int? {
        guard !heads.isEmpty else { return nil }
        var best = 0
        for head in 1..<heads.count where heads[head] < heads[best] { best = head }
        return best
    }
}
