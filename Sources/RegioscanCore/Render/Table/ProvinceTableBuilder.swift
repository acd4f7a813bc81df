/// The tables of a province report, formatted from its profile and the figures: the Markdown, HTML and SVG
/// output print the same tables. Computes nothing.
struct ProvinceTableBuilder {
    /// The network table lists this many providers (most connections first); the SVG shows the whole network.
    static let networkRowLimit = 20

    let profile: ProvinceProfile
    let figures: FigureSet
    let figureTexts: FigureTexts
    let templates: ProvinceTemplates
    /// The provincial threshold of figure 16.
    let threshold: Int

    private var province: String { profile.province }
    private func text(_ key: String, _ values: [String: String] = [:]) -> String {
        var all = values
        all["provincie"] = province
        return templates.text(key, all)
    }

    /// "Figuur 6 – Aantal activiteiten per type activiteit: Zeeland naast Nederland".
    func caption(_ id: FigureID) -> String {
        text("bijschrift", ["figuur": figureTexts.caption(id)])
    }

    /// The shares' bases: "n = 23 activiteiten van Zeeland; landelijk 582".
    func baseNote(_ comparison: ProvinceComparison) -> String {
        text("basis_" + comparison.base.rawValue, [
            "n": DutchNumber.integer(comparison.provinceBase), "landelijk": DutchNumber.integer(comparison.nationalBase),
            "bereik": DutchNumber.integer(comparison.provinceReach),
        ])
    }

    func comparison(_ comparison: ProvinceComparison) -> DataTable {
        let id = comparison.figure
        let withSeries = Set(comparison.lines.map(\.series)).count > 1
        let withValue = comparison.lines.contains { $0.value != nil }
        var headers: [String] = []
        if withSeries { headers.append(text("kolom_reeks")) }
        // Share figures list provinces nationally; here their rows are categories.
        headers.append(ProvinceComparisonBuilder.shareFigures.contains(id) ? text("kolom_categorie_" + id.rawValue)
            : figureTexts[id].column(0, text("kolom_categorie")))
        if withValue { headers.append(text(comparison.base == .reach ? "kolom_bereik" : "kolom_aantal")) }
        headers += [
            text("kolom_aandeel", ["n": DutchNumber.integer(comparison.provinceBase)]),
            text("kolom_aandeel_landelijk", ["n": DutchNumber.integer(comparison.nationalBase)]),
            text("kolom_verschil"), text("kolom_benoemd"),
        ]
        let rows = comparison.lines.map { line -> [TableCell] in
            var row: [TableCell] = []
            if withSeries { row.append(.text(figureTexts[id].label(line.series))) }
            row.append(.text(line.category))
            if withValue { row.append(line.value.map { TableCell($0) } ?? .empty) }
            row += [.percent(line.share), .percent(line.nationalShare), .text(Self.points(line.difference)),
                    .text(line.notable ? text(line.difference > 0 ? "sterker" : "zwakker") : "")]
            return row
        }
        var table = DataTable(caption: caption(id), headers: headers, rows: rows)
        table.firstColumnIsRowHeader = !withSeries
        return table
    }

    /// A difference in whole percentage points with its sign: `+14`, `-3`, `0`.
    static func points(_ difference: Double) -> String {
        let text = DutchNumber.decimal(difference * 100, decimals: 0)
        return text == "0" || text == "-0" ? "0" : (difference > 0 ? "+" + text : text)
    }

    func keyFigures() -> DataTable {
        let labels = figureTexts[.keyFigures]
        let rows = profile.keyFigures.map { figure -> [TableCell] in
            let name = figure.key == ProvinceKeyFigureBuilder.perThousandSMEs ? text("bereik_per_1000_mkb") : labels.label(figure.key)
            return [.text(name), Self.cell(figure.key, figure.province), figure.national.map { Self.cell(figure.key, $0) } ?? .empty,
                    .text(ProvinceFacts.rank(figure.rank, templates: templates))]
        }
        return DataTable(caption: text("tabel_kerncijfers"),
                         headers: [text("kolom_kerncijfer"), province, FigureRow.national, text("kolom_rang")], rows: rows)
    }

