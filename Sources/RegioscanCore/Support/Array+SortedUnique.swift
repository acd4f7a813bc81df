extension Array {
    /// Keeps the first of each run of neighbouring elements that are the same by `same`.
    mutating func removeNeighbouringDuplicates(_ same: (Element, Element) -> Bool) {
        var kept = 0
        for index in indices where kept == 0 || !same(self[kept - 1], self[index]) {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }

    /// Sorted by `key`, each key once: a sorted set of short lists without hashing.
    mutating func sortAndRemoveDuplicates<Key: Comparable>(by key: (Element) -> Key) {
        sort { key($0) < key($1) }
        removeNeighbouringDuplicates { key($0) == key($1) }
    }
}

extension Array where Element: Comparable {
    mutating func sortAndRemoveDuplicates() {
        sortAndRemoveDuplicates { $0 }
    }
}
