/// Figure 04 (and 05): the modelled reach and effort class of each archetype, 1 = lowest class. An archetype
/// without a class on an axis has no row for it: 0 would read as a class below the lowest.
enum ModelledClassesBuilder {
    static let series = [FigureSeries.reach, FigureSeries.effort]

    static func make(_ context: FigureContext, id: FigureID) -> Figure {
        let archetypes = context.dataset.taxonomy.archetypes
        var rows: [FigureRow] = []
        for category in archetypes.categories {
            for name in series {
                guard let position = category.classes[name] else { continue }
                rows.append(FigureRow(province: FigureRow.national, series: name, category: category.label,
                                      value: .count(Int64(position))))
            }
        }
        return Figure(id: id, rows: rows, categories: archetypes.labels, series: series,
                      provinces: [FigureRow.national])
    }
}
