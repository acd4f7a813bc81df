import Foundation
import Testing
@testable import RegioscanCore

@Suite("Excel-aanleveringen lezen")
struct XLSXDeliveryTests {
    typealias Book = HandMadeWorkbook

    static func read(_ bytes: [UInt8], file: String = "utrecht.xlsx", limits: WorkbookReadLimits = .standard)
        -> (table: CSVTable?, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        let table = XLSXDeliveryReader.read(bytes, file: file, limits: limits, diagnostics: &diagnostics)
        return (table, diagnostics)
    }

    static let header = ["provincie", "initiatief_id", "initiatief", "activiteit", "type_activiteit"]

    /// Cells of a table, trimmed and without trailing empty cells, for comparing a CSV with a workbook.
    static func cells(_ record: CSVRecord) -> [String] {
        var cells = record.cells.map(\.trimmed)
        while cells.last == "" { cells.removeLast() }
        return cells
    }

    // MARK: Workbooks saved by LibreOffice

    @Test(arguments: ["zeeland", "flevoland"])
    func libreOfficeWorkbookGivesTheRowsOfTheCSV(name: String) throws {
        var diagnostics = Diagnostics()
        let csv = try #require(DatasetLoader.readTable(ProjectPaths.input + "/2023/\(name).csv",
                                                       diagnostics: &diagnostics) ?? Self.generatedTable(name))
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: ProjectPaths.fixtures + "/xlsx/\(name)-libreoffice.xlsx")))
        let (table, workbookDiagnostics) = Self.read(bytes, file: "\(name).xlsx")
        let workbook = try #require(table, "\(workbookDiagnostics.all)")
        #expect(workbook.sheet == name)
        #expect(Self.cells(workbook.header) == Self.cells(csv.header))
        #expect(workbook.rows.map(Self.cells) == csv.rows.map(Self.cells))
        #expect(workbookDiagnostics.all.isEmpty)
    }

    /// The CSV as the generator writes it (the shipped sample holds some provinces as workbooks).
    static func generatedTable(_ name: String) -> CSVTable? {
        guard let file = SampleGenerator().files().first(where: { $0.name == "\(name).csv" }) else { return nil }
        var diagnostics = Diagnostics()
        return CSVReader.read(DecodedText(bytes: file.bytes), file: file.name, diagnostics: &diagnostics)
    }

    @Test func libreOfficeStoresReachAsANumberAndItIsReadAsTheDigits() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: ProjectPaths.fixtures + "/xlsx/zeeland-libreoffice.xlsx")))
        let parts = try XLSXReader(path: ProjectPaths.fixtures + "/xlsx/zeeland-libreoffice.xlsx").parts
        let sheet = String(decoding: try #require(parts["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        // Column T (bereik) holds plain numbers, not shared strings.
        #expect(sheet.contains("<c r=\"T2\" s=\"0\" t=\"n\">"))
        let table = try #require(Self.read(bytes, file: "zeeland.xlsx").table)
        let reach = try #require(table.header.cells.firstIndex(of: "bereik"))
        #expect(table.rows.first?[reach] == "661")
    }

    // MARK: Cell values as the user sees them

    @Test func numbersBooleansDatesAndFormulasReadAsShown() throws {
        let row = "<c r=\"A2\"><v>600</v></c><c r=\"B2\"><v>600.0</v></c><c r=\"C2\"><v>0.30000000000000004</v></c>"
            + "<c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" t=\"b\"><v>0</v></c><c r=\"F2\" s=\"1\"><v>44999</v></c>"
            + "<c r=\"G2\"><f>SUM(A2:B2)</f><v>1200</v></c><c r=\"H2\" t=\"str\"><f>A2&amp;\"x\"</f><v>600x</v></c>"
            + "<c r=\"I2\"><f>NOW()</f></c><c r=\"J2\" t=\"d\"><v>2023-03-14T00:00:00</v></c><c r=\"K2\" t=\"e\"><v>#N/A</v></c>"
            + "<c r=\"L2\" s=\"2\"><v>45000</v></c>"
        let header = Book.textRow(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"], row: 1)
        let styles = "<?xml version=\"1.0\"?><styleSheet xmlns=\"\(Book.main)\"><numFmts count=\"1\">"
            + "<numFmt numFmtId=\"164\" formatCode=\"[$-413]0.00&quot; d&quot;\"/></numFmts>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>"
        let book = Book(sheets: [.init(name: "Blad1", xml: Book.sheetXML(rows: [header, row]), part: "worksheets/sheet1.xml")],
                        styles: styles)
        let table = try #require(Self.read(try book.bytes()).table)
        #expect(table.rows.map(\.cells) == [["600", "600", "0.3", "ja", "nee", "14-03-2023", "1200", "600x", "", "14-03-2023",
                                             "#N/A", "45000"]])
    }

    @Test func dates1904CountFromThe1904Epoch() throws {
        let styles = "<?xml version=\"1.0\"?><styleSheet xmlns=\"\(Book.main)\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/>"
            + "<xf numFmtId=\"164\"/></cellXfs><numFmts><numFmt numFmtId=\"164\" formatCode=\"d-m-yyyy\"/></numFmts></styleSheet>"
        let rows = [Book.textRow(["datum"], row: 1), "<c r=\"A2\" s=\"1\"><v>0</v></c>"]
        let book = Book(sheets: [.init(name: "Blad1", xml: Book.sheetXML(rows: rows), part: "worksheets/sheet1.xml")],
                        styles: styles, date1904: true)
        #expect(try #require(Self.read(try book.bytes()).table).rows.first?.cells == ["01-01-1904"])
    }

    @Test func sharedStringsJoinRichTextRunsAndSkipPhoneticHints() throws {
        let strings = "<?xml version=\"1.0\"?><sst xmlns=\"\(Book.main)\" count=\"3\" uniqueCount=\"3\">"
            + "<si><t>provincie</t></si>"
            + "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Work</t></r><r><t>shops &amp; </t></r><r><t>kennisevents</t></r>"
            + "<rPh sb=\"0\" eb=\"1\"><t>ヨミ</t></rPh></si>"
            + "<si><t>regel_x000D_\neen_x005F_x0041_</t></si></sst>"
        let rows = ["<c r=\"A1\" t=\"s\"><v>0</v></c>", "<c r=\"A2\" t=\"s\"><v>1</v></c>", "<c r=\"A3\" t=\"s\"><v>2</v></c>",
                    "<c r=\"A4\" t=\"inlineStr\"><is><r><t>in</t></r><r><t>line</t></r></is></c>"]
        let book = Book(sheets: [.init(name: "Blad1", xml: Book.sheetXML(rows: rows), part: "worksheets/sheet1.xml")],
                        sharedStrings: strings)
        let table = try #require(Self.read(try book.bytes()).table)
        #expect(table.header.cells == ["provincie"])
        #expect(table.rows.map(\.cells) == [["Workshops & kennisevents"], ["regel\r\neen_x0041_"], ["inline"]])
    }

    @Test func emptyRowsAndFormattingOnlyCellsAreIgnored() throws {
        let rows = [Book.textRow(["a", "b"], row: 1) + "<c r=\"C1\" s=\"3\"/><c r=\"XFD1\" s=\"2\"/>",
                    "<c r=\"A2\" s=\"1\"/>", Book.textRow(["x", "y"], row: 3) + "<c r=\"F3\" s=\"1\"/>", ""]
        let book = Book(sheets: [.init(name: "Blad1", xml: Book.sheetXML(rows: rows), part: "worksheets/sheet1.xml")])
        let (table, diagnostics) = Self.read(try book.bytes())
        let read = try #require(table)
        #expect(read.header.cells == ["a", "b"])
        #expect(read.rows == [CSVRecord(line: 3, cells: ["x", "y"])])
        #expect(diagnostics.all.isEmpty)
    }

    @Test func aFilledCellOutsideTheHeaderIsAnErrorWithItsCell() throws {
        let rows = [Book.textRow(["a", "b"], row: 1), Book.textRow(["x", "y", "", "", "z"], row: 2)]
        let book = Book(sheets: [.init(name: "Blad1", xml: Book.sheetXML(rows: rows), part: "worksheets/sheet1.xml")])
        let (_, diagnostics) = Self.read(try book.bytes())
        #expect(diagnostics.texts(.error) == [
            "utrecht.xlsx: blad Blad1, rij 2: cel E2 is gevuld maar staat in een kolom zonder kolomnaam in de kopregel",
        ])
    }

    // MARK: Which sheet

    @Test func hiddenSheetsAreSkippedAndLaterSheetsIgnored() throws {
        let hidden = Book.Sheet(name: "Oud", xml: Book.sheetXML(rows: [Book.textRow(["verborgen"], row: 1)]), state: "hidden",
                                part: "worksheets/oud.xml")
        let data = Book.Sheet(name: "Scan", xml: Book.sheetXML(rows: [Book.textRow(["kop"], row: 1), Book.textRow(["waarde"], row: 2)]),
                              part: "worksheets/gegevens.xml")
        let other = Book.Sheet(name: "Notities", xml: Book.sheetXML(rows: [Book.textRow(["anders"], row: 1)]), part: "worksheets/sheet1.xml")
        let table = try #require(Self.read(try Book(sheets: [hidden, data, other]).bytes()).table)
        #expect(table.sheet == "Scan")
        #expect(table.rows.map(\.cells) == [["waarde"]])
    }

    @Test func aSheetNamedActiviteitenWinsOverTheFirstSheet() throws {
        let first = Book.Sheet(name: "Toelichting", xml: Book.sheetXML(rows: [Book.textRow(["uitleg"], row: 1)]), part: "worksheets/sheet1.xml")
        let data = Book.Sheet(name: "Activiteiten", xml: Book.sheetXML(rows: [Book.textRow(["kop"], row: 1), Book.textRow(["x"], row: 2)]),
                              part: "worksheets/sheet2.xml")
        let table = try #require(Self.read(try Book(sheets: [first, data]).bytes()).table)
        #expect(table.sheet == "Activiteiten")
        #expect(table.header.cells == ["kop"])
    }

    @Test func onlyHiddenSheetsIsAnError() throws {
        let hidden = Book.Sheet(name: "Oud", xml: Book.sheetXML(rows: [Book.textRow(["a"], row: 1)]), state: "veryHidden",
                                part: "worksheets/sheet1.xml")
        #expect(Self.read(try Book(sheets: [hidden]).bytes()).diagnostics.texts(.error) == [
            "utrecht.xlsx: " + Messages.workbookWithoutSheet,
        ])
    }

    // MARK: Merged cells and the whole contract

    @Test func mergedInitiativeCellsFillEveryRowTheySpan() throws {
        let rows = [Self.header + ["bereik"], ["Utrecht", "UT-001", "Digilab", "Scan", "Scans", "10"],
                    ["", "", "", "Workshop AI", "Workshops & kennisevents", "20"],
                    ["", "", "", "Advies op maat", "Advisering/consultancy", "30"]]
        var xmlRows = rows.enumerated().map { Book.textRow($0.element, row: $0.offset + 1) }
        xmlRows[1] = Book.textRow(Array(rows[1].prefix(5)), row: 2) + "<c r=\"F2\"><v>10</v></c>"
        let book = Book(sheets: [.init(name: "Activiteiten", xml: Book.sheetXML(rows: xmlRows, merges: ["A2:A4", "B2:C4", "A1:F1"]),
                                       part: "worksheets/sheet1.xml")])
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("utrecht.xlsx", bytes: try book.bytes())
        let result = try input.load()
        let dataset = try #require(result.dataset, "\(result.diagnostics.texts())")
        #expect(dataset.activities.count == 3)
        #expect(Set(dataset.activities.map(\.initiative)).count == 1)
        #expect(dataset.activities.map(\.reach) == [10, 20, 30])
    }

    @Test func errorsNameFileSheetAndCell() throws {
        let book = try Book.single([Self.header + ["bereik"], ["Utrecht", "UT-001", "Digilab", "Scan", "Workshop", "veel"]])
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("utrecht.xlsx", bytes: book)
        let result = try input.load()
        #expect(result.diagnostics.texts(.error) == [
            "utrecht.xlsx: blad Activiteiten, cel E2: kolom type_activiteit: onbekende waarde \"Workshop\" — bedoelde u \"Workshops & kennisevents\"?",
            "utrecht.xlsx: blad Activiteiten, cel F2: kolom bereik: " + Messages.reachInvalid("veel", ReachParser.parse("veel")),
        ])
        let within = result.diagnostics.errors.first?.descriptionWithinFile
        #expect(within?.hasPrefix("blad Activiteiten, cel E2: kolom type_activiteit: ") == true)
    }

    @Test func headerProblemsNameTheSheetAndRow() throws {
        let book = try Book.single([["provincie", "initiatief_id", "activiteit"], ["Utrecht", "UT-001", "Scan"]])
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("utrecht.xlsx", bytes: book)
        let texts = try input.load().diagnostics.texts(.error)
        #expect(texts.contains { $0.hasPrefix("utrecht.xlsx: blad Activiteiten, rij 1: kolom initiatief: ") })
    }

    @Test func csvAndWorkbookDeliveriesAreReadTogether() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("utrecht.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row()]))
        try input.write("zeeland.xlsx", bytes: try Book.single([Self.header, ["", "ZE-001", "Zeeuws lab", "Scan", "Scans"]]))
        let result = try input.load()
        let dataset = try #require(result.dataset, "\(result.diagnostics.texts())")
        #expect(dataset.activities.count == 2)
        #expect(result.files.map { ($0 as NSString).lastPathComponent } == ["utrecht.csv", "zeeland.xlsx"])
    }

    // MARK: Files that are no workbook we read

    @Test func legacyOpenDocumentAndEncryptedFilesGetAMessageHowToSaveThem() throws {
        var ole = SpreadsheetKind.oleSignature + [UInt8](repeating: 0, count: 600)
        #expect(Self.read(ole, file: "oud.xls").diagnostics.texts(.error) == ["oud.xls: " + Messages.legacyExcel])
        ole.append(contentsOf: SpreadsheetKind.encryptedStream)
        #expect(Self.read(ole, file: "geheim.xlsx").diagnostics.texts(.error) == ["geheim.xlsx: " + Messages.encryptedWorkbook])
        var ods = try HandMadeWorkbook.zip(["content.xml": Array("<office:document-content/>".utf8)])
        #expect(Self.read(ods, file: "scan.ods").diagnostics.texts(.error) == ["scan.ods: " + Messages.openDocument])
        ods = try HandMadeWorkbook.zip(["content.xml": Array("<x/>".utf8)])
        #expect(Self.read(ods, file: "scan.xlsx").diagnostics.texts(.error) == ["scan.xlsx: " + Messages.openDocument])
        #expect(Self.read(Array("PK".utf8), file: "kapot.xlsx").diagnostics.texts(.error) == ["kapot.xlsx: " + Messages.notAWorkbook])
        #expect(Messages.legacyExcel.contains("Opslaan als") && Messages.encryptedWorkbook.contains("wachtwoord"))
    }

    @Test func spreadsheetsInTheYearFolderAreReadOrRefusedWithAnError() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("utrecht.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row()]))
        try input.write("zeeland.xls", bytes: SpreadsheetKind.oleSignature + [UInt8](repeating: 0, count: 100))
        try input.write("~$utrecht.xlsx", "lock")
        let result = try input.load()
        #expect(result.dataset == nil)
        #expect(result.diagnostics.texts(.error) == ["zeeland.xls: " + Messages.legacyExcel])
        #expect(result.diagnostics.warnings.map(\.message) == [Messages.lockFileSkipped])
    }

    // MARK: Hostile workbooks stay bounded

    @Test func aZipBombStopsAtThePartLimit() throws {
        let padding = String(repeating: " ", count: 8_000_000)
        let xml = Book.sheetXML(rows: [Book.textRow(["a"], row: 1)]).replacingOccurrences(of: "<sheetData>", with: "<sheetData>" + padding)
        let bytes = try Book(sheets: [.init(name: "Blad1", xml: xml, part: "worksheets/sheet1.xml")]).bytes()
        #expect(bytes.count < 100_000)
        let limits = WorkbookReadLimits(maximumPartSize: 1_000_000, maximumTotalSize: 2_000_000)
        let errors = Self.read(bytes, limits: limits).diagnostics.texts(.error)
        #expect(errors == ["utrecht.xlsx: " + Messages.workbookPartTooLarge("xl/worksheets/sheet1.xml", limit: 1_000_000)])
        #expect(Self.read(bytes).table != nil)
    }

    @Test func aLyingSizeHeaderDoesNotLiftTheLimit() throws {
        let padding = String(repeating: "<!-- -->", count: 500_000)
        let xml = Book.sheetXML(rows: [Book.textRow(["a"], row: 1)]).replacingOccurrences(of: "<sheetData>", with: "<sheetData>" + padding)
        var bytes = try Book(sheets: [.init(name: "Blad1", xml: xml, part: "worksheets/sheet1.xml")]).bytes()
        Self.forgeUncompressedSize(of: "xl/worksheets/sheet1.xml", in: &bytes, to: 100)
        let limits = WorkbookReadLimits(maximumPartSize: 1_000_000, maximumTotalSize: 2_000_000)
        let errors = Self.read(bytes, limits: limits).diagnostics.texts(.error)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("te groot") == true || errors.first?.contains("beschadigd") == true)
        #expect(errors.first?.contains("te groot") == true, "\(errors)")
    }

    @Test func theTotalOfAllPartsIsCapped() throws {
        let padding = String(repeating: " ", count: 600_000)
        let xml = Book.sheetXML(rows: [Book.textRow(["a"], row: 1)]).replacingOccurrences(of: "<sheetData>", with: "<sheetData>" + padding)
        let strings = "<?xml version=\"1.0\"?>" + padding + "<sst xmlns=\"\(Book.main)\"></sst>"
        let bytes = try Book(sheets: [.init(name: "Blad1", xml: xml, part: "worksheets/sheet1.xml")], sharedStrings: strings).bytes()
        let limits = WorkbookReadLimits(maximumPartSize: 1_000_000, maximumTotalSize: 1_000_000)
        let errors = Self.read(bytes, limits: limits).diagnostics.texts(.error)
        #expect(errors == ["utrecht.xlsx: " + Messages.workbookPartTooLarge("xl/worksheets/sheet1.xml", limit: 1_000_000)])
    }

    /// Sets the uncompressed size in the local header and the central directory entry of one part.
    static func forgeUncompressedSize(of path: String, in bytes: inout [UInt8], to size: UInt32) {
        let name = Array(path.utf8)
        func put(_ offset: Int) {
            for shift in 0..<4 { bytes[offset + shift] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(shift))) }
        }
        var index = 0
        while index + 46 < bytes.count {
            if bytes[index..<index + 4].elementsEqual([0x50, 0x4B, 0x03, 0x04]),
               bytes[(index + 30)..<min(bytes.count, index + 30 + name.count)].elementsEqual(name) {
                put(index + 22)
            }
            if bytes[index..<index + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]),
               bytes[(index + 46)..<min(bytes.count, index + 46 + name.count)].elementsEqual(name) {
                put(index + 24)
            }
            index += 1
        }
    }

    @Test(arguments: [
        "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
        "<!DOCTYPE worksheet SYSTEM \"file:///etc/passwd\">",
        "<!DOCTYPE worksheet>",
    ])
    func documentTypesAndEntityDeclarationsAreRefused(doctype: String) throws {
        let xml = "<?xml version=\"1.0\"?>" + doctype + "<worksheet xmlns=\"\(Book.main)\"><sheetData><row r=\"1\">"
            + "<c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>"
        let bytes = try Book(sheets: [.init(name: "Blad1", xml: xml, part: "worksheets/sheet1.xml")]).bytes()
        #expect(Self.read(bytes).diagnostics.texts(.error) == ["utrecht.xlsx: " + Messages.workbookDoctype("xl/worksheets/sheet1.xml")])
    }

    @Test func brokenXMLIsADamagedWorkbook() throws {
        let bytes = try Book(sheets: [.init(name: "Blad1", xml: "<worksheet><sheetData><row>", part: "worksheets/sheet1.xml")]).bytes()
        let errors = Self.read(bytes).diagnostics.texts(.error)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("utrecht.xlsx: werkboek is beschadigd") == true)
    }

    @Test func cellReferencesRoundTrip() {
        for column in [0, 25, 26, 701, 702, 16_383] {
            #expect(CellReference("$" + CellReference.letters(column) + "$7") == CellReference(column: column, row: 7))
        }
        #expect(CellReference("XFE1") == nil)
        #expect(CellReference("A0") == nil)
        #expect(CellReference("A1048577") == nil)
    }
}

