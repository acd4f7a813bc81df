/// The values the province templates insert, picked from a `ProvinceProfile` and formatted in Dutch. Nothing
/// here counts: the Figures stage computed every number, rank and selection; this type only chooses the words.
/// Lists that would be empty are `false`, so that the template leaves their sentence out.
struct ProvinceFacts {
    let profile: ProvinceProfile
    let dataset: Dataset
    let figureTexts: FigureTexts
    let templates: ProvinceTemplates
    /// The comparison with an earlier scan (`--vergelijk-met`): the chapter "Ontwikkeling sinds …" for this province.
    var comparison: YearComparison? = nil

    /// At most this many places in the "relatively strongest / weakest" sentences (a tie at the cut takes all).
    static let differenceLimit = 5

    func context() -> [String: Any] {
        let settings = dataset.settings
        return [
            "provincie": profile.province, "titel": settings.title, "jaar": settings.yearLine,
            "uitgever": settings.publisher, "voorbeelddata": settings.isSampleData, "scanjaar": String(dataset.year),
            "regels": rules(), "kerncijfers": keyFigures(), "verschillen": differences(), "ecosysteem": ecosystem(),
            "good_practice": goodPractice(), "knelpunten": gaps(), "kwaliteit": quality(),
            DevelopmentFacts.key: comparison.map {
                DevelopmentFacts(comparison: $0, texts: figureTexts, scope: profile.province).context()
            } ?? false,
        ]
    }

    private func count(_ value: Int64) -> String { DutchNumber.integer(value) }
    private func count(_ value: Int) -> String { DutchNumber.integer(value) }

    /// A count with its noun in the right number: "1 initiatief", "3 initiatieven".
    private func counted(_ value: Int64, _ plural: String) -> String { count(value) + " " + templates.word(plural, count: value) }
    private func counted(_ value: Int, _ plural: String) -> String { counted(Int64(value), plural) }

    /// A verb (or phrase) that agrees with a count: `form("zijn", 1)` is "is".
    private func form(_ plural: String, _ value: Int) -> String { templates.word(plural, count: Int64(value)) }

    private func list(_ items: [String]) -> Any { items.isEmpty ? false : DutchList.join(items) }

    private func rules() -> [String: Any] {
        [
            "verschil": DutchNumber.decimal(ProvinceRules.minimumDifference * 100, decimals: 0),
            "basis": count(ProvinceRules.minimumBase),
            "gangbaar": DutchNumber.percent(ProvinceRules.commonShare),
            "zeldzaam": DutchNumber.percent(ProvinceRules.rareFraction),
            "verwacht": DutchNumber.decimal(ProvinceRules.minimumExpected, decimals: 0),
        ]
    }

    static func format(_ key: String, _ value: FigureValue) -> String {
        switch key {
        case ProvinceKeyFigureBuilder.perThousandSMEs, "activiteiten_per_initiatief_gemiddeld": DutchNumber.decimal(value.double)
        default: DutchNumber.integer(value.count ?? Int64(value.double.rounded()))
        }
    }

    /// "3e van 12" or "gedeeld 3e van 12".
    static func rank(_ rank: ProvinceRank?, templates: ProvinceTemplates) -> String {
        guard let rank else { return "" }
        return templates.text(rank.shared ? "rang_gedeeld" : "rang", ["plaats": String(rank.rank), "aantal": String(rank.of)])
    }

    private func keyFigures() -> [String: Any] {
        var facts: [String: Any] = ["per_mkb": false]
        for figure in profile.keyFigures {
            var entry: [String: Any] = [
                "waarde": Self.format(figure.key, figure.province),
                "landelijk": figure.national.map { Self.format(figure.key, $0) } ?? "",
                "rang": Self.rank(figure.rank, templates: templates),
            ]
            // Counts with a word pair in provincie.yaml also come with their noun ("1 initiatief").
            if templates.texts["woord_" + figure.key.replacingOccurrences(of: " ", with: "_")] != nil, let value = figure.province.count {
                entry["tekst"] = counted(value, figure.key)
            }
            if figure.key == ProvinceKeyFigureBuilder.perThousandSMEs {
                entry["mkb"] = count(dataset.settings.smePerProvince[profile.province] ?? 0)
                facts["per_mkb"] = entry
            } else {
                facts[figure.key] = entry
            }
        }
        let activities = profile.keyFigure("activiteiten")?.province.count ?? 0
        facts["klein"] = activities < ProvinceRules.minimumBase
        return facts
    }

