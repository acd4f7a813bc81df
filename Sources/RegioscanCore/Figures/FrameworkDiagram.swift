/// Figures 1–3: the framework of the scan, drawn from the taxonomy rather than computed from the data. They have
/// an SVG but no CSV table, and another theme redraws them by editing `Input/taxonomie/`.
public enum FrameworkDiagram: String, Sendable, CaseIterable, Hashable {
    /// The dimensions of the scan (`kader.yaml`).
    case dimensions = "01"
    /// The tree of possible bottlenecks (`knelpunt.yaml`, grouped).
    case bottlenecks = "02"
    /// The market failures by level (`marktfalen.yaml`, grouped).
    case marketFailures = "03"

    public var number: Int { Int(rawValue)! }
    public var fileName: String { "figuur-\(rawValue)" }

    /// Whether the taxonomy holds what the diagram draws: a theme without `kader.yaml` has no figure 1.
    public func isAvailable(in taxonomy: Taxonomy) -> Bool {
        switch self {
        case .dimensions: taxonomy.framework.map { !$0.dimensions.isEmpty } ?? false
        case .bottlenecks: taxonomy.dimensions[.bottleneck].map { !$0.categories.isEmpty } ?? false
        case .marketFailures: taxonomy.dimensions[.marketFailure].map { !$0.categories.isEmpty } ?? false
        }
    }
}
