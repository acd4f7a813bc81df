/// `tabellen/ontwikkeling.csv`: every figure value of this year beside the earlier year's, in the tidy format
/// plus one column. A value that exists on one side only has an empty cell on the other.
public enum DevelopmentCSVRenderer {
    public static let fileName = "ontwikkeling.csv"
    public static let path = "tabellen/" + fileName
    public static let header = ["figuur", "provincie", "reeks", "categorie", "waarde_vorig", "waarde"]

    public static func render(_ comparison: YearComparison) -> String {
        var text = CSVWriter.line(header)
        for value in comparison.figures.values {
            text += CSVWriter.line([value.cell.figure, value.cell.province, value.cell.series, value.cell.category,
                                    value.previous ?? "", value.current ?? ""].map(\.spreadsheetSafe))
        }
        return text
    }
}
