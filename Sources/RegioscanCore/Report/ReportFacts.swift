/// The values the prose templates insert: key figures in Dutch notation, and rankings and selections read from
/// the computed figures ("the provinces where low maturity is above the national share are …"). Nothing here
/// counts activities; it ranks and picks from figure rows, so that a data fix updates the text with the tables.
/// Every ranking treats ties explicitly (`Ranking`): tied categories are named together, never split by list order.
struct ReportFacts {
    let figures: FigureSet
    let dataset: Dataset
    let texts: FigureTexts

    func context() -> [String: Any] {
        let settings = dataset.settings
        var context: [String: Any] = [
            "titel": settings.title, "ondertitel": settings.subtitle, "jaar": settings.yearLine,
            "uitgever": settings.publisher, "voorbeelddata": settings.isSampleData,
            "scanjaar": String(dataset.year),
        ]
        context["kerncijfers"] = keyFigures()
        context["activiteiten"] = activities()
        context["doelgroep"] = targetGroups()
        context["digitalisering"] = digitalisation()
        context["knelpunten"] = bottlenecks()
        context["aanbieders"] = providers()
        context["marktfalen"] = marketFailures()
        context["bereik"] = reach()
        context["good_practices"] = goodPractices()
        context["leerkringen"] = LearningCircleFacts(circles: figures.learningCircles, dataset: dataset, texts: texts).context()
        return context
    }

    // MARK: Helpers

    private func national(_ id: FigureID, series: String = "") -> [FigureRow] {
        let figure = figures[id]
        return figure.categories.compactMap { category in
            figure.rows.first { $0.isNational && $0.series == series && $0.category == category }
        }
    }

    /// Rows ranked by value; ties share a place. `positive` leaves out zeros: "most reached" never names a
    /// category nobody reached.
    private func ranking(_ rows: [FigureRow], positive: Bool = false, ascending: Bool = false, percent: Bool = false) -> Ranking {
        Ranking(rows.filter { !positive || $0.value.double > 0 }.map {
            Ranking.Entry(name: $0.category, value: $0.value.double, text: TableCell($0.value, percent: percent).displayText)
        }, ascending: ascending)
    }

    /// "A (3), B en C (elk 2)": places in order, tied names together with one value; or `false` when there is
    /// nothing to name, so that the template can leave out a sentence whose list would be empty (`{{#x}}…{{/x}}`).
    private func named(_ places: [[Ranking.Entry]], unit: (Ranking.Entry) -> String = { $0.text }) -> Any {
        list(places.map { place in
            let value = unit(place[0])
            return place.count == 1 ? "\(place[0].name) (\(value))"
                : "\(DutchList.join(place.map(\.name))) (\(word("elk")) \(value))"
        })
    }

    private func list(_ items: [String]) -> Any {
        items.isEmpty ? false : DutchList.join(items)
    }

    private func count(_ value: Int64) -> String { DutchNumber.integer(value) }

    /// A small word from `figuren.yaml` (`noten`), so that even the glue of enumerations can be reworded.
    private func word(_ key: String) -> String { texts.notes[key] ?? key }

    private func keyValue(_ name: String) -> FigureValue? {
        figures[.keyFigures].value(category: name)
    }

    private func share(_ part: Int64, _ whole: Int64) -> String {
        whole == 0 ? DutchNumber.percent(0) : DutchNumber.percent(Double(part) / Double(whole))
    }

    /// The provinces whose share in one category of a per-province share figure is above the national share,
    /// largest first, each with its share: a rule a reader can check against the table, unlike a fixed top N.
    /// `false` (no sentence) when no province is above the national share.
    private func aboveNational(_ id: FigureID, category: String) -> (provinces: Any, national: String) {
        let figure = figures[id]
        let national = figure.nationalReference.first { $0.category == category }?.value ?? .count(0)
        let above = figure.rows.filter { $0.category == category && $0.value.double > national.double }
        // One decimal: a province just above the national share must not print the same whole percentage.
        let places = Ranking(above.map {
            Ranking.Entry(name: $0.province, value: $0.value.double, text: DutchNumber.percent($0.value.double, decimals: 1))
        })
        let provinces = places.places.flatMap { $0 }.map { "\($0.name) (\($0.text))" }
        return (list(provinces), DutchNumber.percent(national.double, decimals: 1))
    }

    // MARK: Sections

