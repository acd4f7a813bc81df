import Foundation

/// The scan template a province fills in: sheet `Activiteiten` with the contract's columns, an input message and
/// a data validation on every column, sheet `Toelichting` with instructions and an example row, and sheet
/// `Lijsten` with the lists the drop-downs read. It holds no formulas in cells; the reader accepts what it allows.
///
/// Multi-valued columns get the list as a drop-down with the "information" error style: one value is picked
/// from the list, several are typed with `;` between them and kept after Excel's notice (see docs/keuzes.md).
public struct ScanTemplate {
    public static let dataSheet = "Activiteiten"
    public static let helpSheet = "Toelichting"
    public static let listSheet = "Lijsten"
    /// The unknown-reach words offered in the drop-down of `bereik` (the reader knows more spellings).
    static let unknownReach = ["onbekend", "n.b."]
    static let maximumReach = 10_000_000

    public let taxonomy: Taxonomy
    /// The texts from `Templates/sjabloon.yaml`.
    public let texts: ScanTemplateTexts
    /// The province the template is for (its label), or nil for the neutral template.
    public let province: String?
    public let columns: [Column] = Column.allCases

    public init(taxonomy: Taxonomy, texts: ScanTemplateTexts, province: String? = nil) {
        self.taxonomy = taxonomy
        self.texts = texts
        self.province = province
    }

    /// The rows under the header whose province cell is filled in ahead: the reader treats a row with nothing
    /// else as empty (docs/invoerformaat.md), so unused rows cost nothing.
    public var prefilledRows: Int { province == nil ? 0 : texts.prefilledRows }

    /// `Utrecht.xlsx`, or `Regioscan.xlsx` for the neutral template.
    public var fileName: String { (province ?? "Regioscan") + ".xlsx" }

    /// Writes the template; `rows` fills it in (tests use this to play a province), reach digits as numbers.
    public func write(to path: String, rows: [[Column: String]] = [], created: Int = 1_703_980_800) throws {
        let properties = XLSXWorkbook.Properties(title: "Regioscan — invulsjabloon", subject: province ?? "Alle provincies",
                                                 author: "Regioscan", company: "", created: created)
        let workbook = try XLSXWorkbook(path: path, properties: properties, constantMemory: false)
        let data = try workbook.addWorksheet(Self.dataSheet)
        let help = try workbook.addWorksheet(Self.helpSheet)
        let lists = try workbook.addWorksheet(Self.listSheet)
        let ranges = try writeLists(lists)
        try writeHeader(data)
        for (column, index) in zip(columns, columns.indices) {
            try data.addValidation(validation(column, range: ranges[column]), firstRow: 1,
                                   lastRow: XLSXLimits.maximumRows - 1, column: index)
        }
        try prefill(data)
        for (offset, row) in rows.enumerated() { try write(row, to: data, row: offset + 1) }
        try writeHelp(help)
        try workbook.close()
    }

    private func writeHeader(_ sheet: XLSXWorksheet) throws {
        for (index, column) in columns.enumerated() {
            try sheet.write(column.rawValue, row: 0, column: index, format: .header)
            try sheet.setColumn(index, width: Self.width(column))
        }
        sheet.freezePanes(row: 1, column: 0)
    }

    /// The province in its column, in grey so that it reads as given rather than typed.
    private func prefill(_ sheet: XLSXWorksheet) throws {
        guard let province, let index = columns.firstIndex(of: .province) else { return }
        for row in 0..<prefilledRows { try sheet.write(province, row: row + 1, column: index, format: .prefilled) }
    }

    private func write(_ row: [Column: String], to sheet: XLSXWorksheet, row number: Int) throws {
        for (index, column) in columns.enumerated() {
            guard let value = row[column], !value.isEmpty else { continue }
            if column == .reach, let reach = Int64(value), (0...Int64(Self.maximumReach)).contains(reach) {
                try sheet.write(Double(reach), row: number, column: index, format: .plain)
            } else {
                try sheet.write(value, row: number, column: index)
            }
        }
    }

    /// Room for the header and typical values; free-text columns get more.
    static func width(_ column: Column) -> Double {
        switch column {
        case .activity, .initiative, .note: 40
        case .archetype, .sector, .digitalForm, .bottleneck, .marketFailure, .initiator, .financier, .executor: 28
        case .technology, .application, .goal, .geography, .website, .email, .contactPerson: 22
        default: max(12, Double(column.rawValue.count) + 4)
        }
    }

    // MARK: Lists

    /// The values a column's drop-down offers, or nil for free text.
    func listValues(_ column: Column) -> [String]? {
        if column == .province, let province { return [province] }
        if let dimension = column.dimension {
            let dimension = taxonomy[dimension]
            return column == .province || column == .archetype ? dimension.labels : dimension.labelsWithUnspecified
        }
        if let open = column.openVocabulary { return taxonomy[open].labels }
        if column == .reach { return Self.unknownReach }
        if column == .goodPractice { return ["ja", "nee"] }
        return nil
    }

