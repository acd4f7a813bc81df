/// The outcome of looking a cell value up in a closed vocabulary.
public enum VocabularyMatch: Sendable, Equatable {
    case category(Int)
    /// The value names the "unspecified" category, which is the same as an empty cell.
    case unspecified
    case unknown
}
