/// A part of the report: prose from the templates, a heading, or a place where a figure or table goes.
enum ReportBlock: Equatable {
    case heading(level: Int, text: String)
    case prose(String)
    case figure(FigureID)
    case keyFigures
    case keyFiguresPerProvince
    case typology
}
