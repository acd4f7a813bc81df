import CPrefetch
/// Groups similar initiatives from different provinces into learning circles.
///
/// The rule, in the order it is applied (documented for users in `docs/keuzes.md`):
/// 1. Each initiative gets the set of its features over all its activities: types of activity, sizes, sectors,
///    bottlenecks, technologies and goals (empty and unspecified cells add nothing). No weights.
/// 2. Two initiatives are similar when the Jaccard similarity of their sets (shared features divided by all
///    features of the two) is at least the threshold. Fractions are compared exactly, in integers. Two initiatives
///    with more than 65,535 features between them are not compared (a pair keeps its counts in 16 bits).
/// 3. Pairs of similar initiatives are taken from the most to the least similar (ties: the lower initiative
///    indices first). A pair joins the groups of its two initiatives when every initiative of the one group is
///    similar to every initiative of the other (complete link) and the joined group stays within the maximum.
/// 4. Groups with at least three initiatives from at least two provinces are the circles, the largest first
///    (ties: by the lowest initiative ID).
/// Above `allPairsLimit` initiatives, step 3 only considers pairs that lie within `window` places of each other in
/// one of six sorts of the initiatives by their features (one sort per kind of feature, that kind first).
struct LearningCircleBuilder {
    let dataset: Dataset
    let parameters: LearningCircleParameters
    /// Sorted feature codes per initiative (`kind << 24 | index`, so that code order is feature order), end to end:
    /// initiative `a` has `codes[starts[a]..<starts[a + 1]]`. The similarity of a pair is tested millions of times
    /// at 10⁶ activities, and reading one array spares a retain and release per set; an array per initiative also
    /// took 70 MB more while the pairs were sought.
    private let codes: [Int32]
    private let starts: [Int]
    let provinces: [[Int]]

    init(dataset: Dataset, parameters: LearningCircleParameters) {
        self.dataset = dataset
        self.parameters = parameters
        var features = [[Int32]](repeating: [], count: dataset.initiatives.count)
        var provinces = [[Int]](repeating: [], count: dataset.initiatives.count)
        for activity in dataset.activities {
            for feature in LearningCircleFeature.features(of: activity) { features[activity.initiative].append(Self.code(feature)) }
            provinces[activity.initiative].append(activity.province)
        }
        for index in features.indices {
            features[index].sortAndRemoveDuplicates()
            provinces[index].sortAndRemoveDuplicates()
        }
        codes = features.flatMap { $0 }
        starts = features.reduce(into: [0]) { starts, codes in starts.append(starts.last! + codes.count) }
        self.provinces = provinces
    }

    /// The number of initiatives.
    var count: Int { starts.count - 1 }

    /// The sorted feature codes of an initiative.
    func features(_ initiative: Int) -> ArraySlice<Int32> {
        codes[starts[initiative]..<starts[initiative + 1]]
    }

    static func make(_ dataset: Dataset, parameters: LearningCircleParameters) -> LearningCircles {
        LearningCircleBuilder(dataset: dataset, parameters: parameters).make()
    }

    func make() -> LearningCircles {
        let allPairs = count <= parameters.allPairsLimit
        // Two sets share at most all of both: the largest union possible sets the keys' precision.
        let largestSet = (0..<count).map { starts[$0 + 1] - starts[$0] }.max() ?? 0
        let maximumUnion = min(2 * largestSet, Int(UInt16.max))
        let groups = if let keys = LearningCirclePairKeys<UInt64>(count: count, maximumUnion: maximumUnion) {
            joinedGroups(keys, allPairs: allPairs)
        } else {
            // Beyond any delivery seen (tens of millions of initiatives, or thousands of features each).
            joinedGroups(LearningCirclePairKeys<UInt128>(count: count, maximumUnion: maximumUnion)!, allPairs: allPairs)
        }
        let describer = LearningCircleDescriber(dataset: dataset)
        let circles = groups.compactMap(circle).sorted(by: isListedBefore).enumerated().map { offset, circle in
            var numbered = circle
            numbered.number = offset + 1
            numbered.description = describer.describe(circle.sharedFeatures)
            return numbered
        }
        return LearningCircles(circles: circles, parameters: parameters, initiativeProvinces: provinces,
                               comparedAllPairs: allPairs)
    }

    // MARK: Similarity

    /// Two similar initiatives (`first` the lower index) and the counts of their features; kept as a key
    /// (`LearningCirclePairKeys`) from the moment it is found.
    struct Pair {
        var first: Int32
        var second: Int32
        var shared: UInt16
        var union: UInt16
    }