    /// A key figure as a number cell, written as `ProvinceFacts.format` writes it in the text.
    static func cell(_ key: String, _ value: FigureValue) -> TableCell {
        switch key {
        case ProvinceKeyFigureBuilder.perThousandSMEs, "activiteiten_per_initiatief_gemiddeld": .decimal(value.double)
        default: .integer(value.count ?? Int64(value.double.rounded()))
        }
    }

    /// Figure 16 for the province: providers at or above the provincial threshold, with their roles.
    func providers() -> DataTable {
        let figure = figures[.commonProviders]
        let columns = figureTexts[.commonProviders]
        let listed = figure.rows(province: province, series: "totaal")
        let rows = listed.map { row -> [TableCell] in
            [.text(row.category)] + figure.series.map { series in
                figure.value(province: province, series: series, category: row.category).map { TableCell($0) } ?? .integer(0)
            }
        }
        let headers = [columns.column(0, text("kolom_aanbieder"))] + figure.series.enumerated().map { columns.column($0.offset + 1, $0.element) }
        return DataTable(caption: text("tabel_aanbieders", ["figuur": figureTexts.caption(.commonProviders),
                                                             "drempel": DutchNumber.integer(threshold)]),
                         headers: headers, rows: rows)
    }

    func network() -> DataTable {
        let nodes = profile.network.nodes.sorted { $0.degree != $1.degree ? $0.degree > $1.degree : $0.name < $1.name }
        let rows = nodes.prefix(Self.networkRowLimit).map { node -> [TableCell] in
            [.text(node.name), .integer(Int64(node.degree)), .integer(Int64(node.initiatives)),
             .text(node.isNational ? text("ja") : "")]
        }
        return DataTable(caption: text("tabel_netwerk"),
                         headers: [text("kolom_aanbieder"), text("kolom_verbindingen"), text("kolom_initiatieven"),
                                   text("kolom_landelijk")], rows: Array(rows))
    }

    var networkShortened: Bool { profile.network.nodes.count > Self.networkRowLimit }

    func sharedInitiatives() -> DataTable {
        DataTable(caption: text("tabel_gedeeld"),
                  headers: [text("kolom_initiatief"), text("kolom_aantal"), text("kolom_ook_in")],
                  rows: profile.sharedInitiatives.map {
                      [.text($0.name), .integer(Int64($0.activities)), .text(DutchList.join($0.otherProvinces))]
                  })
    }

    func goodPractices() -> DataTable {
        DataTable(caption: text("tabel_good_practice"),
                  headers: [text("kolom_initiatief"), text("kolom_aantal"), text("kolom_kenmerken")],
                  rows: profile.goodPractices.map {
                      [.text($0.name), .integer(Int64($0.activityCount)), .text($0.highlights.joined(separator: "; "))]
                  })
    }

    func matchingPractices() -> DataTable {
        DataTable(caption: text("tabel_passend"),
                  headers: [text("kolom_initiatief"), text("kolom_provincie"), text("kolom_past_bij")],
                  rows: profile.matchingPractices.map { match in
                      [.text(match.practice.name), .text(match.practice.province),
                       .text(match.gaps.map { "\($0.bottleneck) × \($0.target)" }.joined(separator: "; "))]
                  })
    }

    func gaps(_ dimension: DimensionID) -> DataTable {
        let gaps = profile.gaps.filter { $0.dimension == dimension }
        return DataTable(caption: text("tabel_knelpunten_" + dimension.rawValue),
                         headers: [text("kolom_knelpunt"), text("kolom_doelgroep_" + dimension.rawValue),
                                   text("kolom_landelijk_aantal"), text("kolom_landelijk_aandeel"),
                                   text("kolom_aantal_provincie"), text("kolom_verwacht")],
                         rows: gaps.map {
                             [.text($0.bottleneck), .text($0.target), .integer($0.nationalCount), .percent($0.nationalShare),
                              .integer($0.provinceCount), .decimal($0.expected)]
                         })
    }

    func hasGaps(_ dimension: DimensionID) -> Bool { profile.gaps.contains { $0.dimension == dimension } }

    func warnings() -> DataTable {
        var table = DataTable(caption: text("tabel_waarschuwingen"), headers: [text("kolom_plaats"), text("kolom_melding")],
                              rows: profile.quality.warnings.map { warning in
                                  var place = warning.location.reference
                                  if let column = warning.location.column { place += " (\(column))" }
                                  return [.text(place), .text(warning.message)]
                              })
        table.firstColumnIsRowHeader = false
        return table
    }
}
