/// How one dimension's labels differ between two years: labels added, removed, or merged into another label
/// (the old label is an alias of the new one). Such a difference moves figures without any change in the field.
public struct TaxonomyDifference: Sendable, Hashable {
    public var dimension: String
    public var added: [String]
    public var removed: [String]
    /// Old label → the label it was merged into.
    public var merged: [Merge]

    public struct Merge: Sendable, Hashable {
        public var label: String
        public var into: String
    }

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && merged.isEmpty }

    /// Dimension by dimension, in the order of the new taxonomy; dimensions without difference are left out.
    static func compare(previous: [TaxonomyLabel], current: [TaxonomyLabel]) -> [TaxonomyDifference] {
        var dimensions: [String] = []
        for label in current + previous where !dimensions.contains(label.dimension) { dimensions.append(label.dimension) }
        return dimensions.compactMap { dimension in
            let old = previous.filter { $0.dimension == dimension }
            let new = current.filter { $0.dimension == dimension }
            let oldKeys = Set(old.map(\.label.matchKey))
            let newKeys = Set(new.map(\.label.matchKey))
            var merged: [Merge] = []
            var removed: [String] = []
            for label in old where !newKeys.contains(label.label.matchKey) {
                if let target = new.first(where: { $0.aliases.map(\.matchKey).contains(label.label.matchKey) }) {
                    merged.append(Merge(label: label.label, into: target.label))
                } else {
                    removed.append(label.label)
                }
            }
            let added = new.filter { !oldKeys.contains($0.label.matchKey) }.map(\.label)
            let difference = TaxonomyDifference(dimension: dimension, added: added, removed: removed, merged: merged)
            return difference.isEmpty ? nil : difference
        }
    }
}
