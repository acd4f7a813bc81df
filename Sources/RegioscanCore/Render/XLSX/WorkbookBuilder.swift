/// Lays out the sheets of one workbook from the computed figures: overview, key figures, one sheet per figure,
/// activities, providers and warnings. It arranges rows; it counts nothing.
struct WorkbookBuilder {
    let materials: ReportMaterials
    let subject: WorkbookSubject
    let names: WorkbookSheetNames
    let warnings: WorkbookWarnings
    /// Activities per `Activiteiten` sheet; lower in tests, to split without a million rows.
    var activityRowsPerSheet = ActivitySheetBuilder.rowsPerSheet

    var texts: WorkbookTexts { materials.templates.workbookTexts }
    var figureTexts: FigureTexts { materials.texts }
    var figures: FigureSet { materials.figures }
    var settings: Settings { materials.dataset.settings }

    init(materials: ReportMaterials, subject: WorkbookSubject, warnings: WorkbookWarnings) {
        self.materials = materials
        self.subject = subject
        self.warnings = warnings
        names = WorkbookSheetNames(texts: materials.templates.workbookTexts)
    }

    /// The scopes shown side by side: the subject first, then the others it is compared with.
    var scopes: [String] {
        switch subject {
        case .national: [FigureRow.national] + materials.dataset.taxonomy.provinceNames
        case .province(let name): [name, FigureRow.national]
        }
    }

    var notice: String? { settings.isSampleData ? texts.text("voorbeelddata") : nil }

    func sheets() -> [WorkbookSheet] {
        let activities = ActivitySheetBuilder(builder: self, rowsPerSheet: activityRowsPerSheet).sheets()
        var sheets = [overview(activitySheets: activities.map { ($0.sheet.name, $0.summary) }), keyFigures()]
        for id in figures.ids where id != .keyFigures {
            sheets.append(FigureSheetBuilder(builder: self).sheet(id))
        }
        if let comparison = materials.comparison {
            sheets.append(DevelopmentSheetBuilder(builder: self, comparison: comparison).sheet())
        }
        sheets.append(contentsOf: activities.map(\.sheet))
        sheets.append(providers())
        if case .national = subject { sheets.append(LearningCircleSheetBuilder(builder: self).sheet()) }
        sheets.append(validation())
        return sheets
    }

    var workbookTitle: String {
        switch subject {
        case .national: "\(settings.title) – \(settings.subtitle) \(settings.yearLine)"
        case .province(let name): "\(settings.title) \(settings.yearLine) – \(texts.text("provincie")) \(name)"
        }
    }

    // MARK: Overview and key figures

    private func overview(activitySheets: [(name: String, summary: String)]) -> WorkbookSheet {
        var sheet = WorkbookSheet(name: names.overview, title: workbookTitle, notice: notice,
                                  notes: [settings.publisher])
        sheet.blocks.append(SheetBlock(heading: texts.text("kerncijfers"), table: keyFigureTable()))
        var contents: [[TableCell]] = [[.sheetLink(text: names.keyFigures, sheet: names.keyFigures), .text(figureTexts[.keyFigures].title)]]
        for id in figures.ids where id != .keyFigures {
            let name = names.figure(id)
            contents.append([.sheetLink(text: name, sheet: name), .text(figureTexts[id].title)])
        }
        var more = activitySheets.map { ($0.name, $0.summary) } + [(names.providers, texts.text("aanbieders_uitleg"))]
        if case .national = subject { more.append((names.learningCircles, texts.text("leerkringen_kort"))) }
        if materials.comparison != nil { more.insert((names.development, texts.text("ontwikkeling_kort")), at: 0) }
        for (name, text) in more + [(names.validation, texts.text("validatie_uitleg"))] {
            contents.append([.sheetLink(text: name, sheet: name), .text(text)])
        }
        // "Inhoud" once: as the header of the contents table, not also as a heading above it.
        sheet.blocks.append(SheetBlock(headers: [texts.text("inhoud"), ""],
                                       rowCount: contents.count) { contents[$0] })
        return sheet
    }

    func keyFigureTable() -> DataTable {
        let figure = figures[.keyFigures]
        let text = figureTexts[.keyFigures]
        let rows = figure.categories.compactMap { category -> [TableCell]? in
            let cells = scopes.map { scope in
                figure.value(province: scope, category: category).map {
                    materials.tables.keyFigureCell(FigureRow(province: scope, category: category, value: $0))
                } ?? .empty
            }
            guard cells.contains(where: { $0 != .empty }) else { return nil }
            return [.text(text.label(category))] + cells
        }
        return DataTable(caption: text.title, headers: [text.column(0, "Kerncijfer")] + scopes, rows: rows)
    }

    private func keyFigures() -> WorkbookSheet {
        var sheet = WorkbookSheet(name: names.keyFigures, title: figureTexts[.keyFigures].title, notice: notice)
        if subject == .national, let note = materials.keyFiguresPerProvinceNote { sheet.notes.append(note) }
        sheet.blocks.append(SheetBlock(table: keyFigureTable()))
        return sheet
    }

    // MARK: Providers and warnings

    private func providers() -> WorkbookSheet {
        let counts = figures[.commonProviders].providerCounts[subject.name] ?? []
        let nodes = Dictionary((figures[.providerNetwork].network?.nodes ?? []).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let headers = texts.providerColumns.count == 7 ? texts.providerColumns
            : ["Aanbieder", "Initiatieven", "Initiatiefnemer", "Financier", "Uitvoerder", "Verbindingen", "Meest actief in"]
        let rows: [[TableCell]] = counts.map { count in
            [.text(count.name), .integer(Int64(count.total))]
                + Role.allCases.map { .integer(Int64(count.perRole[$0] ?? 0)) }
                + [nodes[count.name].map { .integer(Int64($0.degree)) } ?? .empty,
                   nodes[count.name].map { .text($0.province) } ?? .empty]
        }
        var sheet = WorkbookSheet(name: names.providers, title: names.providers, notice: notice,
                                  notes: [texts.text("aanbieders_uitleg")])
        sheet.blocks.append(SheetBlock(headers: headers, rowCount: rows.count, tableName: "Aanbieders") { rows[$0] })
        return sheet
    }

    /// The line of a text file as a number; in a delivered workbook the sheet and cell as the user looks for them.
    static func place(_ location: SourceLocation) -> TableCell {
        if location.sheet != nil, let place = location.placeWithinFile { return .text(place) }
        return location.line.map { .integer(Int64($0)) } ?? .empty
    }

    private func validation() -> WorkbookSheet {
        let warnings = warnings.warnings(for: subject)
        let headers = texts.validationColumns.count == 5 ? texts.validationColumns : ["Bestand", "Regel", "Kolom", "Soort", "Melding"]
        var sheet = WorkbookSheet(name: names.validation, title: names.validation, notice: notice)
        if warnings.isEmpty { sheet.notes.append(texts.text("geen_waarschuwingen")) }
        let rows: [[TableCell]] = warnings.map { warning in
            [.text(warning.location.file), Self.place(warning.location),
             .text(warning.location.column ?? ""), .text(warning.kind.dutchName), .text(warning.message)]
        }
        let inWorkbook = warnings.contains { $0.location.sheet != nil }
        sheet.blocks.append(SheetBlock(headers: headers, rowCount: rows.count, tableName: rows.isEmpty ? nil : "Validatie",
                                       widths: [30, inWorkbook ? 30 : 8, 16, 18, 90]) { rows[$0] })
        return sheet
    }
}
