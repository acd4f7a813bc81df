/// What the province reports need beyond the national report: their templates and the list of national actors.
/// Read before anything is computed, so that an error in either stops the run before any file is written.
struct ProvinceReportInputs {
    let templates: ProvinceTemplates
    let nationalActors: NationalActorList

    static func load(templates folder: String, input: String, dataset: Dataset) throws -> ProvinceReportInputs {
        var diagnostics = Diagnostics()
        let templates = ProvinceTemplates.load(folder: folder, diagnostics: &diagnostics)
        let actors = NationalActorList(providers: dataset.taxonomy.openVocabularies[.provider])
        guard let templates, !diagnostics.hasErrors else { throw RegioscanError.invalidInput(diagnostics) }
        return ProvinceReportInputs(templates: templates, nationalActors: actors)
    }

    /// The Figures stage's part for the province reports.
    func profiles(dataset: Dataset, figures: FigureSet) -> [ProvinceProfile] {
        ProvinceProfileBuilder.make(dataset: dataset, figures: figures, nationalActors: nationalActors)
    }

    /// Every province's report files and the index.
    func files(materials: ReportMaterials, profiles: [ProvinceProfile]) throws -> [OutputFile] {
        try ProvinceReportRenderer(materials: materials, templates: templates, profiles: profiles).files()
    }
}
