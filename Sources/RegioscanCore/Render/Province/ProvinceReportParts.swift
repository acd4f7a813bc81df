/// What the Markdown and HTML renderers of one province report share: its tables, drawings and texts.
struct ProvinceReportParts {
    let profile: ProvinceProfile
    let tables: ProvinceTableBuilder
    let drawings: ProvinceFigureRenderer
    let templates: ProvinceTemplates
    let style: String

    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        var all = values
        all["provincie"] = profile.province
        return templates.text(key, all)
    }

    /// The table a block shows, or nil when it has no rows (its sentence in the template says so).
    func table(_ block: ProvinceBlock) -> (table: DataTable, note: String?)? {
        let result: (DataTable, String?)
        switch block {
        case .figure(let id):
            guard let comparison = profile.comparison(id) else { return nil }
            result = (tables.comparison(comparison), tables.baseNote(comparison))
        case .keyFigures: result = (tables.keyFigures(), nil)
        case .providers: result = (tables.providers(), nil)
        case .network:
            result = (tables.network(), tables.networkShortened
                ? text("ingekort", ["aantal": String(ProvinceTableBuilder.networkRowLimit)]) : nil)
        case .sharedInitiatives: result = (tables.sharedInitiatives(), nil)
        case .goodPractices: result = (tables.goodPractices(), nil)
        case .matchingPractices: result = (tables.matchingPractices(), nil)
        case .gaps(let dimension): result = (tables.gaps(dimension), nil)
        case .warnings: result = (tables.warnings(), nil)
        case .heading, .prose: return nil
        }
        return result.0.rows.isEmpty ? nil : result
    }
}
