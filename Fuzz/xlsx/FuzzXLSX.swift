// libFuzzer entry point: bytes as a workbook delivery through the zip container, the XML reader and the
// sheet-to-table step, with small size limits so that a crafted zip bomb stays fast.
// Built by `make fuzz` together with the ingest sources and ZIPFoundation (see scripts/fuzz.sh).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    var diagnostics = Diagnostics()
    let limits = WorkbookReadLimits(maximumPartSize: 4_000_000, maximumTotalSize: 8_000_000)
    if let table = XLSXDeliveryReader.read(bytes, file: "fuzz.xlsx", limits: limits, diagnostics: &diagnostics) {
        for record in table.rows.prefix(50) {
            for cell in record.cells.prefix(30) { _ = ReachParser.parse(cell) }
        }
    }
    for diagnostic in diagnostics.all { _ = diagnostic.description }
    return 0
}
