/// The values the prose templates insert: key figures in Dutch notation, and rankings and selections read from
/// the computed figures ("the provinces that lean most to low maturity are …"). Nothing here counts activities;
/// it sorts and picks from figure rows, so that a data fix updates the text with the tables.
struct ReportFacts {
    let figures: FigureSet
    let dataset: Dataset
    let texts: FigureTexts

    /// How many provinces a "leaning most" sentence names.
    static let leaders = 4

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

    /// The largest values first, leaving out zeros: "most reached" never names a category nobody reached.
    private func leading(_ rows: [FigureRow]) -> [FigureRow] {
        ranked(rows).filter { $0.value.double > 0 }
    }

    /// Rows with the highest values first; ties keep figure order.
    private func ranked(_ rows: [FigureRow]) -> [FigureRow] {
        rows.enumerated().sorted { $0.element.value.double != $1.element.value.double
            ? $0.element.value.double > $1.element.value.double : $0.offset < $1.offset }.map(\.element)
    }

    /// "A (3), B (2) en C (1)", or `false` when there is nothing to name, so that the template can leave out a
    /// sentence whose list would be empty (`{{#x}}…{{/x}}`).
    private func named(_ rows: some Sequence<FigureRow>, percent: Bool = false) -> Any {
        list(rows.map { "\($0.category) (\(TableCell($0.value, percent: percent).displayText))" })
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

    /// The provinces with the largest share in one category of a per-province share figure.
    private func leadingProvinces(_ id: FigureID, category: String, limit: Int = leaders) -> Any {
        // Provinces without a share in the category (or without activities) are not "leaning" anywhere.
        let rows = figures[id].rows.filter { $0.category == category && $0.value.double > 0 }
        return list(ranked(rows).prefix(limit).map(\.province).sorted())
    }

    // MARK: Sections

    private func keyFigures() -> [String: Any] {
        let reach = keyValue("bereik_totaal")?.count ?? 0
        let activities = keyValue("activiteiten")?.count ?? 0
        let known = keyValue("activiteiten_met_bereik")?.count ?? 0
        return [
            "initiatieven": count(keyValue("initiatieven")?.count ?? 0),
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
            "aanbieders": count(keyValue("aanbieders")?.count ?? 0),
            "provincies": count(Int64(figures[.keyFigures].provinces.filter { province in
                province != FigureRow.national && (figures[.keyFigures].value(province: province, category: "activiteiten")?.count ?? 0) > 0
            }.count)),
        ]
    }

    private func activities() -> [String: Any] {
        let perType = ranked(national(.activitiesPerArchetype))
        let shares = figures[.archetypeShares]
        // Which archetype has the largest share in each province, and in how many provinces.
        var tops: [String: Int] = [:]
        for province in shares.provinces {
            if let top = ranked(shares.rows(province: province)).first, top.value.double > 0 { tops[top.category, default: 0] += 1 }
        }
        let focus = shares.categories.filter { tops[$0] != nil }
            .sorted { tops[$0]! != tops[$1]! ? tops[$0]! > tops[$1]! : shares.categories.firstIndex(of: $0)! < shares.categories.firstIndex(of: $1)! }
        return [
            "top3": named(leading(perType).prefix(3)),
            "minst": named(perType.suffix(2).reversed()),
            "zwaartepunten": list(focus.prefix(3).map { "\($0) (\(tops[$0]!) \(word(tops[$0]! == 1 ? "provincie" : "provincies")))" }),
            "aantal_typen": count(Int64(perType.count)),
        ]
    }

    /// The national share of a figure's unspecified category, as the figures stage computed it (`scopeShares`).
    private func unspecifiedShare(_ id: FigureID) -> String {
        let figure = figures[id]
        let row = figure.scopeShares.first { $0.isNational && $0.category == figure.unspecifiedCategory }
        return DutchNumber.percent(row?.value.double ?? 0)
    }

    private func targetGroups() -> [String: Any] {
        let sectors = ranked(national(.reachPerSector).filter { $0.category != figures[.reachPerSector].unspecifiedCategory })
        let maturity = figures[.maturityShares]
        return [
            "sector_top": named(leading(sectors).prefix(3)),
            "sector_ongespecificeerd": unspecifiedShare(.reachPerSector),
            "omvang_ongespecificeerd": unspecifiedShare(.reachPerSize),
            "fase_ongespecificeerd": unspecifiedShare(.reachPerPhase),
            "maturiteit_ongespecificeerd": unspecifiedShare(.reachPerMaturity),
            "maturiteit_klassen": maturity.categories.map { category in
                ["klasse": category, "provincies": leadingProvinces(.maturityShares, category: category)]
            },
        ]
    }

    private func digitalisation() -> [String: Any] {
        let forms = figures[.activitiesPerDigitalForm]
        let specific = ranked(national(.activitiesPerDigitalForm).filter { $0.category != forms.unspecifiedCategory })
        let open = figures[.technologyApplicationGoal]
        return [
            "niet_specifiek_aandeel": unspecifiedShare(.activitiesPerDigitalForm),
            "vorm_top": named(leading(specific).prefix(2)),
            "technologie_top": named(open.rows(province: FigureRow.national, series: "technologie").prefix(4)),
            "toepassing_top": named(open.rows(province: FigureRow.national, series: "toepassing").prefix(3)),
            "doel_top": named(open.rows(province: FigureRow.national, series: "doel").prefix(2)),
        ]
    }

    private func bottlenecks() -> [String: Any] {
        let figure = figures[.activitiesPerBottleneck]
        let groups = figure.groups.filter { figure.groupTotals[$0.label] != nil }.map { group -> [String: Any] in
            ["groep": group.label, "aantal": count(figure.groupTotals[group.label] ?? 0)]
        }
        let split = figure.groups.first { $0.categories.count > 1 }
        let within = split.map { group in ranked(national(.activitiesPerBottleneck).filter { group.categories.contains($0.category) }) } ?? []
        return [
            "groepen": groups,
            "gesplitste_groep": split?.label ?? "",
            "binnen_groep_top": named(leading(within).prefix(2)),
        ]
    }

    private func providers() -> [String: Any] {
        let listed = figures[.commonProviders].rows(province: FigureRow.national, series: "totaal")
        let network = figures[.providerNetwork].network ?? ProviderNetwork(nodes: [], edges: [])
        let byDegree = network.nodes.sorted { $0.degree != $1.degree ? $0.degree > $1.degree : $0.name < $1.name }
        let byInitiatives = network.nodes.sorted { $0.initiatives != $1.initiatives ? $0.initiatives > $1.initiatives : $0.name < $1.name }
        return [
            "drempel": count(Int64(dataset.settings.providerThresholdNational)),
            "aantal_boven_drempel": count(Int64(listed.count)),
            "top3": named(listed.prefix(3)),
            "grootste": listed.first?.category ?? "",
            "netwerk_aanbieders": count(Int64(network.nodes.count)),
            "netwerk_verbindingen": count(Int64(network.edges.count)),
            "netwerk_top3": list(byDegree.prefix(3).map { "\($0.name) (\(count(Int64($0.degree))))" }),
            "meeste_verbindingen": byDegree.first?.name ?? "",
            "meeste_initiatieven": byInitiatives.first?.name ?? "",
            "zelfde_aanbieder": byDegree.first?.name == byInitiatives.first?.name,
        ]
    }

    private func marketFailures() -> [String: Any] {
        let rows = national(.activitiesPerMarketFailure)
        let total = rows.reduce(Int64(0)) { $0 + ($1.value.count ?? 0) }
        let groups = figures[.activitiesPerMarketFailure].groups.map { group -> [String: Any] in
            let sum = rows.filter { group.categories.contains($0.category) }.reduce(Int64(0)) { $0 + ($1.value.count ?? 0) }
            return ["groep": group.label, "vermeldingen": count(sum), "aandeel": share(sum, total)]
        }
        return ["vermeldingen": count(total), "top2": named(leading(rows).prefix(2)), "groepen": groups]
    }

    private func reach() -> [String: Any] {
        let perType = ranked(national(.reachPerArchetype, series: "bereik"))
        let classes = dataset.taxonomy.archetypes.classNames
        let highest = classes.last ?? ""
        let highestInText = highest.lowercased()
        let modelled = figures[.reachEffortClasses]
        let modelledHigh = modelled.categories.filter { modelled.value(series: "bereik", category: $0)?.count == Int64(classes.count) }
        let places = modelledHigh.map { category in
            let place = word("rangplaats").replacingOccurrences(of: "{plaats}", with: String((perType.firstIndex { $0.category == category } ?? 0) + 1))
                .replacingOccurrences(of: "{aantal}", with: String(perType.count))
            return "\(category) (\(place))"
        }
        return [
            "hoogste_klasse": highestInText,
            "provincies_hoog_bereik": leadingProvinces(.reachClassShares, category: highest),
            "provincies_hoge_inspanning": leadingProvinces(.effortClassShares, category: highest, limit: 5),
            "archetype_top2": named(leading(perType).prefix(2)),
            "archetype_laagste2": named(perType.suffix(2).reversed()),
            "gemodelleerd_hoog": list(places),
        ]
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
