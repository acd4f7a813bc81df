/// A province's own provider network: the providers of its activities, linked when they share an initiative
/// there. Every node's `province` is the province itself; national actors are marked by name.
enum ProvinceNetworkBuilder {
    static func make(_ context: FigureContext, _ scope: Scope) -> ProviderNetwork {
        var providersOf: [Int: Set<Int>] = [:]
        var initiativesOf: [Int: Set<Int>] = [:]
        for index in scope.activities {
            let activity = context.activity(index)
            providersOf[activity.initiative, default: []].formUnion(activity.roles.all)
            for provider in activity.roles.all { initiativesOf[provider, default: []].insert(activity.initiative) }
        }
        var weights: [ProviderNetworkBuilder.Pair: Int] = [:]
        for providers in providersOf.values {
            let sorted = providers.sorted()
            for (offset, first) in sorted.enumerated() {
                for second in sorted[(offset + 1)...] { weights[ProviderNetworkBuilder.Pair(first, second), default: 0] += 1 }
            }
        }
        var neighbours: [Int: Set<Int>] = [:]
        for pair in weights.keys {
            neighbours[pair.a, default: []].insert(pair.b)
            neighbours[pair.b, default: []].insert(pair.a)
        }
        let providers = context.dataset.providers
        let present = initiativesOf.keys.sorted { providers[$0] < providers[$1] }
        let position = Dictionary(uniqueKeysWithValues: present.enumerated().map { ($0.element, $0.offset) })
        let nodes = present.map {
            ProviderNetwork.Node(name: providers[$0], degree: neighbours[$0]?.count ?? 0, province: scope.name,
                                 initiatives: initiativesOf[$0]!.count)
        }
        let edges = weights.map { ProviderNetwork.Edge(from: position[$0.key.a]!, to: position[$0.key.b]!, weight: $0.value) }
            .sorted { ($0.from, $0.to) < ($1.from, $1.to) }
        return ProviderNetwork(nodes: nodes, edges: edges)
    }
}
