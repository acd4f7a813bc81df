/// How one province's delivery is written: the habits of a real office (Dutch Excel, semicolons,
/// Windows-1252, fill-down, header spellings), so that the sample exercises the reader as real files do.
struct SampleFileLayout: Sendable {
    enum Encoding: Sendable {
        case utf8
        case utf8WithBOM
        case windows1252
    }

    var fileName: String
    var delimiter: Character = ";"
    var encoding: Encoding = .utf8WithBOM
    var lineEnding = "\r\n"
    /// Excel's `sep=;` first line.
    var separatorLine = false
    /// How the `provincie` column is written; nil when the file name names the province.
    var provinceSpelling: String?
    /// Initiative columns only on an initiative's first row (fill-down), or repeated on every row.
    var fillDown = true
    /// Rows ordered by activity type rather than by initiative, so that an initiative's rows are not adjacent.
    var sortedByType = false
    var personalData = false
    /// Header names by column; columns not listed use the contract name.
    var headerNames: [Column: String] = [:]
    var omitted: Set<Column> = []
    /// Columns the contract does not know (a real sheet's leftovers).
    var extraColumns: [String] = []
    /// Percentage of cells written with an alias, a code or odd case instead of the canonical label.
    var variantRate = 20
}
