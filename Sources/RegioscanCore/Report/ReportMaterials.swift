/// Everything the report renderers format: the computed figures, their texts, and the tables and drawings
/// made from them. Built once per run; the Markdown, HTML and workbook renderers share it.
public struct ReportMaterials: Sendable {
    public let dataset: Dataset
    public let figures: FigureSet
    public let templates: ReportTemplates
    public let tables: FigureTableBuilder
    public let drawings: FigureSVGRenderer
    /// Which warnings belong to which province, for the province workbooks and the province reports alike.
    let provinceWarnings: ProvinceWarnings
    /// The joined labels of every list of values, shared by the workbooks and `data/activiteiten.csv`.
    let labelLists: ActivityLabelLists
    /// Every figure drawn once: the SVG file and the HTML report share the drawing.
    let drawn: [FigureID: FigureDrawing]
    /// The comparison with an earlier scan (`--vergelijk-met`), for the chapter, the CSV and the sheet.
    public var comparison: YearComparison?
    /// Figures 1–3, drawn from the taxonomy.
    public let diagrams: FrameworkDiagramRenderer

    /// Figure tables in the report stop after this many rows; the CSV and the workbooks have them all.
    static let reportRowLimit: [FigureID: Int] = [.providerNetwork: 20]

    public init(dataset: Dataset, figures: FigureSet, templates: ReportTemplates) {
        self.dataset = dataset
        provinceWarnings = ProvinceWarnings(dataset: dataset)
        labelLists = ActivityLabelLists(dataset: dataset)
        self.figures = figures
        self.templates = templates
        tables = FigureTableBuilder(texts: templates.figureTexts, taxonomy: dataset.taxonomy)
        diagrams = FrameworkDiagramRenderer(taxonomy: dataset.taxonomy, texts: templates.figureTexts)
        drawings = FigureSVGRenderer(figures: figures, texts: templates.figureTexts, taxonomy: dataset.taxonomy,
                                     notice: dataset.settings.isSampleData ? templates.figureTexts.notes["voorbeelddata_kort"] : nil)
        // Drawings are independent (the network layout is seeded): both cores draw, each figure into its own slot.
        // Only the figures of this run: without modelled classes, 04, 05, 19 and 20 have nothing to draw.
        let ids = figures.ids.filter(\.hasDrawing)
        drawn = Dictionary(uniqueKeysWithValues: zip(ids, ParallelResults.map(ids.count) { [drawings] in
            drawings.drawing(ids[$0])
        }))
    }

    /// The figure as an SVG document (standalone or inline in HTML), from its one drawing.
    func svg(_ id: FigureID, inline: Bool = false) -> String {
        (drawn[id] ?? drawings.drawing(id)).document(inline: inline)
    }

    public var texts: FigureTexts { templates.figureTexts }

    /// Figures shown as a table rather than a chart in the report.
    static let tableFigures: Set<FigureID> = [.reachEffortClasses, .commonProviders, .goodPractices]

    func reportTable(_ id: FigureID) -> DataTable {
        guard let limit = Self.reportRowLimit[id] else { return tables.displayTable(figures[id]) }
        return tables.table(figures[id], limit: limit)
    }

    var keyFiguresTable: DataTable { tables.table(figures[.keyFigures]) }

    var keyFiguresPerProvinceTable: DataTable {
        tables.keyFiguresPerProvince(figures[.keyFigures], caption: texts.table("kerncijfers_per_provincie").title)
    }

    /// Under the key figures per province: the provinces add up to more initiatives than the country, and by how
    /// many (from the figures stage). Nil when no initiative spans provinces, so that the note never misleads.
    var keyFiguresPerProvinceNote: String? {
        let spread = figures.initiativeSpread
        let national = figures[.keyFigures].value(category: KeyFigure.initiatives)?.count ?? 0
        guard spread.extraCounts > 0, let note = texts.table("kerncijfers_per_provincie").note.flatMap({ texts.notes[$0] }) else {
            return nil
        }
        return note.replacingOccurrences(of: "{initiatieven}", with: DutchNumber.integer(spread.multiProvince))
            .replacingOccurrences(of: "{extra}", with: DutchNumber.integer(spread.extraCounts))
            .replacingOccurrences(of: "{landelijk}", with: DutchNumber.integer(national))
            .replacingOccurrences(of: "{som}", with: DutchNumber.integer(national + Int64(spread.extraCounts)))
    }

    var typologyTable: DataTable {
        let text = texts.table("typologie")
        return DataTable(caption: text.title, headers: [text.column(0, "Type activiteit"), text.column(1, "Uitleg")],
                         rows: dataset.taxonomy.archetypes.categories.map { [.text($0.label), .text($0.explanation ?? "")] })
    }

    /// The caption, plus for figure 14 that its chart shows only the most frequent categories of each series and
    /// how many it leaves out (the table lists them all).
    func caption(_ id: FigureID) -> String {
        let caption = texts.caption(id)
        guard id == .technologyApplicationGoal, figures.contains(id), let template = texts[id].labels["ingekort"] else { return caption }
        let figure = figures[id]
        let left = figure.series.map { max(figure.rows(province: FigureRow.national, series: $0).count - FigureSVGRenderer.panelLimit, 0) }
            .reduce(0, +)
        guard left > 0 else { return caption }
        return caption + " (" + template.replacingOccurrences(of: "{aantal}", with: String(FigureSVGRenderer.panelLimit))
            .replacingOccurrences(of: "{weggelaten}", with: DutchNumber.integer(left)) + ")"
    }

    /// The caption plus, where the report shortens a table, how many rows it shows.
    func tableNote(_ id: FigureID) -> String? {
        guard let limit = Self.reportRowLimit[id], tables.table(figures[id]).rows.count > limit else { return nil }
        return texts.notes["ingekort"].map { $0.replacingOccurrences(of: "{aantal}", with: String(limit)) }
    }
}
