/// The `Activiteiten` sheet: every activity with its normalised values, one row each, as an Excel table; over
/// Excel's row limit the activities continue on `Activiteiten 2` and further.
/// Personal data only in the workbook of the province that delivered it.
struct ActivitySheetBuilder {
    let builder: WorkbookBuilder

    static let columns = [
        "provincie", "initiatief_id", "initiatief", "activiteit", "type_activiteit", "sector", "omvang", "fase",
        "geografie", "maturiteit", "digitaliseringsvorm", "technologie", "toepassing", "doel", "knelpunt", "marktfalen",
        "initiatiefnemer", "financier", "uitvoerder", "bereik", "good_practice", "toelichting", "website", "bron",
    ]

    /// Rows per sheet: Excel's 1,048,576 rows less the title, notes and header above the table.
    static let rowsPerSheet = XLSXLimits.maximumRows - 16
    let rowsPerSheet: Int

    /// One sheet, or several (`Activiteiten`, `Activiteiten 2`, …) when the activities do not fit on one; each
    /// part says which activities it holds. With each sheet the line that the overview shows for it.
    func sheets() -> [(sheet: WorkbookSheet, summary: String)] {
        let dataset = builder.materials.dataset
        let texts = builder.texts
        let indices: [Int]
        var personalColumns: [(key: String, header: String)] = []
        switch builder.subject {
        case .national:
            indices = Array(dataset.activities.indices)
        case .province(let name):
            let province = dataset.taxonomy.provinceNames.firstIndex(of: name)
            indices = dataset.activities.indices.filter { dataset.activities[$0].province == province }
            personalColumns = Self.personalColumns(indices.lazy.map { dataset.personal.fields(of: $0) })
        }
        // SheetBlock numbers any header that Excel would still see as equal (also to a fixed column).
        let headers = Self.columns.map { texts.activityColumn($0) } + personalColumns.map { Self.header($0.header, texts) }
        let row = ActivityRow(dataset: dataset, texts: texts, lists: builder.materials.labelLists)
        let parts = Self.parts(count: indices.count, rowsPerSheet: rowsPerSheet)
        let names = builder.names.activityParts(parts.count)
        return parts.enumerated().map { number, part in
            let name = names[number]
            var sheet = WorkbookSheet(name: name, title: name, notice: builder.notice, notes: [texts.text("activiteiten_uitleg")])
            if !personalColumns.isEmpty { sheet.notes.append(texts.text("persoonsgegevens")) }
            var summary = texts.text("activiteiten_uitleg")
            if parts.count > 1 {
                sheet.notes.append(Self.filled(texts.text("activiteiten_deel"), part: part, number: number, of: parts.count))
                summary = Self.filled(texts.text("activiteiten_deel_kort"), part: part, number: number, of: parts.count)
            }
            let tableName = number == 0 ? "Activiteiten" : "Activiteiten\(number + 1)"
            // The row of position `position` in this part, with the province's personal data.
            func write<Row: TableRowWriter & ~Copyable>(_ position: Int, to out: inout Row) {
                let index = indices[part.lowerBound + position]
                row.write(index, to: &out)
                guard !personalColumns.isEmpty else { return }
                let personal = dataset.personal.fields(of: index)
                for column in personalColumns {
                    if let field = personal.first(where: { $0.columnKey == column.key }) { out.text(field.value) } else { out.empty() }
                }
            }
            var block = SheetBlock(headers: headers, rowCount: part.count, tableName: tableName,
                                   widths: ActivityRow.widths + personalColumns.map { _ in 24 }) { position in
                var cells = TableCellCollector()
                write(position, to: &cells)
                return cells.cells
            }
            block.writeRow = { position, stream in write(position, to: &stream) }
            sheet.blocks.append(block)
            sheet.landscape = true
            return (sheet, summary)
        }
    }

    private static func filled(_ text: String, part: Range<Int>, number: Int, of count: Int) -> String {
        text.replacingOccurrences(of: "{deel}", with: String(number + 1))
            .replacingOccurrences(of: "{delen}", with: String(count))
            .replacingOccurrences(of: "{van}", with: DutchNumber.integer(part.lowerBound + 1))
            .replacingOccurrences(of: "{tot}", with: DutchNumber.integer(part.upperBound))
    }

    /// The rows of each sheet; one empty part when there are no activities, so that the sheet is still there.
    static func parts(count: Int, rowsPerSheet: Int) -> [Range<Int>] {
        stride(from: 0, to: max(count, 1), by: max(rowsPerSheet, 1)).map { $0..<min($0 + rowsPerSheet, count) }
    }

    /// `contactpersoon` and `email` get the template's name; a column from the settings keeps the file's own
    /// header (a column named `bron` must not turn into the source column's name).
    static func header(_ column: String, _ texts: WorkbookTexts) -> String {
        Column(rawValue: column)?.isPersonal == true ? texts.activityColumn(column) : column
    }

    /// One column per personal-data key (`Telefoon` and `telefoon` are one), headed by the first spelling met,
    /// in the order the columns first appear.
    static func personalColumns<Rows: Sequence>(_ rows: Rows) -> [(key: String, header: String)]
        where Rows.Element: Sequence<PersonalField> {
        var columns: [(key: String, header: String)] = []
        var keys = Set<String>()
        for fields in rows {
            for field in fields where keys.insert(field.columnKey).inserted {
                columns.append((field.columnKey, field.column))
            }
        }
        return columns
    }
}
