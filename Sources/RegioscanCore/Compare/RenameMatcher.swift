/// Finds likely renames among the initiatives that stopped and those that are new: a similar name, shared
/// providers and a shared province. The thresholds are documented in docs/keuzes.md.
public enum RenameMatcher {
    /// Weight of the name in the score; the providers get the rest.
    public static let nameWeight = 0.6
    /// A pair is a likely rename from this score on, and only with this name similarity and a shared province.
    public static let scoreThreshold = 0.6
    public static let nameThreshold = 0.5

    /// Pairs one-to-one, best score first (ties by old id, then new id), so that the result never depends on
    /// dictionary order. Confirmed renames come first; ids they use, or that the list says are no rename, are
    /// not matched again.
    static func match(stopped: [InitiativeSummary], new: [InitiativeSummary], list: RenameList?) -> [Rename] {
        var renames: [Rename] = []
        var usedOld = Set<String>()
        var usedNew = Set<String>()
        let newByKey = Dictionary(new.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let stoppedByKey = Dictionary(stopped.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for entry in list?.entries ?? [] {
            usedOld.insert(entry.previous.lowercased())
            guard let target = entry.current, let old = stoppedByKey[entry.previous.lowercased()],
                  let current = newByKey[target.lowercased()] else { continue }
            usedNew.insert(current.key)
            renames.append(Rename(previous: old, current: current, score: score(old, current), confirmed: true))
        }
        var candidates: [(score: Double, old: InitiativeSummary, new: InitiativeSummary)] = []
        for old in stopped where !usedOld.contains(old.key) {
            for current in new where !usedNew.contains(current.key) {
                guard Set(old.provinces).intersection(current.provinces).count > 0,
                      nameSimilarity(old.name, current.name) >= nameThreshold else { continue }
                let value = score(old, current)
                if value >= scoreThreshold { candidates.append((value, old, current)) }
            }
        }
        candidates.sort { ($1.score, $0.old.key, $0.new.key) < ($0.score, $1.old.key, $1.new.key) }
        for candidate in candidates where !usedOld.contains(candidate.old.key) && !usedNew.contains(candidate.new.key) {
            usedOld.insert(candidate.old.key)
            usedNew.insert(candidate.new.key)
            renames.append(Rename(previous: candidate.old, current: candidate.new, score: candidate.score, confirmed: false))
        }
        return renames.sorted { ($0.previous.key, $0.current.key) < ($1.previous.key, $1.current.key) }
    }

    static func score(_ old: InitiativeSummary, _ new: InitiativeSummary) -> Double {
        nameWeight * nameSimilarity(old.name, new.name) + (1 - nameWeight) * providerOverlap(old.providers, new.providers)
    }

    /// The better of two measures: edit distance over the whole name, and the share of shared words (a name
    /// with a word added, "Digilab" → "Digilab Flevoland", keeps all its words).
    static func nameSimilarity(_ lhs: String, _ rhs: String) -> Double {
        let left = lhs.matchKey
        let right = rhs.matchKey
        guard !left.isEmpty, !right.isEmpty else { return 0 }
        let length = max(left.count, right.count)
        let edit = 1 - Double(EditDistance.between(left, right)) / Double(length)
        let leftWords = Set(left.split(separator: " "))
        let rightWords = Set(right.split(separator: " "))
        let words = Double(leftWords.intersection(rightWords).count) / Double(min(leftWords.count, rightWords.count))
        return max(edit, words)
    }

    /// Shared providers as a share of all providers of the two (Jaccard); 0 when neither has any.
    static func providerOverlap(_ lhs: [String], _ rhs: [String]) -> Double {
        let left = Set(lhs.map(\.matchKey))
        let right = Set(rhs.map(\.matchKey))
        let union = left.union(right)
        return union.isEmpty ? 0 : Double(left.intersection(right).count) / Double(union.count)
    }
}