    private func keyFigures() -> [String: Any] {
        let reach = keyValue(KeyFigure.reachTotal)?.count ?? 0
        let activities = keyValue(KeyFigure.activities)?.count ?? 0
        let known = keyValue(KeyFigure.activitiesWithReach)?.count ?? 0
        return [
            "initiatieven": count(keyValue(KeyFigure.initiatives)?.count ?? 0),
            "activiteiten": count(activities),
            "min": count(keyValue("activiteiten_per_initiatief_min")?.count ?? 0),
            "max": count(keyValue("activiteiten_per_initiatief_max")?.count ?? 0),
            "gemiddeld": DutchNumber.decimal(keyValue("activiteiten_per_initiatief_gemiddeld")?.double ?? 0),
            "bereik": count(reach),
            "bereik_afgerond": DutchNumber.approximately(reach, step: reach >= 100_000 ? 10_000 : 1_000),
            "bereik_aandeel": DutchNumber.percent(keyValue("bereik_aandeel_mkb")?.double ?? 0),
            "mkb_populatie": count(Int64(dataset.settings.smePopulation)),
            "activiteiten_met_bereik": count(known),
            "activiteiten_met_bereik_aandeel": share(known, activities),
            "activiteiten_zonder_bereik": count(activities - known),
            "aanbieders": count(keyValue(KeyFigure.providers)?.count ?? 0),
            "provincies": count(Int64(figures[.keyFigures].provinces.filter { province in
                province != FigureRow.national && (figures[.keyFigures].value(province: province, category: KeyFigure.activities)?.count ?? 0) > 0
            }.count)),
        ]
    }

    private func activities() -> [String: Any] {
        let perType = national(.activitiesPerArchetype)
        return [
            "top3": named(ranking(perType, positive: true).top(3)),
            "minst": named(ranking(perType, ascending: true).top(2)),
            "zwaartepunten": named(focus().top(3)) { "\($0.text) \(word($0.value == 1 ? "provincie" : "provincies"))" },
            "aantal_typen": count(Int64(perType.count)),
        ]
    }

    /// Archetypes by the number of provinces where they have the largest share. A province where several types
    /// share the largest share counts for each of them; a province without activities counts for none.
    func focus() -> Ranking {
        let shares = figures[.archetypeShares]
        var tops: [String: Int] = [:]
        for province in shares.provinces {
            for entry in ranking(shares.rows(province: province), positive: true).first { tops[entry.name, default: 0] += 1 }
        }
        return Ranking(shares.categories.compactMap { category in
            tops[category].map { Ranking.Entry(name: category, value: Double($0), text: String($0)) }
        })
    }

    /// The national share of a figure's unspecified category, as the figures stage computed it (`scopeShares`).
    private func unspecifiedShare(_ id: FigureID) -> String {
        let figure = figures[id]
        let row = figure.scopeShares.first { $0.isNational && $0.category == figure.unspecifiedCategory }
        return DutchNumber.percent(row?.value.double ?? 0)
    }

    private func targetGroups() -> [String: Any] {
        let sectors = national(.reachPerSector).filter { $0.category != figures[.reachPerSector].unspecifiedCategory }
        let maturity = figures[.maturityShares]
        return [
            "sector_top": named(ranking(sectors, positive: true).top(3)),
            "sector_ongespecificeerd": unspecifiedShare(.reachPerSector),
            "omvang_ongespecificeerd": unspecifiedShare(.reachPerSize),
            "fase_ongespecificeerd": unspecifiedShare(.reachPerPhase),
            "maturiteit_ongespecificeerd": unspecifiedShare(.reachPerMaturity),
            // "Aimed at unspecified maturity" says nothing, so the unspecified mentions get no line.
            "maturiteit_klassen": maturity.categories.filter { $0 != maturity.unspecifiedCategory }.map { category in
                let above = aboveNational(.maturityShares, category: category)
                return ["klasse": category, "provincies": above.provinces, "landelijk": above.national] as [String: Any]
            },
        ]
    }

    private func digitalisation() -> [String: Any] {
        let forms = figures[.activitiesPerDigitalForm]
        let specific = national(.activitiesPerDigitalForm).filter { $0.category != forms.unspecifiedCategory }
        let open = figures[.technologyApplicationGoal]
        func top(_ series: String, _ size: Int) -> Any {
            named(ranking(open.rows(province: FigureRow.national, series: series), positive: true).top(size))
        }
        return [
            "niet_specifiek_aandeel": unspecifiedShare(.activitiesPerDigitalForm),
            "vorm_top": named(ranking(specific, positive: true).top(2)),
            "technologie_top": top(FigureSeries.technology, 4),
            "toepassing_top": top(FigureSeries.application, 3),
            "doel_top": top(FigureSeries.goal, 2),
        ]
    }

    private func bottlenecks() -> [String: Any] {
        let figure = figures[.activitiesPerBottleneck]
        let groups = figure.groups.filter { figure.groupTotals[$0.label] != nil }.map { group -> [String: Any] in
            ["groep": group.label, "aantal": count(figure.groupTotals[group.label] ?? 0)]
        }
        let split = figure.groups.first { $0.categories.count > 1 }
        let within = split.map { group in national(.activitiesPerBottleneck).filter { group.categories.contains($0.category) } } ?? []
        return [
            "groepen": groups,
            "gesplitste_groep": split?.label ?? "",
            "binnen_groep_top": named(ranking(within, positive: true).top(2)),
        ]
    }

