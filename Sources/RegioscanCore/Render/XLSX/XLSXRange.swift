import Foundation

/// A rectangle of cells on a named sheet, zero-based as libxlsxwriter counts.
struct XLSXRange: Hashable {
    var sheet: String
    var firstRow: Int
    var firstColumn: Int
    var lastRow: Int
    var lastColumn: Int

    /// `='Figuur 05'!$A$5`: a formula pointing at one cell, with the sheet name quoted as Excel wants it.
    static func cellFormula(sheet: String, row: Int, column: Int) -> String {
        "='" + sheet.replacingOccurrences(of: "'", with: "''") + "'!$" + columnName(column) + "$" + String(row + 1)
    }

    /// `Activiteiten!C12`: where a cell is, as the warnings about cut text name it.
    static func place(sheet: String, row: Int, column: Int) -> String {
        "\(sheet)!\(columnName(column))\(row + 1)"
    }

    /// `A`, `B`, …, `Z`, `AA`, …
    static func columnName(_ column: Int) -> String {
        var name = ""
        var index = column + 1
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name
    }
}
