/// One sheet per figure: its table (national and per province, or the province beside the country) and a
/// native chart of the same kind as the report's drawing.
struct FigureSheetBuilder {
    let builder: WorkbookBuilder

    var figures: FigureSet { builder.figures }
    var texts: FigureTexts { builder.figureTexts }
    var scopes: [String] { builder.scopes }
    var subject: WorkbookSubject { builder.subject }

    func sheet(_ id: FigureID) -> WorkbookSheet {
        let figure = figures[id]
        var sheet = WorkbookSheet(name: builder.names.figure(id), title: texts.caption(id), notice: builder.notice)
        if let note = texts.note(for: id) { sheet.notes.append(note) }
        if case .province(let name) = subject {
            sheet.notes.append(builder.texts.text("vergelijking").replacingOccurrences(of: "{provincie}", with: name))
        }
        switch id {
        case .keyFigures: break
        case .reachEffortClasses: classes(figure, into: &sheet)
        case .quadrant: quadrant(figure, into: &sheet)
        case .archetypeShares, .maturityShares, .reachClassShares, .effortClassShares: shares(figure, into: &sheet)
        case .technologyApplicationGoal: panels(figure, into: &sheet)
        case .commonProviders: providers(figure, into: &sheet)
        case .providerNetwork: network(figure, into: &sheet)
        case .reachPerArchetype: reach(figure, into: &sheet)
        case .goodPractices: goodPractices(figure, into: &sheet)
        default: counts(figure, into: &sheet)
        }
        return sheet
    }

    private func value(_ figure: Figure, _ scope: String, series: String = "", _ category: String) -> TableCell {
        figure.value(province: scope, series: series, category: category).map { TableCell($0) } ?? .integer(0)
    }

    /// Category rows with one column per scope; a group column where the figure has groups. A province workbook
    /// adds each value as a share of the scope's activities or reach, which puts province and country on one scale.
    private func pivot(_ figure: Figure, series: String = "", categories: [String], heading: String? = nil) -> SheetBlock {
        let grouped = !figure.groups.isEmpty
        let shareScopes = shareColumns(figure, series: series)
        let shareLabel = builder.texts.text("aandeel")
        let headers = [texts[figure.id].column(0, "Categorie")] + (grouped ? [builder.texts.text("groep")] : []) + scopes
            + shareScopes.map { "\($0) (\(shareLabel))" }
        let rows: [[TableCell]] = categories.map { category in
            [.text(category)] + (grouped ? [.text(figure.groupIndex(of: category).map { figure.groups[$0].label } ?? "")] : [])
                + scopes.map { value(figure, $0, series: series, category) }
                + shareScopes.map { scope in
                    figure.scopeShare(province: scope, series: series, category: category)
                        .map { TableCell($0, percent: true) } ?? .percent(0)
                }
        }
        return SheetBlock(heading: heading, headers: headers, rowCount: rows.count) { rows[$0] }
    }

    private func shareColumns(_ figure: Figure, series: String) -> [String] {
        guard subject != .national, figure.scopeShares.contains(where: { $0.series == series }) else { return [] }
        return scopes
    }

    /// The national workbook charts the national column; a province workbook the province's share beside the
    /// country's (or, without shares, both values).
    private func barChart(_ figure: Figure, block: Int, firstValueColumn: Int, series: String = "", title: String? = nil) -> ChartSpec {
        let shares = !shareColumns(figure, series: series).isEmpty
        let first = shares ? firstValueColumn + scopes.count : firstValueColumn
        let columns = subject == .national ? [first] : [first, first + 1]
        return ChartSpec(kind: .bar, title: title ?? texts[figure.id].title, block: block, categoryColumn: 0,
                         valueColumns: columns, valueAxis: shares ? nil : texts[figure.id].axis, categoryAxis: nil,
                         seriesColours: [ChartColour.subject, ChartColour.reference], percentAxis: shares)
    }

