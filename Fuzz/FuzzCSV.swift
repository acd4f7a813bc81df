// libFuzzer entry point: bytes in any encoding through the CSV reader and the cell parsers.
// Built by `make fuzz` together with the ingest sources (see scripts/fuzz.sh); not part of the package.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    var diagnostics = Diagnostics()
    let text = DecodedText(bytes: bytes)
    if let table = CSVReader.read(text, file: "fuzz.csv", diagnostics: &diagnostics) {
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
    return 0
}
