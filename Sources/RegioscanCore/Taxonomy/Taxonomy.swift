/// Every vocabulary of the scan, loaded from `Input/taxonomie/`: closed dimensions, open vocabularies with their
/// aliases, and other names under which the contract's columns may appear in a header.
public struct Taxonomy: Sendable {
    public var dimensions: [DimensionID: Dimension]
    public var openVocabularies: [OpenVocabularyID: OpenVocabulary]
    public var columnAliases: [Column: [String]]
    /// The framework of figure 1 (`kader.yaml`); nil when the theme has none.
    public var framework: ScanFramework?

    public init(dimensions: [DimensionID: Dimension], openVocabularies: [OpenVocabularyID: OpenVocabulary],
                columnAliases: [Column: [String]] = [:]) {
        self.dimensions = dimensions
        self.openVocabularies = openVocabularies
        self.columnAliases = columnAliases
    }

    public subscript(id: DimensionID) -> Dimension { dimensions[id]! }
    public subscript(id: OpenVocabularyID) -> OpenVocabulary { openVocabularies[id]! }

    public var provinces: Dimension { self[.province] }
    public var archetypes: Dimension { self[.archetype] }
    public var provinceNames: [String] { provinces.labels }
}
