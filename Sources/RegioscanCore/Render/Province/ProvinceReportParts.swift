/// What the Markdown and HTML renderers of one province report share: its tables, drawings and texts.
/// Each table and drawing is made once, for the blocks of the document.
struct ProvinceReportParts {
    let profile: ProvinceProfile
    let tables: ProvinceTableBuilder
    let templates: ProvinceTemplates
    let style: String
    /// The tables of the document's blocks (a block whose table has no rows has none).
    private(set) var blockTables: [ProvinceBlock: (table: DataTable, note: String?)] = [:]
    /// Every drawn figure: the standalone SVG file and the inline SVG for the HTML page.
    private(set) var svgs: [FigureID: (file: String, inline: String)] = [:]

    init(profile: ProvinceProfile, tables: ProvinceTableBuilder, drawings: ProvinceFigureRenderer,
         templates: ProvinceTemplates, style: String, document: ProvinceDocument) {
        self.profile = profile
        self.tables = tables
        self.templates = templates
        self.style = style
        for block in document.blocks where blockTables[block] == nil {
            guard let made = makeTable(block) else { continue }
            blockTables[block] = made
            switch block {
            case .figure(let id): svgs[id] = drawings.svg(id, table: made.table)
            case .network: svgs[.providerNetwork] = drawings.svg(.providerNetwork, table: made.table)
            default: break
            }
        }
    }

    func table(_ block: ProvinceBlock) -> (table: DataTable, note: String?)? { blockTables[block] }

    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        var all = values
        all["provincie"] = profile.province
        return templates.text(key, all)
    }

    /// The table a block shows, or nil when it has no rows (its sentence in the template says so).
    private func makeTable(_ block: ProvinceBlock) -> (table: DataTable, note: String?)? {
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
