/// What a table figure holds, for the renderers that lay out its columns.
public enum FigureTableContent: Sendable, Hashable {
    case keyFigures
    /// The modelled reach and effort class per archetype (04).
    case classes
    /// Providers with their initiatives per role (16).
    case providers
    /// The good practices per province (22).
    case goodPractices
}
