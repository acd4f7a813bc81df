/// Figure 17: the national provider network and each provider's degree centrality, and each province's own
/// network (its providers and their connections through initiatives in that province) for its workbook.
enum ProviderNetworkBuilder {
    static func make(_ context: FigureContext) -> Figure {
        let network = self.network(context, context.national)
        let byDegree = network.nodes.sorted { $0.degree != $1.degree ? $0.degree > $1.degree : $0.name < $1.name }
        let rows = byDegree.map {
            FigureRow(province: FigureRow.national, series: FigureSeries.degree, category: $0.name, value: .count(Int64($0.degree)))
        }
        var figure = Figure(id: .providerNetwork, rows: rows, categories: byDegree.map(\.name), series: [FigureSeries.degree],
                            provinces: [FigureRow.national], network: network)
        figure.provinceNetworks = Dictionary(uniqueKeysWithValues: context.provinces.map { ($0.name, self.network(context, $0)) })
        return figure
    }

    /// The network over the scope's activities: providers linked when they share an initiative there. A node's
    /// province is where it is in the most of those initiatives (ties: taxonomy order).
    static func network(_ context: FigureContext, _ scope: Scope) -> ProviderNetwork {
        let dataset = context.dataset
        var providersOf: [Int: Set<Int>] = [:]
        var initiativesIn: [Int: [Int: Set<Int>]] = [:]
        for index in scope.activities {
            let activity = dataset.activities[index]
            let providers = activity.roles.all
            providersOf[activity.initiative, default: []].formUnion(providers)
            for provider in providers { initiativesIn[provider, default: [:]][activity.province, default: []].insert(activity.initiative) }
        }
        var weights: [Pair: Int] = [:]
        for providers in providersOf.values {
            let sorted = providers.sorted()
            for (offset, first) in sorted.enumerated() {
                for second in sorted[(offset + 1)...] { weights[Pair(first, second), default: 0] += 1 }
            }
        }
        var neighbours: [Int: Set<Int>] = [:]
        for pair in weights.keys {
            neighbours[pair.a, default: []].insert(pair.b)
            neighbours[pair.b, default: []].insert(pair.a)
        }
        let present = initiativesIn.keys.sorted { dataset.providers[$0] < dataset.providers[$1] }
        let position = Dictionary(uniqueKeysWithValues: present.enumerated().map { ($0.element, $0.offset) })
        let national = NationalActorList(providers: dataset.taxonomy.openVocabularies[.provider])
        let nodes = present.map { provider -> ProviderNetwork.Node in
            let perProvince = initiativesIn[provider]!
            let home = perProvince.keys.min { lhs, rhs in
                perProvince[lhs]!.count != perProvince[rhs]!.count
                    ? perProvince[lhs]!.count > perProvince[rhs]!.count : lhs < rhs
            }!
            let total = Set(perProvince.values.joined()).count
            let name = dataset.providers[provider]
            return ProviderNetwork.Node(name: name, degree: neighbours[provider]?.count ?? 0,
                                        province: dataset.provinceName(home), initiatives: total,
                                        isNational: national.contains(name))
        }
        let edges = weights.map { ProviderNetwork.Edge(from: position[$0.key.a]!, to: position[$0.key.b]!, weight: $0.value) }
            .sorted { ($0.from, $0.to) < ($1.from, $1.to) }
        return ProviderNetwork(nodes: nodes, edges: edges)
    }

    struct Pair: Hashable {
        var a: Int
        var b: Int
        init(_ a: Int, _ b: Int) {
            self.a = a
            self.b = b
        }
    }
}
