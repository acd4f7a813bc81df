/// One delivery file read and normalised by itself, with the problems found and the open labels it named.
struct NormalisedFile: @unchecked Sendable {
    // @unchecked: the rows are new objects that only the loader touches once this file is done.
    let rows: [ParsedRow]
    let diagnostics: Diagnostics
    let registry: OpenLabelRegistry

    init(file: String, taxonomy: Taxonomy, personalColumns: [String]) {
        var diagnostics = Diagnostics()
        var normaliser = RowNormaliser(taxonomy: taxonomy, personalColumns: personalColumns)
        if let table = DatasetLoader.readTable(file, diagnostics: &diagnostics) {
            rows = normaliser.normalise(table, diagnostics: &diagnostics)
        } else {
            rows = []
        }
        self.diagnostics = diagnostics
        registry = normaliser.registry
    }
}
