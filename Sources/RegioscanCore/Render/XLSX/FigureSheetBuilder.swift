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
        switch id.kind {
        case .table(.keyFigures), .diagram: break
        case .table(.classes): classes(figure, into: &sheet)
        case .table(.providers): providers(figure, into: &sheet)
        case .table(.goodPractices): goodPractices(figure, into: &sheet)
        case .quadrant: quadrant(figure, into: &sheet)
        case .stackedShares: shares(figure, into: &sheet)
        case .panels: panels(figure, into: &sheet)
        case .network: network(figure, into: &sheet)
        case .bars, .groupedBars:
            if figure.series.count > 1 { series(figure, into: &sheet) } else { counts(figure, into: &sheet) }
        }
        return sheet
    }

    /// The note that explains the province and country columns (or rows), only on a sheet that sets them side
    /// by side, with the meaning of the rank where the sheet shows one.
    private func compare(_ sheet: inout WorkbookSheet, rows: Bool = false, ranked: Bool = false) {
        guard case .province(let name) = subject else { return }
        let key = rows ? "vergelijking_rijen" : "vergelijking"
        sheet.notes.append(builder.texts.text(key).replacingOccurrences(of: "{provincie}", with: name))
        if ranked {
            sheet.notes.append(builder.texts.text("plaats_uitleg").replacingOccurrences(of: "{provincie}", with: name)
                .replacingOccurrences(of: "{aantal}", with: String(provinceCount)))
        }
    }

    private var provinceCount: Int { builder.materials.dataset.taxonomy.provinceNames.count }

    private func rankHeader() -> String {
        builder.texts.text("plaats").replacingOccurrences(of: "{aantal}", with: String(provinceCount))
    }

    /// "Utrecht (aandeel, n = 40)": the share's base beside its name.
    private func shareHeader(_ figure: Figure, _ scope: String, key: String = "aandeel_basis") -> String {
        let base = figure.shareBases[scope].map(DutchNumber.integer) ?? "?"
        return "\(scope) (\(builder.texts.text(key).replacingOccurrences(of: "{n}", with: base)))"
    }

    private func value(_ figure: Figure, _ scope: String, series: String = "", _ category: String) -> TableCell {
        figure.value(province: scope, series: series, category: category).map { TableCell($0) } ?? .integer(0)
    }

    /// Category rows with one column per scope; a group column where the figure has groups. A province workbook
    /// adds each value as a share of the scope's activities or reach (with its base n in the header), which puts
    /// province and country on one scale, and the province's place among the provinces.
    private func pivot(_ figure: Figure, series: String = FigureSeries.single, categories: [String], heading: String? = nil) -> SheetBlock {
        let grouped = !figure.groups.isEmpty
        let shareScopes = shareColumns(figure, series: series)
        let ranked = rankedProvince(figure, series: series)
        let headers = [texts[figure.id].column(0, "Categorie")] + (grouped ? [builder.texts.text("groep")] : []) + scopes
            + shareScopes.map { shareHeader(figure, $0) } + (ranked == nil ? [] : [rankHeader()])
        let rows: [[TableCell]] = categories.map { category in
            [.text(category)] + (grouped ? [.text(figure.groupIndex(of: category).map { figure.groups[$0].label } ?? "")] : [])
                + scopes.map { value(figure, $0, series: series, category) }
                + shareScopes.map { scope in
                    figure.scopeShare(province: scope, series: series, category: category)
                        .map { TableCell($0, percent: true) } ?? .percent(0)
                }
                + (ranked.map { [rank(figure, $0, series: series, category)] } ?? [])
        }
        return SheetBlock(heading: heading, headers: headers, rowCount: rows.count) { rows[$0] }
    }

    /// The province whose place a province workbook shows, if the figure ranks this series.
    private func rankedProvince(_ figure: Figure, series: String) -> String? {
        guard case .province(let name) = subject, figure.provinceRanks.contains(where: { $0.series == series }) else { return nil }
        return name
    }

    private func rank(_ figure: Figure, _ province: String, series: String = FigureSeries.single, _ category: String) -> TableCell {
        figure.provinceRank(province: province, series: series, category: category).map { .integer(Int64($0)) } ?? .empty
    }

    private func shareColumns(_ figure: Figure, series: String) -> [String] {
        guard subject != .national, figure.scopeShares.contains(where: { $0.series == series }) else { return [] }
        return scopes
    }

    /// The national workbook charts the national column; a province workbook the province's share beside the
    /// country's (or, without shares, both values).
    private func barChart(_ figure: Figure, block: Int, firstValueColumn: Int, series: String = FigureSeries.single,
                          indeling: String? = nil) -> ChartSpec {
        let shares = !shareColumns(figure, series: series).isEmpty
        let first = shares ? firstValueColumn + scopes.count : firstValueColumn
        let columns = subject == .national ? [first] : [first, first + 1]
        return ChartSpec(kind: .bar, title: chartTitle(figure, shares: shares, indeling: indeling), block: block, categoryColumn: 0,
                         valueColumns: columns, valueAxis: shares ? nil : texts[figure.id].axis, categoryAxis: nil,
                         seriesColours: [ChartColour.subject, ChartColour.reference], percentAxis: shares)
    }

    /// A chart's title says what it plots: the figure's title over counts, "Aandeel van …" over shares.
    /// `indeling` names the categories where the figure's title does not fit one chart (a panel of figure 14).
    private func chartTitle(_ figure: Figure, shares: Bool, indeling: String?) -> String {
        let categories = (indeling ?? texts[figure.id].column(0, "categorie")).lowercased()
        if shares {
            let key = ScopeShareBuilder.denominator(of: figure.id) == KeyFigure.reachTotal
                ? "grafiek_aandeel_bereik" : "grafiek_aandeel_activiteiten"
            return builder.texts.text(key).replacingOccurrences(of: "{indeling}", with: categories)
        }
        guard indeling != nil else { return texts[figure.id].title }
        return builder.texts.text("grafiek_aantal_activiteiten").replacingOccurrences(of: "{indeling}", with: categories)
    }

    private func counts(_ figure: Figure, into sheet: inout WorkbookSheet) {
        compare(&sheet, ranked: !figure.provinceRanks.isEmpty)
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
            (effort: figure.value(series: FigureSeries.effort, category: category)?.count ?? 0,
             reach: figure.value(series: FigureSeries.reach, category: category)?.count ?? 0)
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
        sheet.notes += [labels.text("kwadrant_cellen"), labels.text("kwadrant_uitleg")]
        sheet.blocks.append(SheetBlock(headers: headers, rowCount: rows.count) { rows[$0] })
        let classNames = builder.materials.dataset.taxonomy.archetypes.classNames
        let ticks: [[TableCell]] = classNames.enumerated().map { [.text($0.element), .integer(Int64($0.offset + 1)), .decimal(0.5)] }
        sheet.blocks.append(SheetBlock(heading: labels.text("kwadrant_klassen"),
                                       headers: [labels.text("klasse_naam"), labels.text("klasse_positie"), labels.text("klasse_rand")],
                                       rowCount: ticks.count) { ticks[$0] })
        var chart = ChartSpec(kind: .quadrant, title: text.title, block: 0, categoryColumn: 0, valueColumns: [3, 4],
                              valueAxis: text.label("y"), categoryAxis: text.label("x"),
                              seriesColours: [ChartColour.subject], labels: figure.categories)
        chart.classCount = classCount
        chart.tickBlock = 1
        chart.tickLabels = classNames
        sheet.charts.append(chart)
    }

    /// Per-province shares: a row per province (and the country), a column per category, a 100%-stacked chart.
    /// A province workbook adds the base (n) of each row and, below, the province's place per category.
    private func shares(_ figure: Figure, into sheet: inout WorkbookSheet) {
        let rowsScopes = subject == .national ? figure.provinces + [FigureRow.national] : scopes
        let withBase = subject != .national
        compare(&sheet, rows: true, ranked: withBase)
        let headers = [texts[figure.id].column(0, "Provincie")] + figure.categories + (withBase ? [builder.texts.text("basis")] : [])
        let rows: [[TableCell]] = rowsScopes.map { scope in
            [.text(scope)] + figure.categories.map { category in
                let source = scope == FigureRow.national ? figure.nationalReference : figure.rows
                let row = source.first { $0.province == scope && $0.category == category }
                return row.map { TableCell($0.value, percent: true) } ?? .percent(0)
            } + (withBase ? [figure.shareBases[scope].map { .integer($0) } ?? .empty] : [])
        }
        sheet.blocks.append(SheetBlock(headers: headers, rowCount: rows.count) { rows[$0] })
        if case .province(let name) = subject {
            let places: [[TableCell]] = [[.text(name)] + figure.categories.map { rank(figure, name, $0) }]
            sheet.blocks.append(SheetBlock(heading: rankHeader(), headers: [texts[figure.id].column(0, "Provincie")] + figure.categories,
                                           rowCount: 1) { places[$0] })
        }
        let colours = ChartPalette.segments(of: figure).map(ChartColour.value)
        sheet.charts.append(ChartSpec(kind: .stackedPercent, title: texts[figure.id].title, block: 0, categoryColumn: 0,
                                      valueColumns: figure.categories.indices.map { $0 + 1 }, valueAxis: texts[figure.id].axis,
                                      seriesColours: colours, percentAxis: true))
    }

    private func panels(_ figure: Figure, into sheet: inout WorkbookSheet) {
        let text = texts[figure.id]
        compare(&sheet, ranked: !figure.provinceRanks.isEmpty)
        for (index, series) in figure.series.enumerated() {
            let categories = figure.rows(province: FigureRow.national, series: series).map(\.category)
            sheet.blocks.append(pivot(figure, series: series, categories: categories, heading: text.label(series)))
            sheet.charts.append(barChart(figure, block: index, firstValueColumn: 1, series: series, indeling: text.label(series)))
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
            compare(&sheet)
            var table = tables.providerTable(figure, province: name, text, texts.caption(figure.id))
            let initiatives = text.column(1, "Initiatieven").lowercased()
            table.headers += ["\(FigureRow.national) (\(initiatives))", shareHeader(figure, name, key: "aandeel_initiatieven"),
                              shareHeader(figure, FigureRow.national, key: "aandeel_initiatieven")]
            let nationalCounts = Dictionary((figure.providerCounts[FigureRow.national] ?? []).map { ($0.name, $0.total) },
                                            uniquingKeysWith: { a, _ in a })
            table.rows = table.rows.map { row in
                let provider = row[0].displayText
                return row + [nationalCounts[provider].map { .integer(Int64($0)) } ?? .empty]
                    + [name, FigureRow.national].map { scope in
                        figure.scopeShare(province: scope, series: FigureSeries.total, category: provider)
                            .map { TableCell($0, percent: true) } ?? .percent(0)
                    }
            }
            sheet.blocks.append(SheetBlock(heading: name, table: table))
            let first = table.headers.count - 2
            sheet.charts.append(ChartSpec(kind: .bar, title: builder.texts.text("grafiek_aandeel_initiatieven"), block: 0,
                                          categoryColumn: 0, valueColumns: [first, first + 1],
                                          seriesColours: [ChartColour.subject, ChartColour.reference], percentAxis: true))
        }
    }

    /// The network as its degree table; a province workbook shows the province's own network: its providers
    /// with their connections inside the province (national actors marked) and every connection.
    private func network(_ figure: Figure, into sheet: inout WorkbookSheet) {
        guard case .province(let name) = subject else {
            sheet.blocks.append(SheetBlock(table: builder.materials.tables.table(figure)))
            return
        }
        let words = builder.texts
        let network = figure.provinceNetworks[name] ?? ProviderNetwork(nodes: [], edges: [])
        sheet.notes.append(words.text("netwerk_provincie").replacingOccurrences(of: "{provincie}", with: name))
        let text = texts[figure.id]
        let nodes = network.nodes.sorted { $0.degree != $1.degree ? $0.degree > $1.degree : $0.name < $1.name }
        let headers = [text.column(0, "Aanbieder"), text.column(1, "Verbindingen"), text.column(2, "Initiatieven"),
                       words.text("landelijke_partij")]
        let yes = words.yes
        let rows: [[TableCell]] = nodes.map {
            [.text($0.name), .integer(Int64($0.degree)), .integer(Int64($0.initiatives)), $0.isNational ? .text(yes) : .empty]
        }
        sheet.blocks.append(SheetBlock(heading: name, headers: headers, rowCount: rows.count) { rows[$0] })
        let edges = network.edges.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : ($0.from, $0.to) < ($1.from, $1.to) }
        let edgeRows: [[TableCell]] = edges.map {
            [.text(network.nodes[$0.from].name), .text(network.nodes[$0.to].name), .integer(Int64($0.weight))]
        }
        sheet.blocks.append(SheetBlock(heading: words.text("netwerk_verbindingen"),
                                       headers: [words.text("aanbieder_a"), words.text("aanbieder_b"), words.text("gedeelde_initiatieven")],
                                       rowCount: edgeRows.count) { edgeRows[$0] })
    }

    /// Bars with more than one series (21: reach and activities with known reach): a block per series, the
    /// chart over the series the definition draws.
    private func series(_ figure: Figure, into sheet: inout WorkbookSheet) {
        let text = texts[figure.id]
        compare(&sheet, ranked: !figure.provinceRanks.isEmpty)
        for (index, series) in figure.series.enumerated() {
            sheet.blocks.append(pivot(figure, series: series, categories: figure.categories, heading: text.column(index + 1, series)))
        }
        let drawn = figure.series.firstIndex(of: figure.id.chartSeries) ?? 0
        sheet.charts.append(barChart(figure, block: drawn, firstValueColumn: 1, series: figure.id.chartSeries))
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
