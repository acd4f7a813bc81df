/// Draws each figure as the chart that suits it: bars for counts and reach, 100%-stacked bars per province for
/// shares, the quadrant, the provider network, and tables. Formats the computed rows; computes nothing.
public struct FigureSVGRenderer: Sendable {
    public let figures: FigureSet
    public let texts: FigureTexts
    public let taxonomy: Taxonomy
    /// Shown in a corner of every figure when the data is sample data.
    public let notice: String?

    public init(figures: FigureSet, texts: FigureTexts, taxonomy: Taxonomy, notice: String?) {
        self.figures = figures
        self.texts = texts
        self.taxonomy = taxonomy
        self.notice = notice
    }

    var tables: FigureTableBuilder { FigureTableBuilder(texts: texts, taxonomy: taxonomy) }

    /// The figure as an SVG document: standalone (`figuren/figuur-NN.svg`) or for inline use in HTML.
    public func svg(_ id: FigureID, inline: Bool = false) -> String {
        drawing(id).document(inline: inline)
    }

    /// The figure drawn, for as many documents as needed (`ReportMaterials` draws every figure once).
    public func drawing(_ id: FigureID) -> FigureDrawing {
        let figure = figures[id]
        return FigureDrawing(canvas: draw(figure), title: texts.caption(id), description: description(figure),
                             idPrefix: "figuur-\(id.rawValue)", notice: notice)
    }

    private func draw(_ figure: Figure) -> SVGCanvas {
        let text = texts[figure.id]
        switch figure.id.kind {
        case .table, .diagram:
            return TableChartRenderer(table: tables.displayTable(figure)).draw()
        case .quadrant:
            return quadrant(figure, text)
        case .stackedShares:
            return stacked(figure, text)
        case .panels:
            return panels(figure, text)
        case .network:
            return NetworkChartRenderer(network: figure.network ?? ProviderNetwork(nodes: [], edges: []),
                                        provinces: taxonomy.provinceNames, legendTitle: text.label("legenda"),
                                        nationalLabel: text.label("landelijk"), keyTitle: text.label("meest_verbonden"),
                                        contextNote: text.label("overige")).draw()
        case .groupedBars:
            return grouped(figure, text)
        case .bars:
            return BarChartRenderer(sections: [ChartSection(heading: nil, bars: bars(figure, series: figure.id.chartSeries))],
                                    axisLabel: text.axis ?? "").draw()
        }
    }

    private func bars(_ figure: Figure, series: String) -> [ChartBar] {
        var zero: [String] = []
        var bars: [ChartBar] = figure.categories.compactMap { category in
            guard let value = figure.value(series: series, category: category) else { return nil }
            // Categories with nothing in them (Delfstoffenwinning, Huishoudens) share one line on an ungrouped chart.
            if value.double == 0, figure.groups.isEmpty, category != figure.unspecifiedCategory {
                zero.append(category)
                return nil
            }
            return ChartBar(label: chartLabel(category, in: figure), value: value.double, valueText: TableCell(value).displayText,
                            colour: ChartPalette.bar(category, in: figure))
        }
        if zero.count == 1, let category = zero.first {
            bars.append(ChartBar(label: category, value: 0, valueText: "0"))
        } else if zero.count > 1 {
            let label = (texts.notes["nul_categorieen"] ?? "Overige ({lijst})").replacingOccurrences(of: "{lijst}", with: zero.joined(separator: ", "))
            bars.append(ChartBar(label: label, value: 0, valueText: "0", colour: ChartPalette.unspecified))
        }
        return bars
    }

    /// The one wording for the unspecified category on every chart (`Niet sector-specifiek`, `Ongespecificeerd`
    /// and `Niet specifiek` all read `Niet gespecificeerd`); the CSV keeps the taxonomy's label.
    func chartLabel(_ category: String, in figure: Figure) -> String {
        category == figure.unspecifiedCategory ? (texts.notes["ongespecificeerd"] ?? category) : category
    }

    /// Bars coloured by group (Niet weten / Niet willen / Niet kunnen; the three levels of market failure).
    private func grouped(_ figure: Figure, _ text: FigureText) -> SVGCanvas {
        if !figure.groupTotals.isEmpty { return groupTotals(figure, text) }
        var sorted = figure
        sorted.categories = figure.groups.flatMap(\.categories) + figure.categories.filter { figure.groupIndex(of: $0) == nil }
        let bars = bars(sorted, series: "")
        let legend = figure.groups.enumerated().map { LegendItem(label: $0.element.label, colour: ChartPalette.categorical($0.offset)) }
        return BarChartRenderer(sections: [ChartSection(heading: nil, bars: bars)], axisLabel: text.axis ?? "",
                                legend: legend).draw()
    }

