/// Lays a figure's rows out as a table. It selects and orders rows; it never counts.
public struct FigureTableBuilder: Sendable {
    public let texts: FigureTexts
    public let taxonomy: Taxonomy

    public init(texts: FigureTexts, taxonomy: Taxonomy) {
        self.texts = texts
        self.taxonomy = taxonomy
    }

    /// The national table of a figure (province-only figures: one row per province).
    public func table(_ figure: Figure, limit: Int? = nil) -> DataTable {
        let text = texts[figure.id]
        let caption = texts.caption(figure.id)
        var table: DataTable
        switch figure.id.kind {
        case .table(.keyFigures), .diagram:
            table = DataTable(caption: caption, headers: [text.column(0, "Kerncijfer"), text.column(1, "Waarde")],
                              rows: figure.rows(province: FigureRow.national).map {
                                  [.text(text.label($0.category)), keyFigureCell($0)]
                              })
        case .table(.classes), .quadrant:
            table = classTable(figure, text, caption)
        case .stackedShares:
            table = shareTable(figure, text, caption)
        case .panels:
            table = DataTable(caption: caption, headers: [text.column(0, "Soort"), text.column(1, "Categorie"),
                                                          text.column(2, "Aantal")],
                              rows: figure.rows(province: FigureRow.national).map {
                                  [.text(text.label($0.series)), .text($0.category), TableCell($0.value)]
                              })
        case .table(.providers):
            table = providerTable(figure, province: FigureRow.national, text, caption)
        case .network:
            table = networkTable(figure, text, caption)
        case .bars where figure.series.count > 1:
            table = DataTable(caption: caption, headers: [text.column(0, "Categorie")]
                                  + figure.series.enumerated().map { text.column($0.offset + 1, $0.element) },
                              rows: figure.categories.map { category in
                                  [.text(category)] + figure.series.map { cell(figure, series: $0, category) }
                              })
        case .table(.goodPractices):
            table = DataTable(caption: caption, headers: [text.column(0, "Provincie"), text.column(1, "Good practice"),
                                                          text.column(2, "Activiteiten"), text.column(3, "Hoogtepunten")],
                              rows: figure.goodPractices.map {
                                  [.text($0.province), .text($0.name), .integer(Int64($0.activityCount)),
                                   .text($0.highlights.joined(separator: "; "))]
                              })
        case .bars, .groupedBars:
            table = DataTable(caption: caption, headers: [text.column(0, "Categorie"), text.column(1, "Waarde")],
                              rows: figure.categories.map { [.text($0), cell(figure, series: "", $0)] })
        }
        if let limit, table.rows.count > limit { table.rows = Array(table.rows.prefix(limit)) }
        return table
    }

    /// Rows a table shows in the report (Markdown, HTML) and in an SVG; figure 14 counts them per kind.
    public static let displayRowLimit = 50

    /// The national table as the report and the SVG show it: at most `displayRowLimit` rows, then "… en N meer".
    /// Figure 14 is cut per kind (technology, application, goal), so that a long tail of technologies does not
    /// push the applications and goals out.
    public func displayTable(_ figure: Figure) -> DataTable {
        table(figure).shortened(to: Self.displayRowLimit, perGroup: figure.id == .technologyApplicationGoal) {
            texts.more($0)
        }
    }

    /// Key figures per province, one row each, national last.
    public func keyFiguresPerProvince(_ figure: Figure, caption: String) -> DataTable {
        let text = texts[.keyFigures]
        let headers = texts.table("kerncijfers_per_provincie").columns
        let keys = [KeyFigure.initiatives, KeyFigure.activities, KeyFigure.activitiesPerInitiativeMean, KeyFigure.reachTotal,
                    KeyFigure.activitiesWithReach, KeyFigure.providers]
        let provinces = figure.provinces.filter { $0 != FigureRow.national } + [FigureRow.national]
        let fallback = ["Provincie"] + keys.map { text.label($0) }
        return DataTable(caption: caption, headers: headers.count == fallback.count ? headers : fallback,
                         rows: provinces.map { province in
                             [.text(province)] + keys.map { key in
                                 figure.value(province: province, category: key).map {
                                     keyFigureCell(FigureRow(province: province, category: key, value: $0))
                                 } ?? .empty
                             }
                         })
    }

    func keyFigureCell(_ row: FigureRow) -> TableCell {
        row.category == "bereik_aandeel_mkb" ? TableCell(row.value, percent: true) : TableCell(row.value)
    }

    private func cell(_ figure: Figure, province: String = FigureRow.national, series: String, _ category: String) -> TableCell {
        figure.value(province: province, series: series, category: category).map { TableCell($0) } ?? .empty
    }

    private func className(_ value: FigureValue?) -> TableCell {
        guard let index = value?.count.map(Int.init), index >= 1, index <= taxonomy.archetypes.classNames.count else {
            return .empty
        }
        return .text(taxonomy.archetypes.classNames[index - 1])
    }

    private func classTable(_ figure: Figure, _ text: FigureText, _ caption: String) -> DataTable {
        DataTable(caption: caption, headers: [text.column(0, "Type activiteit"), text.column(1, "Bereik"),
                                              text.column(2, "Inspanning")],
                  rows: figure.categories.map { category in
                      [.text(category), className(figure.value(series: FigureSeries.reach, category: category)),
                       className(figure.value(series: FigureSeries.effort, category: category))]
                  })
    }

    private func shareTable(_ figure: Figure, _ text: FigureText, _ caption: String) -> DataTable {
        DataTable(caption: caption, headers: [text.column(0, "Provincie")] + figure.categories,
                  rows: figure.provinces.map { province in
                      [.text(province)] + figure.categories.map { category in
                          figure.value(province: province, category: category).map { TableCell($0, percent: true) } ?? .empty
                      }
                  })
    }

    func providerTable(_ figure: Figure, province: String, _ text: FigureText, _ caption: String) -> DataTable {
        let listed = figure.rows(province: province, series: FigureSeries.total)
        return DataTable(caption: caption,
                         headers: [text.column(0, "Aanbieder"), text.column(1, "Initiatieven")]
                             + Role.allCases.enumerated().map { text.column($0.offset + 2, $0.element.label) },
                         rows: listed.map { row in
                             [.text(row.category), TableCell(row.value)] + Role.allCases.map {
                                 cell(figure, province: province, series: $0.rawValue, row.category)
                             }
                         })
    }

    private func networkTable(_ figure: Figure, _ text: FigureText, _ caption: String) -> DataTable {
        let nodes = (figure.network?.nodes ?? []).sorted { $0.degree != $1.degree ? $0.degree > $1.degree : $0.name < $1.name }
        return DataTable(caption: caption, headers: [text.column(0, "Aanbieder"), text.column(1, "Verbindingen"),
                                                     text.column(2, "Initiatieven"), text.column(3, "Meest actief in")],
                         rows: nodes.map { [.text($0.name), .integer(Int64($0.degree)), .integer(Int64($0.initiatives)),
                                            .text($0.isNational ? "\(text.label("landelijk")) (\($0.province))" : $0.province)] })
    }
}
