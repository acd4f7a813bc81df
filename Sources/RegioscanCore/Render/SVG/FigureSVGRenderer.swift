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
        switch figure.id {
        case .reachEffortClasses, .commonProviders, .goodPractices, .keyFigures:
            return TableChartRenderer(table: tables.displayTable(figure)).draw()
        case .quadrant:
            return quadrant(figure, text)
        case .archetypeShares, .maturityShares, .reachClassShares, .effortClassShares:
            return stacked(figure, text)
        case .technologyApplicationGoal:
            return panels(figure, text)
        case .providerNetwork:
            return NetworkChartRenderer(network: figure.network ?? ProviderNetwork(nodes: [], edges: []),
                                        provinces: taxonomy.provinceNames, legendTitle: text.label("legenda")).draw()
        case .activitiesPerBottleneck, .activitiesPerMarketFailure:
            return grouped(figure, text)
        case .reachPerArchetype:
            return BarChartRenderer(sections: [ChartSection(heading: nil, bars: bars(figure, series: "bereik"))],
                                    axisLabel: text.axis ?? "").draw()
        default:
            return BarChartRenderer(sections: [ChartSection(heading: nil, bars: bars(figure, series: ""))],
                                    axisLabel: text.axis ?? "").draw()
        }
    }

    private func bars(_ figure: Figure, series: String) -> [ChartBar] {
        figure.categories.compactMap { category in
            guard let value = figure.value(series: series, category: category) else { return nil }
            return ChartBar(label: category, value: value.double, valueText: TableCell(value).displayText,
                            colour: ChartPalette.bar(category, in: figure))
        }
    }

    /// Bars coloured by group (Niet weten / Niet willen / Niet kunnen; the three levels of market failure).
    private func grouped(_ figure: Figure, _ text: FigureText) -> SVGCanvas {
        var sorted = figure
        sorted.categories = figure.groups.flatMap(\.categories) + figure.categories.filter { figure.groupIndex(of: $0) == nil }
        let bars = bars(sorted, series: "")
        let legend = figure.groups.enumerated().map { LegendItem(label: $0.element.label, colour: ChartPalette.categorical($0.offset)) }
        return BarChartRenderer(sections: [ChartSection(heading: nil, bars: bars)], axisLabel: text.axis ?? "",
                                legend: legend).draw()
    }

    /// Figure 14: one panel per series, each with its most frequent categories.
    private func panels(_ figure: Figure, _ text: FigureText) -> SVGCanvas {
        let sections = figure.series.map { series in
            let rows = figure.rows(province: FigureRow.national, series: series).prefix(10)
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
        return StackedBarChartRenderer(rows: rows, categories: figure.categories, colours: colours,
                                       axisLabel: text.axis ?? "").draw()
    }

    private func quadrant(_ figure: Figure, _ text: FigureText) -> SVGCanvas {
        let points = figure.categories.map { category in
            QuadrantChartRenderer.Point(label: category,
                                        effort: Int(figure.value(series: "inspanning", category: category)?.count ?? 0),
                                        reach: Int(figure.value(series: "bereik", category: category)?.count ?? 0))
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
