/// Reads a workbook delivery (`.xlsx`, `.xlsm`) into the same table a CSV file gives: the first non-blank row is the
/// header, every later non-blank row a record numbered with its Excel row, each cell as the user sees it. The
/// rest of the contract (aliases, province, fill-down, vocabularies) then applies unchanged.
///
/// The sheet is `Activiteiten` when the workbook has a visible sheet of that name, otherwise the first visible
/// sheet. Problems are reported, never thrown; a workbook that cannot be read yields `nil` and one error.
public enum XLSXDeliveryReader {
    public static let extensions: Set<String> = ["xlsx", "xlsm"]

    /// Reads `bytes`; `path` is the file they came from (nil for bytes held only in memory).
    public static func read(_ bytes: [UInt8], file: String, path: String? = nil, limits: WorkbookReadLimits = .standard,
                            diagnostics: inout Diagnostics) -> CSVTable? {
        do {
            let (sheet, reader) = try readSheet(bytes, file: file, path: path, limits: limits)
            return table(reader, sheet: sheet.name, file: file, diagnostics: &diagnostics)
        } catch {
            diagnostics.error(.file, at: SourceLocation(file: file), error.message)
            return nil
        }
    }

    static func readSheet(_ bytes: [UInt8], file: String, path: String?, limits: WorkbookReadLimits)
        throws(XLSXDeliveryFailure) -> (WorkbookManifest.Sheet, SheetReader) {
        switch SpreadsheetKind.detect(bytes, fileName: file) {
        case .legacyExcel: throw .legacyExcel
        case .openDocument: throw .openDocument
        case .encrypted: throw .encrypted
        case .unknown: throw .archive(.notAZip)
        case .officeOpenXML: break
        }
        let archive: WorkbookArchive
        do { archive = try WorkbookArchive(path: path, bytes: bytes, limits: limits) } catch { throw .archive(error) }
        if !archive.contains("[Content_Types].xml"), archive.contains("content.xml") { throw .openDocument }
        let manifest = try WorkbookManifest(archive: archive)
        guard let sheet = manifest.chosenSheet else { throw .noSheet }
        var strings: [String] = []
        if let path = manifest.sharedStrings, archive.contains(path) {
            let table = SharedStringTable()
            try WorkbookManifest.parse(archive, path, table)
            strings = table.strings
        }
        var styles = CellNumberStyles()
        if let path = manifest.styles, archive.contains(path) {
            let collector = ElementCollector(["numFmt", "xf"])
            try WorkbookManifest.parse(archive, path, collector)
            styles = CellNumberStyles(collector: collector)
        }
        let reader = SheetReader(sharedStrings: strings, styles: styles, date1904: manifest.date1904)
        try WorkbookManifest.parse(archive, sheet.path, reader)
        return (sheet, reader)
    }

    static func table(_ reader: SheetReader, sheet: String, file: String, diagnostics: inout Diagnostics) -> CSVTable? {
        let place = SheetPlace(sheet: sheet)
        var rows = reader.rows
        guard !rows.isEmpty else {
            diagnostics.error(.file, at: SourceLocation(file: file, sheet: place), Messages.emptyFile)
            return nil
        }
        let headerRow = rows.removeFirst()
        let width = reader.width ?? headerRow.cells.count
        MergedCells.apply(reader.merges, to: &rows, headerRow: headerRow.number, width: width)
        var records: [CSVRecord] = []
        records.reserveCapacity(rows.count)
        for row in rows {
            if let reference = row.outsideHeader {
                diagnostics.error(.dialect, at: SourceLocation(file: file, line: row.number, sheet: place),
                                  Messages.cellOutsideHeader(reference))
                continue
            }
            let record = CSVRecord(line: row.number, cells: row.cells)
            if !record.isBlank { records.append(record) }
        }
        let header = CSVRecord(line: headerRow.number, cells: Array(headerRow.cells.prefix(width)))
        if records.isEmpty {
            diagnostics.warning(.file, at: SourceLocation(file: file, line: header.line, sheet: place), Messages.headerOnly)
        }
        return CSVTable(file: file, delimiter: 0, encoding: .utf8, header: header, rows: records, sheet: sheet)
    }
}

extension Error {
    fileprivate var message: String {
        (self as? XLSXDeliveryFailure)?.message ?? Messages.workbookDamaged("\(self)")
    }
}
