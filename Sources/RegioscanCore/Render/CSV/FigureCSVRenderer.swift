/// `tabellen/<figuur>.csv` in the contract's format: UTF-8 without BOM, `provincie,reeks,categorie,waarde`,
/// full precision with `.` as decimal separator, and text that a spreadsheet must not evaluate made safe.
public enum FigureCSVRenderer {
    public static let header = ["provincie", "reeks", "categorie", "waarde"]

    public static func render(_ figure: Figure) -> String {
        var text = CSVWriter.line(header)
        for row in figure.rows {
            text += CSVWriter.line([row.province.spreadsheetSafe, row.series.spreadsheetSafe,
                                    row.category.spreadsheetSafe, row.value.csvText])
        }
        return text
    }
}