    /// Figure 15: every group as one bar of its total (each activity once per group), so that a group shown by its
    /// parts never looks smaller than it is; then the parts of each group that has them, in its colour.
    private func groupTotals(_ figure: Figure, _ text: FigureText) -> SVGCanvas {
        let national = { (category: String) in figure.value(province: FigureRow.national, category: category) }
        var totals: [ChartBar] = []
        var parts: [ChartSection] = []
        for (index, span) in figure.groups.enumerated() {
            let colour = ChartPalette.categorical(index)
            if let total = figure.groupTotals[span.label] {
                totals.append(ChartBar(label: span.label, value: Double(total), valueText: DutchNumber.integer(total), colour: colour))
            } else if let value = span.categories.first.flatMap(national) {
                totals.append(ChartBar(label: span.label, value: value.double, valueText: TableCell(value).displayText,
                                       colour: ChartPalette.unspecified))
            }
            let breakdown = span.categories.filter { $0 != span.label }
            guard figure.groupTotals[span.label] != nil, !breakdown.isEmpty else { continue }
            parts.append(ChartSection(heading: text.label("uitsplitsing").replacingOccurrences(of: "{groep}", with: span.label),
                                      bars: breakdown.compactMap { category in
                national(category).map { ChartBar(label: category, value: $0.double, valueText: TableCell($0).displayText, colour: colour) }
            }))
        }
        let legend = figure.groups.enumerated().filter { figure.groupTotals[$0.element.label] != nil }
            .map { LegendItem(label: $0.element.label, colour: ChartPalette.categorical($0.offset)) }
        return BarChartRenderer(sections: [ChartSection(heading: text.label("per_groep"), bars: totals)] + parts,
                                axisLabel: text.axis ?? "", legend: legend).draw()
    }

    /// How many categories a panel of figure 14 shows; the table under it lists them all.
    public static let panelLimit = 10

    /// Figure 14: one panel per series, each with its most frequent categories.
    private func panels(_ figure: Figure, _ text: FigureText) -> SVGCanvas {
        let sections = figure.series.map { series in
            let rows = figure.rows(province: FigureRow.national, series: series).prefix(Self.panelLimit)
            return ChartSection(heading: text.label(series), bars: rows.map {
                ChartBar(label: $0.category, value: $0.value.double, valueText: TableCell($0.value).displayText)
            })
        }
        return BarChartRenderer(sections: sections, axisLabel: text.axis ?? "").draw()
    }

    private func stacked(_ figure: Figure, _ text: FigureText) -> SVGCanvas {
        let colours = ChartPalette.segments(of: figure)
        let rows = figure.provinces.map { province in
            StackedBarChartRenderer.Row(label: province, shares: figure.categories.map {
                figure.value(province: province, category: $0)?.double ?? 0
            })
        }
        return StackedBarChartRenderer(rows: rows, categories: figure.categories.map { chartLabel($0, in: figure) }, colours: colours,
                                       axisLabel: text.axis ?? "").draw()
    }

    private func quadrant(_ figure: Figure, _ text: FigureText) -> SVGCanvas {
        let points = figure.categories.map { category in
            QuadrantChartRenderer.Point(label: category,
                                        effort: Int(figure.value(series: FigureSeries.effort, category: category)?.count ?? 0),
                                        reach: Int(figure.value(series: FigureSeries.reach, category: category)?.count ?? 0))
        }
        let corners = ["linksboven", "rechtsboven", "linksonder", "rechtsonder"].map { text.label($0) }
        return QuadrantChartRenderer(points: points, classNames: taxonomy.archetypes.classNames,
                                     xAxis: text.label("x"), yAxis: text.label("y"), quadrantNames: corners,
                                     unplacedLabel: text.label("zonder_klasse")).draw()
    }

    /// What a screen reader says: the figure's numbers in words, from its table.
    public func description(_ figure: Figure) -> String {
        let table = tables.table(figure, limit: 40)
        let rows = table.rows.map { row in
            zip(table.headers, row).enumerated().map { index, pair in
                index == 0 ? pair.1.displayText : "\(pair.0) \(pair.1.displayText)"
            }.joined(separator: ", ")
        }
        return rows.joined(separator: "; ") + "."
    }
}
