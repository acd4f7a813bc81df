/// A part of a province report: prose, a heading, or a place where a figure or table goes.
enum ProvinceBlock: Hashable {
    case heading(level: Int, text: String)
    case prose(String)
    case figure(FigureID)
    case keyFigures
    case providers
    case network
    case sharedInitiatives
    case goodPractices
    case matchingPractices
    case gaps(DimensionID)
    case warnings
}
