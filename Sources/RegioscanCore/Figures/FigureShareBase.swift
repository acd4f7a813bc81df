/// What a figure's values are shares of when a province is set beside the country on one scale
/// (`Figure.scopeShares`, `ScopeShareBuilder`): declared in the figure's definition.
public enum FigureShareBase: Sendable, Hashable {
    /// The scope's activities (06, 13, 14, 15, 18).
    case activities
    /// The scope's registered reach (08–11, 21).
    case reach
    /// The scope's initiatives: a provider's initiatives in the scope (16).
    case initiatives

    /// The key figure that is the whole of each share.
    public var keyFigure: String {
        switch self {
        case .activities: KeyFigure.activities
        case .reach: KeyFigure.reachTotal
        case .initiatives: KeyFigure.initiatives
        }
    }
}