    /// One column per list on `Lijsten`, headed by the column name; returns the absolute range of each.
    private func writeLists(_ sheet: XLSXWorksheet) throws -> [Column: String] {
        var ranges: [Column: String] = [:]
        var listColumn = 0
        for column in columns {
            guard let values = listValues(column), !values.isEmpty else { continue }
            try sheet.write(column.rawValue, row: 0, column: listColumn, format: .header)
            for (offset, value) in values.enumerated() { try sheet.write(value, row: offset + 1, column: listColumn) }
            try sheet.setColumn(listColumn, width: min(60, Double(values.map(\.count).max() ?? 10) + 2))
            let letters = CellReference.letters(listColumn)
            ranges[column] = "=\(Self.listSheet)!$\(letters)$2:$\(letters)$\(values.count + 1)"
            listColumn += 1
        }
        sheet.freezePanes(row: 1, column: 0)
        return ranges
    }

    // MARK: Validation

    func validation(_ column: Column, range: String?) -> XLSXValidation {
        let title = column.rawValue
        let message = texts.help(column, province: province)
        if column == .reach, let range {
            // The first cell of the range (B2 style, relative) stands for every cell of the column.
            let cell = CellReference.letters(columns.firstIndex(of: .reach)!) + "2"
            let formula = "=OR(AND(ISNUMBER(\(cell)),\(cell)>=0,\(cell)<=\(Self.maximumReach),\(cell)=INT(\(cell))),"
                + "ISNUMBER(MATCH(\(cell),\(range.dropFirst()),0)))"
            return XLSXValidation(rule: .formula(formula), inputTitle: title, inputMessage: message, errorStyle: .warning,
                                  errorTitle: texts.reachErrorTitle, errorMessage: texts.reachError)
        }
        if let range {
            let open = column.openVocabulary != nil
            let style: XLSXValidation.ErrorStyle = column.isMultiValued || open ? .information : .stop
            return XLSXValidation(rule: .list(range: range), inputTitle: title, inputMessage: message, errorStyle: style,
                                  errorTitle: title, errorMessage: texts.listError(column))
        }
        // Free text: only the input message.
        return XLSXValidation(rule: .any, inputTitle: title, inputMessage: message, errorStyle: .information,
                              errorTitle: title, errorMessage: "")
    }

    // MARK: Toelichting

    /// The widths of the label and text columns of `Toelichting`, in characters.
    static let helpWidths = (label: 28.0, text: 90.0)

    /// A label and its text, wrapped, in a row as high as the longer of the two needs.
    private func writeWrapped(_ label: String, _ text: String, to sheet: XLSXWorksheet, row: Int) throws {
        try sheet.write(label, row: row, column: 0, format: .wrappedTop)
        try sheet.write(text, row: row, column: 1, format: .wrappedTop)
        // A column is as wide as that many digits; ordinary text is narrower (about 0.8 of a digit in Calibri and
        // LibreOffice's default font), so 1.1 characters per unit of width still leaves room for long words.
        let lines = max(XLSXWorksheet.wrappedLines(label, width: Self.helpWidths.label * 1.1),
                        XLSXWorksheet.wrappedLines(text, width: Self.helpWidths.text * 1.1))
        if lines > 1 { try sheet.setRow(row, height: Double(lines) * XLSXWorksheet.lineHeight) }
    }

    /// A numbered step (`3. Kolommen met …`) as its number and its text; any other line is text only.
    static func step(_ line: String) -> (label: String, text: String) {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        let rest = line.dropFirst(digits.count)
        guard !digits.isEmpty, rest.hasPrefix(". ") else { return ("", line) }
        return ("\(digits).", String(rest.dropFirst(2)))
    }

    /// Two columns, as the example row and the archetypes need them: a label on the left, wrapped text on the right
    /// (rows without a set height grow with wrapped text in Excel and LibreOffice; merged cells would not).
    /// Printed on A4, fitted to the page width.
    private func writeHelp(_ sheet: XLSXWorksheet) throws {
        try sheet.setColumn(0, width: Self.helpWidths.label)
        try sheet.setColumn(1, width: Self.helpWidths.text)
        sheet.preparePrinting(landscape: false)
        let instructions = texts.instructions(province: province)
        var row = 0
        if let title = instructions.first { try sheet.write(title, row: row, column: 0, format: .title) }
        row += 1
        for line in instructions.dropFirst() {
            let (label, text) = Self.step(line)
            try writeWrapped(label, text, to: sheet, row: row)
            row += 1
        }
        row += 1
        try sheet.write(texts.exampleHeading, row: row, column: 0, format: .heading)
        row += 1
        let example = texts.exampleRow(province: province)
        for column in columns {
            try sheet.write(column.rawValue, row: row, column: 0, format: .header)
            try sheet.write(example[column] ?? "", row: row, column: 1)
            row += 1
        }
        row += 1
        try sheet.write(texts.archetypeHeading, row: row, column: 0, format: .heading)
        row += 1
        for category in taxonomy.archetypes.categories {
            let label = (category.codes.first.map { "\($0). " } ?? "") + category.label
            try writeWrapped(label, category.explanation ?? "", to: sheet, row: row)
            row += 1
        }
    }
}
