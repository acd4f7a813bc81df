/// The national dataset of one scan year, normalised and validated: what every figure is computed from.
public struct Dataset: Sendable {
    public var year: Int
    public var settings: Settings
    public var taxonomy: Taxonomy
    public var activities: [Activity]
    public var initiatives: [Initiative]
    /// Labels of the open vocabularies: the taxonomy's canonical labels, then new labels in order of appearance.
    public var openLabels: [OpenVocabularyID: [String]]
    /// Personal data per activity index. Only a province's own workbook may show it.
    public var personal: PersonalData
    /// The warnings of the run that produced this dataset (for `validatie.md` and the workbooks).
    public var warnings: [Diagnostic]

    public init(year: Int, settings: Settings, taxonomy: Taxonomy, activities: [Activity], initiatives: [Initiative],
                openLabels: [OpenVocabularyID: [String]], personal: PersonalData = PersonalData(),
                warnings: [Diagnostic] = []) {
        self.year = year
        self.settings = settings
        self.taxonomy = taxonomy
        self.activities = activities
        self.initiatives = initiatives
        self.openLabels = openLabels
        self.personal = personal
        self.warnings = warnings
    }

    public var providers: [String] { openLabels[.provider] ?? [] }

    public func label(_ vocabulary: OpenVocabularyID, _ index: Int) -> String {
        openLabels[vocabulary]![index]
    }

    public func label(_ dimension: DimensionID, _ index: Int) -> String {
        taxonomy[dimension].categories[index].label
    }

    public func provinceName(_ index: Int) -> String {
        taxonomy.provinces.categories[index].label
    }
}