    private func counts(_ figure: Figure, into sheet: inout WorkbookSheet) {
        sheet.blocks.append(pivot(figure, categories: figure.categories))
        var chart = barChart(figure, block: 0, firstValueColumn: figure.groups.isEmpty ? 1 : 2)
        if subject == .national, !figure.groups.isEmpty || figure.unspecifiedCategory != nil {
            chart.pointColours = figure.categories.map { ChartColour.value(ChartPalette.bar($0, in: figure)) }
        }
        sheet.charts.append(chart)
    }

    private func classes(_ figure: Figure, into sheet: inout WorkbookSheet) {
        let table = builder.materials.tables.table(figure)
        let classLabel = builder.texts.text("klasse")
        let headers = table.headers + table.headers.dropFirst().map { "\($0) (\(classLabel))" }
        let rows: [[TableCell]] = table.rows.enumerated().map { index, row in
            let category = figure.categories[index]
            return row + ModelledClassesBuilder.series.map { series in
                figure.value(series: series, category: category).map { TableCell($0) } ?? .empty
            }
        }
        sheet.blocks.append(SheetBlock(headers: headers, rowCount: rows.count) { rows[$0] })
    }

    /// The classes of figure 04 as a scatter chart; archetypes in the same cell are stacked by small offsets
    /// (the columns x and y in grafiek) so that their names stay readable. An archetype without a class on an
    /// axis gets no position, so that Excel leaves it out rather than drawing it outside the grid.
    private func quadrant(_ figure: Figure, into sheet: inout WorkbookSheet) {
        let text = texts[.quadrant]
        let labels = builder.texts
        let classCount = builder.materials.dataset.taxonomy.archetypes.classNames.count
        let headers = [texts[.reachEffortClasses].column(0, "Type activiteit"), text.label("x"), text.label("y"),
                       labels.text("positie_x"), labels.text("positie_y")]
        let classes = figure.categories.map { category in
            (effort: figure.value(series: "inspanning", category: category)?.count ?? 0,
             reach: figure.value(series: "bereik", category: category)?.count ?? 0)
        }
        let valid = 1...Int64(max(classCount, 1))
        let rows: [[TableCell]] = figure.categories.enumerated().map { index, category in
            let cell = classes[index]
            let classCells: [TableCell] = [cell.effort, cell.reach].map { valid.contains($0) ? .integer($0) : .empty }
            guard valid.contains(cell.effort), valid.contains(cell.reach) else { return [.text(category)] + classCells + [.empty, .empty] }
            let members = classes.indices.filter { classes[$0] == cell }
            let position = members.firstIndex(of: index) ?? 0
            let offset = members.count > 1 ? 0.3 - 0.6 * Double(position) / Double(members.count - 1) : 0
            return [.text(category)] + classCells + [.decimal(Double(cell.effort) - 0.35), .decimal(Double(cell.reach) + offset)]
        }
        sheet.notes.append(labels.text("kwadrant_uitleg"))
        sheet.blocks.append(SheetBlock(headers: headers, rowCount: rows.count) { rows[$0] })
        var chart = ChartSpec(kind: .quadrant, title: text.title, block: 0, categoryColumn: 0, valueColumns: [3, 4],
                              valueAxis: text.label("y"), categoryAxis: text.label("x"),
                              seriesColours: [ChartColour.subject], labels: figure.categories)
        chart.classCount = classCount
        sheet.charts.append(chart)
    }

    /// Per-province shares: a row per province (and the country), a column per category, a 100%-stacked chart.
    private func shares(_ figure: Figure, into sheet: inout WorkbookSheet) {
        let rowsScopes = subject == .national ? figure.provinces + [FigureRow.national] : scopes
        let headers = [texts[figure.id].column(0, "Provincie")] + figure.categories
        let rows: [[TableCell]] = rowsScopes.map { scope in
            [.text(scope)] + figure.categories.map { category in
                let source = scope == FigureRow.national ? figure.nationalReference : figure.rows
                let row = source.first { $0.province == scope && $0.category == category }
                return row.map { TableCell($0.value, percent: true) } ?? .percent(0)
            }
        }
        sheet.blocks.append(SheetBlock(headers: headers, rowCount: rows.count) { rows[$0] })
        let colours = ChartPalette.segments(of: figure).map(ChartColour.value)
        sheet.charts.append(ChartSpec(kind: .stackedPercent, title: texts[figure.id].title, block: 0, categoryColumn: 0,
                                      valueColumns: figure.categories.indices.map { $0 + 1 }, valueAxis: texts[figure.id].axis,
                                      seriesColours: colours, percentAxis: true))
    }