    private func providers() -> [String: Any] {
        let listed = figures[.commonProviders].rows(province: FigureRow.national, series: FigureSeries.total)
        let network = figures[.providerNetwork].network ?? ProviderNetwork(nodes: [], edges: [])
        let nodes = network.nodes.sorted { $0.name < $1.name }
        let byDegree = Ranking(nodes.map { Ranking.Entry(name: $0.name, value: Double($0.degree), text: count(Int64($0.degree))) })
        let byInitiatives = Ranking(nodes.map {
            Ranking.Entry(name: $0.name, value: Double($0.initiatives), text: count(Int64($0.initiatives)))
        })
        let mostConnected = byDegree.first.map(\.name), mostInitiatives = byInitiatives.first.map(\.name)
        let providers = ranking(listed, positive: true)
        return [
            "drempel": count(Int64(dataset.settings.providerThresholdNational)),
            "aantal_boven_drempel": count(Int64(listed.count)),
            "top3": named(providers.top(3)),
            "grootste": DutchList.join(providers.first.map(\.name)),
            "netwerk_aanbieders": count(Int64(network.nodes.count)),
            "netwerk_verbindingen": count(Int64(network.edges.count)),
            "netwerk_top3": named(Ranking(byDegree.places.flatMap { $0 }.filter { $0.value > 0 }).top(3)),
            "meeste_verbindingen": DutchList.join(mostConnected),
            "meeste_initiatieven": DutchList.join(mostInitiatives),
            "zelfde_aanbieder": mostConnected == mostInitiatives,
        ]
    }

    private func marketFailures() -> [String: Any] {
        let rows = national(.activitiesPerMarketFailure)
        let total = rows.reduce(Int64(0)) { $0 + ($1.value.count ?? 0) }
        let groups = figures[.activitiesPerMarketFailure].groups.map { group -> [String: Any] in
            let sum = rows.filter { group.categories.contains($0.category) }.reduce(Int64(0)) { $0 + ($1.value.count ?? 0) }
            return ["groep": group.label, "vermeldingen": count(sum), "aandeel": share(sum, total)]
        }
        return ["vermeldingen": count(total), "top2": named(ranking(rows, positive: true).top(2)), "groepen": groups]
    }

    /// Section 3.7. Without modelled classes (figures 04, 05, 19 and 20 left out) `klassen` is `false` and the
    /// template leaves out every sentence about classes.
    private func reach() -> [String: Any] {
        let perType = national(.reachPerArchetype, series: FigureSeries.reach)
        let registered = ranking(perType)
        let classes = dataset.taxonomy.archetypes.classNames
        var facts: [String: Any] = [
            "archetype_top2": named(ranking(perType, positive: true).top(2)),
            "archetype_laagste2": named(ranking(perType, ascending: true).top(2)),
            "klassen": list(classes.map { $0.lowercased() }),
            "hoogste_klasse": classes.last?.lowercased() ?? "",
            "provincies_hoog_bereik": false, "landelijk_hoog_bereik": "",
            "provincies_hoge_inspanning": false, "landelijk_hoge_inspanning": "",
            "gemodelleerd_hoog": false,
        ]
        guard let highest = classes.last, figures.contains(.reachEffortClasses) else { return facts }
        let modelled = figures[.reachEffortClasses]
        let modelledHigh = modelled.categories.filter { modelled.value(series: FigureSeries.reach, category: $0)?.count == Int64(classes.count) }
        let places = modelledHigh.compactMap { category -> String? in
            guard let place = registered.rank(of: category) else { return nil }
            let phrase = word(place.shared ? "rangplaats_gedeeld" : "rangplaats")
                .replacingOccurrences(of: "{plaats}", with: String(place.rank))
                .replacingOccurrences(of: "{aantal}", with: String(perType.count))
            return "\(category) (\(phrase))"
        }
        let reachAbove = aboveNational(.reachClassShares, category: highest)
        let effortAbove = aboveNational(.effortClassShares, category: highest)
        facts["provincies_hoog_bereik"] = reachAbove.provinces
        facts["landelijk_hoog_bereik"] = reachAbove.national
        facts["provincies_hoge_inspanning"] = effortAbove.provinces
        facts["landelijk_hoge_inspanning"] = effortAbove.national
        facts["gemodelleerd_hoog"] = list(places)
        return facts
    }

    private func goodPractices() -> [String: Any] {
        let practices = figures[.goodPractices].goodPractices
        return [
            "aantal": count(Int64(practices.count)),
            "provincies": count(Int64(Set(practices.map(\.province)).count)),
            "lijst": practices.map { ["provincie": $0.province, "naam": $0.name, "activiteiten": count(Int64($0.activityCount))] },
        ]
    }
}
