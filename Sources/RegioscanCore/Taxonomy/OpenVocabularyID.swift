/// The open vocabularies of the contract; each has an alias file `<rawValue>.yaml` under `Input/taxonomie/`.
public enum OpenVocabularyID: String, Sendable, CaseIterable, Hashable, Comparable, CaseHashed {
    case technology = "technologie"
    case application = "toepassing"
    case goal = "doel"
    case provider = "aanbieders"

    public static func < (lhs: OpenVocabularyID, rhs: OpenVocabularyID) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
