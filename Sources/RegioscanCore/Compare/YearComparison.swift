/// An output compared with that of an earlier scan: every figure value then and now, the initiatives that are
/// new, stopped, continued or renamed, and the differences in the taxonomy. The chapter "Ontwikkeling sinds …",
/// `tabellen/ontwikkeling.csv` and the sheet "Ontwikkeling" all show this one comparison.
public struct YearComparison: Sendable {
    /// "2023", or the folder name when the earlier output's year is not known.
    public var previousLabel: String
    public var currentLabel: String
    public var figures: FigureComparison
    /// Nil when either side has no activity data (an output of an older version).
    public var initiatives: InitiativeComparison?
    /// Nil when either side has no taxonomy data; empty when the taxonomies are the same.
    public var taxonomy: [TaxonomyDifference]?
    public var problems: [String]

    /// A template text with `{vorig_jaar}` and `{jaar}` filled in.
    func fillYears(_ text: String) -> String {
        text.replacingOccurrences(of: "{vorig_jaar}", with: previousLabel).replacingOccurrences(of: "{jaar}", with: currentLabel)
    }

    public init(previous: OutputSnapshot, previousLabel: String, current: OutputSnapshot, currentLabel: String,
                renames: RenameList? = nil) {
        self.previousLabel = previousLabel
        self.currentLabel = currentLabel
        figures = FigureComparison(previous: previous, current: current)
        let old = previous.activities, new = current.activities
        if let old, let new {
            initiatives = InitiativeComparison(previous: old, current: new, list: renames)
        }
        if let old = previous.taxonomy, let new = current.taxonomy {
            taxonomy = TaxonomyDifference.compare(previous: old, current: new)
        }
        problems = previous.problems
        if previous.activityData != nil, old == nil {
            problems.append(Messages.noActivityData)
        }
    }

    /// The values of one scope (`Nederland` or a province): the hook for the province reports.
    public func values(province: String) -> [FigureChange] {
        figures.values.filter { $0.cell.province == province }
    }
}
