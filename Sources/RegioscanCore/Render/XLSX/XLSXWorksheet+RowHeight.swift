import CXlsxWriter

extension XLSXWorksheet {
    /// Excel's default row height for an 11-point font, in points.
    static let lineHeight = 15.0

    /// Sets the height of a row in points. Wrapped text needs it: LibreOffice keeps the default height of a row
    /// whose height the file does not give, and the lines then print over each other.
    func setRow(_ row: Int, height: Double) throws {
        guard (0..<XLSXLimits.maximumRows).contains(row), height > 0, height <= 409 else {
            throw XLSXError(message: "rijhoogte \(height) buiten het werkblad (rij \(row + 1))", context: name)
        }
        try XLSXError.check(worksheet_set_row(handle, lxw_row_t(row), height, nil), "\(name) rijhoogte")
    }

    /// The lines `text` takes when wrapped in a column `width` characters wide, breaking between words.
    static func wrappedLines(_ text: String, width: Double) -> Int {
        let limit = max(1, Int(width.rounded(.down)))
        var lines = 1, used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(\.count) {
            if used > 0, used + 1 + word <= limit {
                used += 1 + word
                continue
            }
            if used > 0 { lines += 1 }
            // The word starts a line; a word longer than a line breaks over several.
            let extra = max(word - 1, 0) / limit
            lines += extra
            used = word - extra * limit
        }
        return lines
    }
}
