/// The framework of the scan (`Input/taxonomie/kader.yaml`), drawn as figure 1: the sides of the market
/// (demand, supply) and the dimensions that describe them.
public struct ScanFramework: Sendable, Hashable {
    public struct Side: Sendable, Hashable {
        public var label: String
        public var explanation: String?

        public init(label: String, explanation: String? = nil) {
            self.label = label
            self.explanation = explanation
        }
    }

    public static let fileName = "kader.yaml"

    public var sides: [Side]
    public var dimensions: [FrameworkDimension]

    public init(sides: [Side], dimensions: [FrameworkDimension]) {
        self.sides = sides
        self.dimensions = dimensions
    }

    /// The dimensions on one side, in file order; `nil` gives those that link the sides.
    public func dimensions(on side: String?) -> [FrameworkDimension] {
        dimensions.filter { $0.side == side }
    }
}