    private func panels(_ figure: Figure, into sheet: inout WorkbookSheet) {
        let text = texts[figure.id]
        for (index, series) in figure.series.enumerated() {
            let categories = figure.rows(province: FigureRow.national, series: series).map(\.category)
            sheet.blocks.append(pivot(figure, series: series, categories: categories, heading: text.label(series)))
            sheet.charts.append(barChart(figure, block: index, firstValueColumn: 1, series: series, title: text.label(series)))
        }
    }

    private func providers(_ figure: Figure, into sheet: inout WorkbookSheet) {
        let tables = builder.materials.tables
        let text = texts[figure.id]
        switch subject {
        case .national:
            for (index, scope) in scopes.enumerated() {
                let table = tables.providerTable(figure, province: scope, text, texts.caption(figure.id))
                sheet.blocks.append(SheetBlock(heading: scope, table: table))
                if index == 0 {
                    sheet.charts.append(ChartSpec(kind: .bar, title: text.title, block: 0, categoryColumn: 0, valueColumns: [1],
                                                  seriesColours: [ChartColour.subject]))
                }
            }
        case .province(let name):
            let national = Dictionary((figure.providerCounts[FigureRow.national] ?? []).map { ($0.name, $0.total) },
                                      uniquingKeysWith: { a, _ in a })
            var table = tables.providerTable(figure, province: name, text, texts.caption(figure.id))
            table.headers.append("\(FigureRow.national) (\(text.column(1, "Initiatieven").lowercased()))")
            table.rows = table.rows.map { row in
                row + [national[row[0].displayText].map { .integer(Int64($0)) } ?? .empty]
            }
            sheet.blocks.append(SheetBlock(heading: name, table: table))
            sheet.charts.append(ChartSpec(kind: .bar, title: text.title, block: 0, categoryColumn: 0,
                                          valueColumns: [1, table.headers.count - 1],
                                          seriesColours: [ChartColour.subject, ChartColour.reference]))
        }
    }

    /// The network as its degree table (in a province workbook: the providers active there).
    private func network(_ figure: Figure, into sheet: inout WorkbookSheet) {
        var table = builder.materials.tables.table(figure)
        if case .province(let name) = subject {
            let active = Set((figures[.commonProviders].providerCounts[name] ?? []).map(\.name))
            table.rows = table.rows.filter { active.contains($0[0].displayText) }
        }
        sheet.blocks.append(SheetBlock(table: table))
    }

    private func reach(_ figure: Figure, into sheet: inout WorkbookSheet) {
        let text = texts[figure.id]
        sheet.blocks.append(pivot(figure, series: "bereik", categories: figure.categories, heading: text.column(1, "Bereik")))
        sheet.blocks.append(pivot(figure, series: "activiteiten_met_bereik", categories: figure.categories,
                                  heading: text.column(2, "Activiteiten met bekend bereik")))
        sheet.charts.append(barChart(figure, block: 0, firstValueColumn: 1, series: "bereik"))
    }

    private func goodPractices(_ figure: Figure, into sheet: inout WorkbookSheet) {
        let text = texts[figure.id]
        let practices = figure.goodPractices.filter { subject == .national || $0.province == subject.name }
        if practices.isEmpty { sheet.notes.append(builder.texts.text("geen_good_practice")) }
        let headers = (0..<4).map { text.column($0, "") } + [builder.texts.activityColumn("website")]
        let rows: [[TableCell]] = practices.map {
            [.text($0.province), .text($0.name), .integer(Int64($0.activityCount)), .text($0.highlights.joined(separator: "; ")),
             .text($0.website)]
        }
        sheet.blocks.append(SheetBlock(headers: headers, rowCount: rows.count, widths: [16, 36, 12, 70, 36]) { rows[$0] })
    }
}