@Suite("Excel-aanleveringen: gevonden door de fuzzer")
struct XLSXFuzzFindingsTests {
    /// Fuzz findings, each a damaged workbook told at once, from a file and from bytes alone:
    /// - a zip whose directory points past the end of the file (trapped in ZIPFoundation's in-memory mode);
    /// - a compressed part whose deflate stream does not end within the file (ZIPFoundation asked for more bytes at
    ///   the end of the file forever);
    /// - one whose stream needs more than its last, shorter piece (ZIPFoundation let zlib read past it: a crash).
    @Test(arguments: ["fuzz-offset-past-end", "fuzz-stream-past-end", "fuzz-short-last-piece"])
    func aDamagedZipIsADamagedWorkbookNotACrashOrAHang(_ name: String) throws {
        let path = ProjectPaths.fixtures + "/xlsx/\(name).xlsx"
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        for source in [path, nil] {
            var diagnostics = Diagnostics()
            let table = XLSXDeliveryReader.read(bytes, file: "kapot.xlsx", path: source, diagnostics: &diagnostics)
            #expect(table == nil)
            #expect(diagnostics.errors.count == 1)
            // The message is Dutch and says what is wrong, not the reader's internal error.
            #expect(diagnostics.errors.allSatisfy { !$0.message.contains("damaged(")
                && (name == "fuzz-offset-past-end" || $0.message.contains("beschadigd")) },
                    "\(diagnostics.errors.map(\.message))")
        }
    }

    /// The data ranges read from the directory are those of the entries, for stored and deflated parts alike.
    @Test func dataRangesFollowTheDirectory() throws {
        let path = ProjectPaths.fixtures + "/xlsx/zeeland-libreoffice.xlsx"
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let ranges = try #require(ZipDataRanges.ranges(bytes))
        let parts = try XLSXReader(path: path).parts
        #expect(ranges.count == parts.count)
        #expect(ranges.allSatisfy { $0.start > 0 && $0.start + $0.count <= bytes.count })
        #expect(ZipDataRanges.ranges(Array(bytes.prefix(100))) == nil)
        // Every part still reads back whole, through the ranges.
        var diagnostics = Diagnostics()
        #expect(XLSXDeliveryReader.read(bytes, file: "zeeland.xlsx", path: nil, diagnostics: &diagnostics) != nil)
        #expect(!diagnostics.hasErrors)
    }
}