    static func code(_ feature: LearningCircleFeature) -> Int32 {
        Int32(feature.kind.rawValue) << 24 | Int32(feature.index)
    }

    static func feature(_ code: Int32) -> LearningCircleFeature {
        LearningCircleFeature(kind: LearningCircleFeature.Kind(rawValue: Int(code >> 24))!, index: Int(code & 0xFF_FFFF))
    }

    /// Shared and total features of two sorted sets.
    func overlap(_ a: Int, _ b: Int) -> (shared: Int, union: Int) {
        codes.withUnsafeBufferPointer { codes in
            Self.overlap(codes[starts[a]..<starts[a + 1]], codes[starts[b]..<starts[b + 1]])
        }
    }

    private static func overlap(_ a: Slice<UnsafeBufferPointer<Int32>>, _ b: Slice<UnsafeBufferPointer<Int32>>)
        -> (shared: Int, union: Int) {
        // Without branches on the codes: which list moves on is as good as random, and mispredicted branches were
        // much of the comparisons' time. Codes are not negative, so their difference fits in 32 bits and its
        // sign says which is smaller.
        var i = a.startIndex, j = b.startIndex, shared = 0
        while i < a.endIndex, j < b.endIndex {
            let difference = a[i] &- b[j]
            let notAbove = Int(truncatingIfNeeded: (difference &- 1) >> 31) & 1
            let notBelow = Int(truncatingIfNeeded: (0 &- difference &- 1) >> 31) & 1
            shared &+= notAbove & notBelow
            i &+= notAbove
            j &+= notBelow
        }
        return (shared, a.count + b.count - shared)
    }

    func pair(_ a: Int, _ b: Int) -> Pair? {
        // At most the smaller set is shared and at least the larger one is the union: sets of very different sizes
        // cannot reach the threshold, and need no comparison.
        let sizeA = starts[a + 1] - starts[a], sizeB = starts[b + 1] - starts[b]
        guard min(sizeA, sizeB) * 100 >= parameters.thresholdPercent * max(sizeA, sizeB) else { return nil }
        let (shared, union) = overlap(a, b)
        guard union > 0, union <= Int(UInt16.max), shared * 100 >= parameters.thresholdPercent * union else { return nil }
        return Pair(first: Int32(min(a, b)), second: Int32(max(a, b)), shared: UInt16(shared), union: UInt16(union))
    }

    func isSimilar(_ a: Int, _ b: Int) -> Bool { pair(a, b) != nil }

    /// The order of step 3, with the fractions compared exactly; the keys of `LearningCirclePairKeys` sort the
    /// same way.
    static func moreSimilar(_ x: Pair, _ y: Pair) -> Bool {
        let left = Int64(x.shared) * Int64(y.union), right = Int64(y.shared) * Int64(x.union)
        if left != right { return left > right }
        return x.first != y.first ? x.first < y.first : x.second < y.second
    }

    // MARK: Candidate pairs

    /// The joined groups, from the pairs in order. Sorted, each pair once (each sort's pairs on their own core,
    /// then read merged): at 10⁶ activities the pairs take about 120 MB, and each copy as much again.
    private func joinedGroups<Key>(_ keys: LearningCirclePairKeys<Key>, allPairs: Bool) -> [[Int]] {
        if allPairs {
            var pairs = everyPair(keys)
            pairs.radixSort()
            var iterator = pairs.makeIterator()
            pairs = []
            return join(&iterator, keys)
        }
        // The merge is the lists' only owner, so each list goes as soon as it is read.
        var merge = LearningCirclePairMerge(neighbourPairs(keys))
        return join(&merge, keys)
    }

    private func everyPair<Key>(_ keys: LearningCirclePairKeys<Key>) -> [Key] {
        var pairs: [Key] = []
        for a in 0..<count {
            for b in (a + 1)..<count {
                if let pair = pair(a, b) { pairs.append(keys.key(pair)) }
            }
        }
        return pairs
    }

    /// The sorted-neighbourhood method: one sort per kind of feature, with that kind first, and each initiative
    /// compared with the next `window` initiatives in that sort. The kinds are sorted on all cores; a pair found in
    /// several sorts is read once (`LearningCirclePairMerge`).
    private func neighbourPairs<Key>(_ keys: LearningCirclePairKeys<Key>) -> [[Key]] {
        let kinds = LearningCircleFeature.Kind.allCases
        return ParallelResults.map(kinds.count) { [self] in
            var pairs = similarNeighbours(first: kinds[$0], keys)
            pairs.radixSort()
            return pairs
        }
    }

