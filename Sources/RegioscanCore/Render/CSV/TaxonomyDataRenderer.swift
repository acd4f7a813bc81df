/// `data/taxonomie.csv`: the labels (and aliases) of every closed dimension as this run used them, so that a
/// comparison of two output folders can tell labels that were added, removed or merged from changes in the field.
public enum TaxonomyDataRenderer {
    public static let path = "data/taxonomie.csv"
    public static let columns = ["dimensie", "categorie", "aliassen"]

    public static func render(_ taxonomy: Taxonomy) -> String {
        var text = CSVWriter.line(columns)
        for id in DimensionID.allCases {
            let dimension = taxonomy[id]
            for category in dimension.categories {
                text += CSVWriter.line([id.rawValue, category.label, category.aliases.joined(separator: "; ")]
                    .map(\.spreadsheetSafe))
            }
        }
        return text
    }
}
