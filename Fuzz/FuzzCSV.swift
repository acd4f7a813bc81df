/// Bytes in any encoding through the CSV reader and the cell parsers.
enum FuzzCSV {
    static func run(_ bytes: [UInt8]) {
        var diagnostics = Diagnostics()
        let text = DecodedText(bytes: bytes)
        guard let table = CSVReader.read(text, file: "fuzz.csv", diagnostics: &diagnostics) else { return }
        for record in table.rows.prefix(50) {
            for cell in record.cells.prefix(30) {
                _ = ReachParser.parse(cell)
                _ = BooleanParser.parse(cell)
                _ = MultiValueSplitter.split(cell)
                _ = cell.matchKey
                _ = cell.headerKey
                _ = cell.collapsingWhitespace
                _ = cell.markdownEscaped
                _ = cell.xmlEscaped
            }
        }
    }
}
