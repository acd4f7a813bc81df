/// Writes the short Dutch description of a learning circle from the features its members share:
/// "Werken met studenten voor bedrijven van omvang Micro in de sector Industrie, knelpunt …".
struct LearningCircleDescriber {
    let dataset: Dataset

    /// Singular and plural wording per kind; the type of activity opens the sentence without a word.
    private static let words: [LearningCircleFeature.Kind: (one: String, more: String)] = [
        .size: ("voor bedrijven van omvang", "voor bedrijven van omvang"),
        .sector: ("in de sector", "in de sectoren"),
        .bottleneck: ("knelpunt", "knelpunten"),
        .technology: ("technologie", "technologieën"),
        .goal: ("doel", "doelen"),
    ]
    static let noType = "Activiteiten"
    static let nothingShared = "Verwante initiatieven zonder kenmerk dat ze alle delen"

    func describe(_ features: [LearningCircleFeature]) -> String {
        guard !features.isEmpty else { return Self.nothingShared }
        func labels(_ kind: LearningCircleFeature.Kind) -> [String] {
            features.filter { $0.kind == kind }.map { $0.label(in: dataset) }
        }
        func phrase(_ kind: LearningCircleFeature.Kind) -> String? {
            let found = labels(kind)
            guard !found.isEmpty, let word = Self.words[kind] else { return nil }
            return (found.count == 1 ? word.one : word.more) + " " + DutchList.join(found)
        }
        let types = labels(.archetype)
        var sentence = types.isEmpty ? Self.noType : DutchList.join(types)
        for kind in [LearningCircleFeature.Kind.size, .sector] {
            if let text = phrase(kind) { sentence += " " + text }
        }
        for kind in [LearningCircleFeature.Kind.bottleneck, .technology, .goal] {
            if let text = phrase(kind) { sentence += ", " + text }
        }
        return sentence
    }
}
