/// The `Activiteiten` sheet: every activity with its normalised values, one row each, as an Excel table.
/// Personal data only in the workbook of the province that delivered it.
struct ActivitySheetBuilder {
    let builder: WorkbookBuilder

    static let columns = [
        "provincie", "initiatief_id", "initiatief", "activiteit", "type_activiteit", "sector", "omvang", "fase",
        "geografie", "maturiteit", "digitaliseringsvorm", "technologie", "toepassing", "doel", "knelpunt", "marktfalen",
        "initiatiefnemer", "financier", "uitvoerder", "bereik", "good_practice", "toelichting", "website", "bron",
    ]

    func sheet() -> WorkbookSheet {
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
            personalColumns = Self.personalColumns(indices.map { dataset.personal[$0] ?? [] })
        }
        // SheetBlock numbers any header that Excel would still see as equal (also to a fixed column).
        let headers = Self.columns.map { texts.activityColumn($0) } + personalColumns.map { Self.header($0.header, texts) }
        var sheet = WorkbookSheet(name: builder.names.activities, title: builder.names.activities, notice: builder.notice,
                                  notes: [texts.text("activiteiten_uitleg")])
        if !personalColumns.isEmpty { sheet.notes.append(texts.text("persoonsgegevens")) }
        let limit = XLSXLimits.maximumRows - 8
        if indices.count > limit {
            sheet.notes.append(texts.text("te_veel_rijen").replacingOccurrences(of: "{aantal}", with: DutchNumber.integer(limit)))
        }
        let row = ActivityRow(dataset: dataset, texts: texts, lists: builder.labelLists ?? ActivityLabelLists(dataset: dataset))
        sheet.blocks.append(SheetBlock(headers: headers, rowCount: indices.count, tableName: "Activiteiten",
                                       widths: ActivityRow.widths + personalColumns.map { _ in 24 }) { position in
            let index = indices[position]
            let personal = dataset.personal[index] ?? []
            return row.cells(index) + personalColumns.map { column in
                personal.first { $0.columnKey == column.key }.map { .text($0.value) } ?? .empty
            }
        })
        sheet.landscape = true
        return sheet
    }

    /// `contactpersoon` and `email` get the template's name; a column from the settings keeps the file's own
    /// header (a column named `bron` must not turn into the source column's name).
    static func header(_ column: String, _ texts: WorkbookTexts) -> String {
        Column(rawValue: column)?.isPersonal == true ? texts.activityColumn(column) : column
    }

    /// One column per personal-data key (`Telefoon` and `telefoon` are one), headed by the first spelling met,
    /// in the order the columns first appear.
    static func personalColumns(_ rows: [[PersonalField]]) -> [(key: String, header: String)] {
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
