/// A province's key figures beside the national ones, and its rank among the provinces on activities, reach
/// and reach per 1,000 SMEs. Ranks come from `Ranking`, so tied provinces share a place.
struct ProvinceKeyFigureBuilder {
    static let shown = ["initiatieven", "activiteiten", "activiteiten_per_initiatief_gemiddeld", "bereik_totaal",
                        "activiteiten_met_bereik", "aanbieders"]
    static let ranked: Set<String> = ["activiteiten", "bereik_totaal"]
    static let perThousandSMEs = "bereik_per_1000_mkb"

    let keyFigures: Figure
    let settings: Settings
    /// All provinces of the taxonomy: a rank is among the twelve, those without activities included.
    let provinces: [String]

    func make(_ province: String) -> [ProvinceKeyFigure] {
        var figures = Self.shown.compactMap { key -> ProvinceKeyFigure? in
            guard let value = keyFigures.value(province: province, category: key) else { return nil }
            let rank = Self.ranked.contains(key) ? rank(province, among: provinces.compactMap { name in
                keyFigures.value(province: name, category: key).map { (name, $0.double) }
            }) : nil
            return ProvinceKeyFigure(key: key, province: value, national: keyFigures.value(category: key), rank: rank)
        }
        // Only with the province's SME count from instellingen.yaml; never an invented number.
        if let own = perThousand(province) {
            let national = keyFigures.value(category: "bereik_totaal").map {
                FigureValue.fraction(Double($0.count ?? 0) * 1000 / Double(settings.smePopulation))
            }
            let values = provinces.compactMap { name in perThousand(name).map { (name, $0) } }
            figures.append(ProvinceKeyFigure(key: Self.perThousandSMEs, province: .fraction(own), national: national,
                                             rank: rank(province, among: values)))
        }
        return figures
    }

    private func perThousand(_ province: String) -> Double? {
        guard let smes = settings.smePerProvince[province], smes > 0,
              let reach = keyFigures.value(province: province, category: "bereik_totaal")?.count else { return nil }
        return Double(reach) * 1000 / Double(smes)
    }

    private func rank(_ province: String, among values: [(String, Double)]) -> ProvinceRank? {
        let ranking = Ranking(values.map { Ranking.Entry(name: $0.0, value: $0.1, text: "") })
        return ranking.rank(of: province).map { ProvinceRank(rank: $0.rank, shared: $0.shared, of: values.count) }
    }
}
