/// A province's figures as SVG: each per-province figure as the province beside the country (bar pairs, or two
/// 100%-stacked bars for share figures), and its own provider network with national actors in their own colour.
struct ProvinceFigureRenderer {
    let profile: ProvinceProfile
    let figures: FigureSet
    let tables: ProvinceTableBuilder
    let figureTexts: FigureTexts
    let templates: ProvinceTemplates
    let notice: String?

    /// `figuren/zeeland-figuur-06.svg`, relative to `provincies/`.
    static func path(slug: String, _ id: FigureID) -> String { "figuren/\(slug)-\(id.fileName).svg" }

    private func text(_ key: String, _ values: [String: String] = [:]) -> String {
        var all = values
        all["provincie"] = profile.province
        return templates.text(key, all)
    }

    /// The figure as a standalone SVG file and for inline use in the HTML page, drawn once. `table` is the
    /// figure's table, which the description reads out.
    func svg(_ id: FigureID, table: DataTable) -> (file: String, inline: String) {
        let drawn: (canvas: SVGCanvas, title: String)
        if id == .providerNetwork {
            drawn = (network(), text("bijschrift_netwerk"))
        } else if let comparison = profile.comparison(id) {
            drawn = (ProvinceComparisonBuilder.shareFigures.contains(id) ? stacked(comparison) : paired(comparison),
                     tables.caption(id))
        } else {
            return ("", "")
        }
        let description = description(table)
        let prefix = "\(profile.slug)-\(id.fileName)"
        return drawn.canvas.documents(title: drawn.title, description: description, idPrefix: prefix, notice: notice)
    }

    private func legend(_ comparison: ProvinceComparison) -> [String] {
        [text("legenda_provincie", ["n": DutchNumber.integer(comparison.provinceBase)]),
         text("legenda_landelijk", ["landelijk": DutchNumber.integer(comparison.nationalBase)])]
    }

    private func paired(_ comparison: ProvinceComparison) -> SVGCanvas {
        let labels = legend(comparison)
        let series = comparison.lines.reduce(into: [String]()) { if !$0.contains($1.series) { $0.append($1.series) } }
        let sections = series.map { name in
            PairedBarChartRenderer.Section(
                heading: series.count > 1 ? figureTexts[comparison.figure].label(name) : nil,
                pairs: comparison.lines.filter { $0.series == name }.map { line in
                    let own = line.value.map { " (\(TableCell($0).displayText))" } ?? ""
                    return .init(label: line.category, share: line.share, shareText: DutchNumber.percent(line.share) + own,
                                 nationalShare: line.nationalShare, nationalText: DutchNumber.percent(line.nationalShare))
                })
        }
        return PairedBarChartRenderer(sections: sections,
                                      legend: [LegendItem(label: labels[0], colour: ChartPalette.primary),
                                               LegendItem(label: labels[1], colour: ChartPalette.secondary)],
                                      axisLabel: text("as_" + comparison.base.rawValue)).draw()
    }

    private func stacked(_ comparison: ProvinceComparison) -> SVGCanvas {
        let labels = legend(comparison)
        let rows = [
            StackedBarChartRenderer.Row(label: labels[0], shares: comparison.lines.map(\.share)),
            StackedBarChartRenderer.Row(label: labels[1], shares: comparison.lines.map(\.nationalShare)),
        ]
        let figure = figures[comparison.figure]
        let colours = ChartPalette.segments(of: figure)
        let categories = comparison.lines.map(\.category)
        let ordered = categories.map { category in colours[figure.categories.firstIndex(of: category) ?? 0] }
        return StackedBarChartRenderer(rows: rows, categories: categories, colours: ordered,
                                       axisLabel: text("as_" + comparison.base.rawValue)).draw()
    }

    /// The network, national actors in a colour of their own (a second class beside the province, named
    /// "Landelijke partij"); the node's province is only its colour group here.
    private func network() -> SVGCanvas {
        let national = text("landelijke_partij")
        var network = profile.network
        for index in network.nodes.indices where network.nodes[index].isNational {
            network.nodes[index].province = national
            network.nodes[index].isNational = false
        }
        return NetworkChartRenderer(network: network, provinces: [profile.province, national],
                                    legendTitle: text("legenda_netwerk")).draw()
    }

    /// What a screen reader says: the table's rows in words.
    private func description(_ table: DataTable) -> String {
        let rows = table.rows.prefix(40).map { row in
            zip(table.headers, row).enumerated().compactMap { index, pair in
                let value = pair.1.displayText
                guard !value.isEmpty else { return nil }
                return index == 0 ? value : "\(pair.0) \(value)"
            }.joined(separator: ", ")
        }
        return rows.isEmpty ? text("leeg") : rows.joined(separator: "; ") + "."
    }
}
