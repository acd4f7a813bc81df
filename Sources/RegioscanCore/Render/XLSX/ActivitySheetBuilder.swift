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
        var personalColumns: [String] = []
        switch builder.subject {
        case .national:
            indices = Array(dataset.activities.indices)
        case .province(let name):
            let province = dataset.taxonomy.provinceNames.firstIndex(of: name)
            indices = dataset.activities.indices.filter { dataset.activities[$0].province == province }
            for index in indices {
                for field in dataset.personal[index] ?? [] where !personalColumns.contains(field.column) {
                    personalColumns.append(field.column)
                }
            }
        }
        let headers = Self.columns.map { texts.activityColumn($0) } + personalColumns.map { texts.activityColumn($0) }
        var sheet = WorkbookSheet(name: builder.names.activities, title: builder.names.activities, notice: builder.notice,
                                  notes: [texts.text("activiteiten_uitleg")])
        if !personalColumns.isEmpty { sheet.notes.append(texts.text("persoonsgegevens")) }
        let limit = XLSXLimits.maximumRows - 8
        if indices.count > limit {
            sheet.notes.append(texts.text("te_veel_rijen").replacingOccurrences(of: "{aantal}", with: DutchNumber.integer(limit)))
        }
        let row = ActivityRow(dataset: dataset, texts: texts)
        sheet.blocks.append(SheetBlock(headers: headers, rowCount: indices.count, tableName: "Activiteiten",
                                       widths: ActivityRow.widths + personalColumns.map { _ in 24 }) { position in
            let index = indices[position]
            let personal = dataset.personal[index] ?? []
            return row.cells(index) + personalColumns.map { column in
                personal.first { $0.column == column }.map { .text($0.value) } ?? .empty
            }
        })
        sheet.landscape = true
        return sheet
    }
}