    private func similarNeighbours<Key>(first: LearningCircleFeature.Kind, _ keys: LearningCirclePairKeys<Key>) -> [Key] {
        let order = sortedInitiatives(keys: sortKeys(first: first))
        var pairs: [Key] = []
        // An initiative is compared with the next ones in the order, which lie anywhere in memory: the one about
        // to enter the window has its features asked for ahead (where they are, then the codes themselves).
        let entering = parameters.window + 1
        for (position, a) in order.enumerated() {
            if position + entering + 8 < order.count { prefetchStart(order[position + entering + 8]) }
            if position + entering + 4 < order.count { prefetchCodes(order[position + entering + 4]) }
            for b in order[(position + 1)..<min(order.count, position + 1 + parameters.window)] {
                if let pair = pair(a, b) { pairs.append(keys.key(pair)) }
            }
        }
        return pairs
    }

    /// The initiatives in the order of their keys, element by element, the shorter first on a tie, then by index.
    /// Sorted on the first two keys packed in one number, and only on a tie on the rest: comparing the lists of
    /// keys in every step of the sort was most of its time.
    func sortedInitiatives(keys: [Int32]) -> [Int] {
        keys.withUnsafeBufferPointer { keys in
            starts.withUnsafeBufferPointer { starts in
                // Keys are not negative: one more than a key is above the 0 that stands for no key.
                func key(_ position: Int, before end: Int) -> UInt64 {
                    position < end ? UInt64(UInt32(keys[position]) + 1) : 0
                }
                var entries = (0..<count).map { index in
                    let start = starts[index], end = starts[index + 1]
                    return (prefix: key(start, before: end) << 32 | key(start + 1, before: end), index: index)
                }
                entries.sort { x, y in
                    if x.prefix != y.prefix { return x.prefix < y.prefix }
                    let xEnd = starts[x.index + 1], yEnd = starts[y.index + 1]
                    let order = Self.compare(keys[min(starts[x.index] + 2, xEnd)..<xEnd], keys[min(starts[y.index] + 2, yEnd)..<yEnd])
                    return order != 0 ? order < 0 : x.index < y.index
                }
                return entries.map(\.index)
            }
        }
    }

    /// Every initiative's codes with the kinds renumbered so that `first` comes first, end to end like `codes`.
    /// A set's codes are sorted by kind, so the renumbered set is the same codes from the first kind on, then the
    /// ones before it: no sort per initiative.
    func sortKeys(first: LearningCircleFeature.Kind) -> [Int32] {
        let kinds = Int32(LearningCircleFeature.Kind.allCases.count)
        let firstCode = Int32(first.rawValue) << 24
        func renumbered(_ code: Int32) -> Int32 {
            (((code >> 24) - Int32(first.rawValue) + kinds) % kinds) << 24 | (code & 0xFF_FFFF)
        }
        var keys: [Int32] = []
        keys.reserveCapacity(codes.count)
        for initiative in 0..<count {
            let set = codes[starts[initiative]..<starts[initiative + 1]]
            let split = set.firstIndex { $0 >= firstCode } ?? set.endIndex
            for code in set[split...] { keys.append(renumbered(code)) }
            for code in set[..<split] { keys.append(renumbered(code)) }
        }
        return keys
    }

