/// The provider network of figure 17: providers are linked when they share an initiative.
public struct ProviderNetwork: Sendable, Hashable {
    public struct Node: Sendable, Hashable {
        public var name: String
        /// Degree centrality: the number of distinct other providers sharing at least one initiative.
        public var degree: Int
        /// The province where the provider is in the most initiatives (ties: taxonomy order).
        public var province: String
        public var initiatives: Int
        /// A national actor (`landelijk: ja` in aanbieders.yaml): the chart gives it the class `Landelijk`
        /// rather than the province where it happens to be most active.
        public var isNational: Bool = false
    }

    public struct Edge: Sendable, Hashable {
        public var from: Int
        public var to: Int
        /// Number of initiatives the two share.
        public var weight: Int
    }

    public var nodes: [Node]
    public var edges: [Edge]
}
