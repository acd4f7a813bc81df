/// Finds the category a user most likely meant by an unknown value.
public enum Suggestion {
    /// Keys longer than this are not compared: garbage input must not make suggestions slow.
    static let maximumLength = 80

    /// - Parameter candidates: match keys with the label to suggest for each.
    /// - Returns: the label whose key is nearest to `value`, when it is near enough to be a plausible typo,
    ///   abbreviation or singular/plural slip.
    public static func nearest(to value: String, among candidates: [(key: String, label: String)]) -> String? {
        let key = value.matchKey
        guard !key.isEmpty, key.unicodeScalars.count <= maximumLength else { return nil }
        var best: (score: Double, label: String)?
        for candidate in candidates where candidate.key.unicodeScalars.count <= maximumLength {
            let score = distance(from: key, to: candidate.key)
            if best == nil || score < best!.score { best = (score, candidate.label) }
        }
        guard let best, best.score <= 0.45 else { return nil }
        return best.label
    }

    /// 0 is identical, 1 is unrelated. A value that begins a word of the candidate (`workshop` in
    /// `workshops en kennisevents`) or a candidate word that begins the value scores as nearly identical.
    static func distance(from value: String, to candidate: String) -> Double {
        let words = candidate.split(separator: " ").map(String.init)
        if value.count >= 3, words.contains(where: { $0.hasPrefix(value) || (value.hasPrefix($0) && $0.count >= 4) }) {
            return 0.1
        }
        let whole = Double(EditDistance.between(value, candidate)) / Double(max(value.count, candidate.count))
        let perWord = words.map {
            Double(EditDistance.between(value, $0)) / Double(max(value.count, $0.count)) + 0.15
        }.min() ?? 1
        return min(whole, perWord)
    }
}
