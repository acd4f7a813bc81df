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
    /// Built from sorted lists of packed numbers rather than sets and dictionaries per provider: hashing was most
    /// of this figure's time, once nationally and once per province.
    static func network(_ context: FigureContext, _ scope: Scope) -> ProviderNetwork {
        let dataset = context.dataset
        // (initiative, provider) and (provider, province, initiative), each once.
        var members: [UInt64] = []
        var presence: [UInt64] = []
        // Sized once: grown by doubling, the two lists took up to twice their 64 MB at 10⁶ activities.
        let roles = scope.activities.reduce(0) { count, index in
            let roles = dataset.activities[index].roles
            return count + roles.initiators.count + roles.financiers.count + roles.executors.count
        }
        members.reserveCapacity(roles)
        presence.reserveCapacity(roles)
        for index in scope.activities {
            let activity = dataset.activities[index]
            for provider in activity.roles.all {
                members.append(UInt64(activity.initiative) << 32 | UInt64(provider))
                presence.append(UInt64(provider) << 40 | UInt64(activity.province) << 32 | UInt64(activity.initiative))
            }
        }
        members.sortAndRemoveDuplicates()
        presence.sortAndRemoveDuplicates()
        // Each pair of providers of an initiative, once per initiative; equal pairs then lie side by side.
        var pairs: [UInt64] = []
        var start = 0
        while start < members.count {
            var end = start
            while end < members.count, members[end] >> 32 == members[start] >> 32 { end += 1 }
            for first in start..<end {
                for second in (first + 1)..<end {
                    pairs.append((members[first] & 0xFFFF_FFFF) << 32 | (members[second] & 0xFFFF_FFFF))
                }
            }
            start = end
        }
        pairs.radixSort()
        var weights: [(a: Int, b: Int, weight: Int)] = []
        var degree: [Int: Int] = [:]
        for pair in pairs {
            let a = Int(pair >> 32), b = Int(pair & 0xFFFF_FFFF)
            if let last = weights.last, last.a == a, last.b == b {
                weights[weights.count - 1].weight += 1
            } else {
                weights.append((a, b, 1))
                degree[a, default: 0] += 1
                degree[b, default: 0] += 1
            }
        }
        let summaries = providerSummaries(presence)
        let present = summaries.keys.sorted { dataset.providers[$0] < dataset.providers[$1] }
        let position = Dictionary(uniqueKeysWithValues: present.enumerated().map { ($0.element, $0.offset) })
        let national = NationalActorList(providers: dataset.taxonomy.openVocabularies[.provider])
        let nodes = present.map { provider -> ProviderNetwork.Node in
            let summary = summaries[provider]!
            let name = dataset.providers[provider]
            return ProviderNetwork.Node(name: name, degree: degree[provider] ?? 0,
                                        province: dataset.provinceName(summary.home), initiatives: summary.initiatives,
                                        isNational: national.contains(name))
        }
        let edges = weights.map { ProviderNetwork.Edge(from: position[$0.a]!, to: position[$0.b]!, weight: $0.weight) }
            .sorted { ($0.from, $0.to) < ($1.from, $1.to) }
        return ProviderNetwork(nodes: nodes, edges: edges)
    }

    /// Per provider, from sorted (provider, province, initiative) numbers: the province with the most of its
    /// initiatives (ties: the lower province), and its distinct initiatives over all provinces.
    private static func providerSummaries(_ presence: [UInt64]) -> [Int: (home: Int, initiatives: Int)] {
        var summaries: [Int: (home: Int, initiatives: Int)] = [:]
        var start = 0
        while start < presence.count {
            let provider = presence[start] >> 40
            var end = start
            var home = -1, homeCount = 0
            var initiatives: [UInt64] = []
            while end < presence.count, presence[end] >> 40 == provider {
                let province = Int(presence[end] >> 32 & 0xFF)
                var count = 0
                let key = provider << 8 | UInt64(province)
                while end < presence.count, presence[end] >> 32 == key {
                    initiatives.append(presence[end] & 0xFFFF_FFFF)
                    count += 1
                    end += 1
                }
                if count > homeCount { home = province; homeCount = count }
            }
            initiatives.sortAndRemoveDuplicates()
            summaries[Int(provider)] = (home, initiatives.count)
            start = end
        }
        return summaries
    }
}
