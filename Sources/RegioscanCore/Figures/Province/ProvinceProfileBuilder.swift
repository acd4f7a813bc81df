/// The per-province part of the Figures stage: one `ProvinceProfile` for every province with activities, from the
/// dataset and the national figures. Everything a province report says that no figure holds is computed here.
public enum ProvinceProfileBuilder {
    static func make(dataset: Dataset, figures: FigureSet, warnings: ProvinceWarnings) -> [ProvinceProfile] {
        let context = FigureContext(dataset: dataset)
        let keyFigures = ProvinceKeyFigureBuilder(keyFigures: figures[.keyFigures], settings: dataset.settings,
                                                  provinces: dataset.taxonomy.provinceNames)
        let gaps = ProvinceGapBuilder(context: context)
        let mask = PersonalDataMask(dataset: dataset)
        let provincesOf = provincesPerInitiative(context)
        let activitiesOf = goodPracticeActivities(context)
        let national = bases(context, context.national)
        let otherPractices = figures[.goodPractices].goodPractices
        // Figure 17 holds every province's own network, the same one the province workbook shows.
        let networks = figures.contains(.providerNetwork) ? figures[.providerNetwork].provinceNetworks : [:]
        return context.provinces.enumerated().compactMap { index, scope -> ProvinceProfile? in
            guard !scope.activities.isEmpty else { return nil }
            let comparisons = ProvinceComparisonBuilder(province: scope.name, own: bases(context, scope), national: national)
            let found = gaps.gaps(scope)
            let network = networks[scope.name] ?? ProviderNetwork(nodes: [], edges: [])
            let providers = (figures[.commonProviders].providerCounts[scope.name] ?? []).sorted {
                $0.total != $1.total ? $0.total > $1.total : $0.name < $1.name
            }
            return ProvinceProfile(
                province: scope.name, slug: scope.name.anchorSlug,
                keyFigures: keyFigures.make(scope.name),
                comparisons: ProvinceComparisonBuilder.figures.filter(figures.contains).map { comparisons.make(figures[$0]) },
                providers: providers, network: network,
                sharedInitiatives: shared(context, scope, index: index, provincesOf: provincesOf),
                goodPractices: otherPractices.filter { $0.province == scope.name },
                gaps: found.map(\.gap),
                matchingPractices: matching(otherPractices.filter { $0.province != scope.name }, gaps: found,
                                            builder: gaps, activitiesOf: activitiesOf, context: context),
                quality: quality(context, scope, warnings: warnings.warnings(province: index).map(mask.masked)))
        }
    }

    private static func bases(_ context: FigureContext, _ scope: Scope) -> ProvinceComparisonBuilder.Bases {
        var bases = ProvinceComparisonBuilder.Bases(activities: Int64(scope.activities.count), knownReach: 0, reach: 0, mentions: 0)
        for index in scope.activities {
            let activity = context.activity(index)
            if let reach = activity.reach {
                bases.knownReach += 1
                bases.reach = bases.reach.saturatingAdding(reach)
            }
            // Figure 12: an empty maturity cell is one mention of the unspecified class.
            bases.mentions += Int64(max(activity.maturities.count, 1))
        }
        return bases
    }

    /// The provinces (indices, ascending) where each initiative has activities.
    private static func provincesPerInitiative(_ context: FigureContext) -> [Int: [Int]] {
        var provinces: [Int: [Int]] = [:]
        for (index, scope) in context.provinces.enumerated() {
            for (initiative, _) in context.initiativeActivityCounts(scope) { provinces[initiative, default: []].append(index) }
        }
        return provinces
    }

    private static func shared(_ context: FigureContext, _ scope: Scope, index: Int,
                               provincesOf: [Int: [Int]]) -> [SharedInitiative] {
        context.initiativeActivityCounts(scope).compactMap { initiative, count -> (String, SharedInitiative)? in
            let provinces = provincesOf[initiative] ?? []
            guard provinces.count > 1 else { return nil }
            let record = context.dataset.initiatives[initiative]
            let others = provinces.filter { $0 != index }.map { context.provinces[$0].name }
            return (record.id, SharedInitiative(name: record.name, activities: count, otherProvinces: others))
        }.sorted { ($0.1.name, $0.0) < ($1.1.name, $1.0) }.map(\.1)
    }

    /// Activities per (initiative id, province name), for the good practices.
    private static func goodPracticeActivities(_ context: FigureContext) -> [String: [Int]] {
        var activities: [String: [Int]] = [:]
        for scope in context.provinces {
            for index in scope.activities {
                let activity = context.activity(index)
                guard activity.isGoodPractice else { continue }
                activities[context.dataset.initiatives[activity.initiative].id + "\u{1F}" + scope.name, default: []].append(index)
            }
        }
        return activities
    }

    /// Other provinces' good practices with activities in a gap's combination; most gaps first, then figure 22's order.
    private static func matching(_ practices: [GoodPractice], gaps: [(cell: ProvinceGapBuilder.Cell, gap: ProvinceGap)],
                                 builder: ProvinceGapBuilder, activitiesOf: [String: [Int]],
                                 context: FigureContext) -> [MatchingPractice] {
        guard !gaps.isEmpty else { return [] }
        let found = practices.compactMap { practice -> MatchingPractice? in
            let activities = activitiesOf[practice.initiativeID + "\u{1F}" + practice.province] ?? []
            var cells: Set<ProvinceGapBuilder.Cell> = []
            for index in activities { cells.formUnion(builder.cells(of: context.activity(index))) }
            let addressed = gaps.filter { cells.contains($0.cell) }.map(\.gap)
            return addressed.isEmpty ? nil : MatchingPractice(practice: practice, gaps: addressed)
        }
        return found.enumerated().sorted {
            $0.element.gaps.count != $1.element.gaps.count ? $0.element.gaps.count > $1.element.gaps.count : $0.offset < $1.offset
        }.map(\.element)
    }

    private static func quality(_ context: FigureContext, _ scope: Scope, warnings: [Diagnostic]) -> ProvinceDataQuality {
        var quality = ProvinceDataQuality(warnings: warnings, activities: Int64(scope.activities.count), unknownReach: 0,
                                          approximateReach: 0, approximateReachSum: 0)
        for index in scope.activities {
            let activity = context.activity(index)
            if activity.reach == nil { quality.unknownReach += 1 }
            if activity.reachIsApproximate, let reach = activity.reach {
                quality.approximateReach += 1
                quality.approximateReachSum = quality.approximateReachSum.saturatingAdding(reach)
            }
        }
        return quality
    }
}