    /// -1, 0 or 1 as `a` comes before, equals or comes after `b`, element by element, the shorter first on a tie.
    private static func compare(_ a: Slice<UnsafeBufferPointer<Int32>>, _ b: Slice<UnsafeBufferPointer<Int32>>) -> Int {
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex, j < b.endIndex {
            if a[i] != b[j] { return a[i] < b[j] ? -1 : 1 }
            i += 1
            j += 1
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    // MARK: Complete-link groups

    /// Groups of initiative indices formed by joining along the pairs, most similar first.
    ///
    /// At 10⁶ activities some 8 million pairs come by, in no order of the initiatives, so the time goes into
    /// waiting for memory. Each initiative's group and the group's size sit side by side (`Slot`), and are asked
    /// for a few pairs ahead; most pairs are refused on them alone. A group's first member is the one that names
    /// it, and most groups that meet fail on their two first members: those are compared before the lists of
    /// members are read, and their features are asked for ahead too. Same groups as comparing every pair.
    private func join<Key>(_ pairs: inout some IteratorProtocol<Key>, _ keys: LearningCirclePairKeys<Key>) -> [[Int]] {
        let slots = UnsafeMutableBufferPointer<Slot>.allocate(capacity: count)
        defer { slots.deallocate() }
        for index in 0..<count { slots[index] = Slot(group: Int32(index), size: 1) }
        var members = (0..<count).map { [$0] }
        let maximum = parameters.maximumInitiatives
        let mask = Self.lookahead - 1
        // The members of the pairs read ahead.
        var ahead = [(first: Int, second: Int)](repeating: (0, 0), count: Self.lookahead)
        var read = 0, used = 0
        while true {
            while read - used < Self.lookahead, let key = pairs.next() {
                let next = (first: keys.first(key), second: keys.second(key))
                ahead[read & mask] = next
                read += 1
                regioscan_prefetch(slots.baseAddress! + next.first)
                regioscan_prefetch(slots.baseAddress! + next.second)
            }
            guard used < read else { break }
            if read - used > Self.lookahead / 2 {
                // Half way: the slots of this later pair have arrived; ask for where its groups' features are.
                let later = ahead[(used + Self.lookahead / 2) & mask]
                prefetchStart(Int(slots[later.first].group))
                prefetchStart(Int(slots[later.second].group))
            }
            if read - used > Self.lookahead / 4 {
                // A quarter of the way: that place has arrived; ask for the features themselves.
                let later = ahead[(used + Self.lookahead / 4) & mask]
                prefetchCodes(Int(slots[later.first].group))
                prefetchCodes(Int(slots[later.second].group))
            }
            let pair = ahead[used & mask]
            used += 1
            let first = slots[pair.first], second = slots[pair.second]
            guard first.group != second.group, Int(first.size) + Int(second.size) <= maximum else { continue }
            let a = Int(first.group), b = Int(second.group)
            // Two initiatives alone are similar: they are a pair.
            if first.size > 1 || second.size > 1 {
                guard isSimilar(a, b), members[a].allSatisfy({ x in members[b].allSatisfy { y in isSimilar(x, y) } })
                else { continue }
            }
            let (keep, drop) = first.size >= second.size ? (a, b) : (b, a)
            members[keep].append(contentsOf: members[drop])
            members[drop] = []
            let joined = Slot(group: Int32(keep), size: first.size + second.size)
            for index in members[keep] { slots[index] = joined }
        }
        return members.filter { $0.count >= parameters.minimumInitiatives }
    }

    /// Asks ahead of a comparison for where an initiative's feature codes are, and for the codes themselves.
    private func prefetchStart(_ initiative: Int) {
        starts.withUnsafeBufferPointer { regioscan_prefetch($0.baseAddress! + initiative) }
    }

    private func prefetchCodes(_ initiative: Int) {
        codes.withUnsafeBufferPointer { codes in
            starts.withUnsafeBufferPointer { regioscan_prefetch(codes.baseAddress! + $0[initiative]) }
        }
    }

    /// An initiative's group (the index of one of its members) and the group's size.
    private struct Slot {
        var group: Int32
        var size: Int32
    }

    /// How many pairs `join` reads ahead (a power of two).
    private static let lookahead = 16

    /// A group as a circle (number and description follow), if it spans enough provinces.
    private func circle(_ group: [Int]) -> LearningCircle? {
        let spanned = Set(group.flatMap { provinces[$0] })
        guard spanned.count >= parameters.minimumProvinces else { return nil }
        let members = group.sorted { dataset.initiatives[$0].id != dataset.initiatives[$1].id
            ? dataset.initiatives[$0].id < dataset.initiatives[$1].id : $0 < $1 }
        var shared = Set(features(members[0]))
        for member in members.dropFirst() { shared.formIntersection(features(member)) }
        var lowest = 1.0
        for (offset, a) in members.enumerated() {
            for b in members[(offset + 1)...] {
                let (common, union) = overlap(a, b)
                lowest = min(lowest, Double(common) / Double(union))
            }
        }
        return LearningCircle(number: 0, initiatives: members, provinces: spanned.sorted(),
                              sharedFeatures: shared.sorted().map(Self.feature), description: "",
                              minimumSimilarity: lowest)
    }

    /// Larger circles first; then by the first initiative ID.
    private func isListedBefore(_ x: LearningCircle, _ y: LearningCircle) -> Bool {
        if x.initiatives.count != y.initiatives.count { return x.initiatives.count > y.initiatives.count }
        return dataset.initiatives[x.initiatives[0]].id < dataset.initiatives[y.initiatives[0]].id
    }
}