    /// The notable differences over the figures, largest first; figure 07 repeats 06 as shares and is skipped.
    private func differences() -> [String: Any] {
        var entries: [(line: ProvinceComparisonLine, comparison: ProvinceComparison)] = []
        for comparison in profile.comparisons where comparison.figure != .archetypeShares {
            for line in comparison.notableLines { entries.append((line, comparison)) }
        }
        func phrase(_ entry: (line: ProvinceComparisonLine, comparison: ProvinceComparison)) -> String {
            templates.text("verschil_zin", [
                "categorie": entry.line.category,
                "figuur": entry.comparison.figure.number.map(String.init) ?? "",
                "aandeel": DutchNumber.percent(entry.line.share),
                "landelijk": DutchNumber.percent(entry.line.nationalShare),
                "n": count(entry.comparison.provinceBase),
            ])
        }
        func ranked(_ positive: Bool) -> Any {
            let chosen = entries.enumerated().filter { ($0.element.line.difference > 0) == positive }
            let ranking = Ranking(chosen.map {
                Ranking.Entry(name: String($0.offset), value: abs($0.element.line.difference), text: "")
            })
            return list(ranking.top(Self.differenceLimit).flatMap { $0 }.map { phrase(entries[Int($0.name)!]) })
        }
        return ["sterker": ranked(true), "zwakker": ranked(false), "geen": entries.isEmpty]
    }

    private func ecosystem() -> [String: Any] {
        let providers = Ranking(profile.providers.map {
            Ranking.Entry(name: $0.name, value: Double($0.total), text: count($0.total))
        })
        let nodes = profile.network.nodes
        let degree = Ranking(nodes.filter { $0.degree > 0 }.map {
            Ranking.Entry(name: $0.name, value: Double($0.degree), text: count($0.degree))
        })
        func named(_ places: [[Ranking.Entry]]) -> Any {
            list(places.map { place in
                place.count == 1 ? "\(place[0].name) (\(place[0].text))"
                    : "\(DutchList.join(place.map(\.name))) (\(templates.text("elk")) \(place[0].text))"
            })
        }
        return [
            "aanbieders": counted(profile.providers.count, "aanbieders"),
            "aanbieders_zijn": form("zijn", profile.providers.count),
            "top3": named(providers.top(3)),
            "drempel": count(dataset.settings.providerThresholdProvince),
            "netwerk_aanbieders": counted(nodes.count, "aanbieders"),
            "netwerk_verbindingen": counted(profile.network.edges.count, "verbindingen"),
            "meest_verbonden": named(degree.top(3)),
            "landelijke_partijen": list(nodes.filter(\.isNational).map(\.name)),
            "gedeeld_aantal": counted(profile.sharedInitiatives.count, "initiatieven"),
            "gedeeld_zijn": form("zijn", profile.sharedInitiatives.count),
            "gedeeld": !profile.sharedInitiatives.isEmpty,
        ]
    }

    private func goodPractice() -> [String: Any] {
        [
            "eigen": list(profile.goodPractices.map(\.name)),
            "eigen_aantal": count(profile.goodPractices.count),
            "passend": !profile.matchingPractices.isEmpty,
            "passend_aantal": counted(profile.matchingPractices.count, "good practices"),
            "passend_passen": form("passen", profile.matchingPractices.count),
        ]
    }

    private func gaps() -> [String: Any] {
        let size = profile.gaps.filter { $0.dimension == .size }.count
        let sector = profile.gaps.filter { $0.dimension == .sector }.count
        return [
            "aantal": count(profile.gaps.count), "geen": profile.gaps.isEmpty,
            "omvang": size > 0, "omvang_aantal": count(size), "sector": sector > 0, "sector_aantal": count(sector),
        ]
    }

    private func quality() -> [String: Any] {
        let quality = profile.quality
        return [
            "waarschuwingen": counted(quality.warnings.count, "waarschuwingen"),
            "waarschuwingen_hielden": form("ze hielden", quality.warnings.count),
            "waarschuwingen_verdienen": form("verdienen", quality.warnings.count),
            "geen_waarschuwingen": quality.warnings.isEmpty,
            "activiteiten": counted(quality.activities, "activiteiten"),
            "onbekend": count(quality.unknownReach),
            "onbekend_tellen": form("zij tellen", Int(quality.unknownReach)),
            "onbekend_aandeel": DutchNumber.percent(quality.activities == 0 ? 0 : Double(quality.unknownReach) / Double(quality.activities)),
            "schattingen": quality.approximateReach > 0 ? counted(quality.approximateReach, "activiteiten") as Any : false,
            "schattingen_bereik": count(quality.approximateReachSum),
        ]
    }
}
