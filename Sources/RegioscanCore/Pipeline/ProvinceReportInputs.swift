/// What the province reports need beyond the national report: their templates. Read before anything is computed,
/// so that an error in them stops the run before any file is written.
struct ProvinceReportInputs {
    let templates: ProvinceTemplates

    static func load(templates folder: String) throws -> ProvinceReportInputs {
        var diagnostics = Diagnostics()
        let templates = ProvinceTemplates.load(folder: folder, diagnostics: &diagnostics)
        guard let templates, !diagnostics.hasErrors else { throw RegioscanError.invalidInput(diagnostics) }
        return ProvinceReportInputs(templates: templates)
    }

    /// Every province's report files and the index.
    func files(materials: ReportMaterials, profiles: [ProvinceProfile]) throws -> [OutputFile] {
        try ProvinceReportRenderer(materials: materials, templates: templates, profiles: profiles).files()
    }
}
