/// How a figure is presented. Renderers (tables, SVG, workbook sheets) choose their layout from the kind,
/// never from the figure's number.
public enum FigureKind: Sendable, Hashable {
    /// One bar per category, national (06, 08–11, 13, 21).
    case bars
    /// Bars coloured by group, with the groups' totals (15, 18).
    case groupedBars
    /// A 100% bar per province, one segment per category (07, 12, 19, 20).
    case stackedShares
    /// One bar chart per series (14: technology, application, goal).
    case panels
    /// A table, drawn as a table.
    case table(FigureTableContent)
    /// The provider network (17).
    case network
    /// The archetypes in a grid of classes (05).
    case quadrant
    /// A diagram drawn from the taxonomy (01–03, `FrameworkDiagram`).
    case diagram
}
