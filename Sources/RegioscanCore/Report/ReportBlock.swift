/// A part of the report: prose from the templates, a heading, or a place where a figure or table goes.
enum ReportBlock: Equatable {
    case heading(level: Int, text: String)
    case prose(String)
    case figure(FigureID)
    /// Figures 1–3, drawn from the taxonomy.
    case diagram(FrameworkDiagram)
    case keyFigures
    case keyFiguresPerProvince
    case typology
    /// A chart of the chapter "Ontwikkeling sinds …" (`[[ontwikkeling 01]]`).
    case developmentChart(DevelopmentChart)
}
