/// `ecosysteemkaart.html`: one self-contained page — inline stylesheet, script and data, a Content Security Policy
/// that forbids every request — on which policy makers filter all initiatives and activities. The page and its
/// texts are `Templates/ecosysteemkaart.*`; this type only fills in the data.
struct EcosystemMapRenderer {
    let materials: ReportMaterials
    /// The learning circles for the "Leerkringen" tab; empty shows that there are none.
    let circles: [MapLearningCircle]

    func render() throws -> String {
        let context = context()
        try checkNames(context)
        return materials.templates.mapPage.render(context)
    }

    func context() -> [String: Any] {
        let settings = materials.dataset.settings
        return [
            "titel": settings.title, "jaar": settings.yearLine, "scanjaar": String(materials.dataset.year),
            "uitgever": settings.publisher, "voorbeelddata": settings.isSampleData,
            "css": materials.templates.mapStyle, "js": materials.templates.mapScript,
            "data": EcosystemMapData(dataset: materials.dataset, circles: circles).json(),
        ]
    }

    /// A misspelt name in the page template would silently print nothing.
    private func checkNames(_ context: [String: Any]) throws {
        let templates = materials.templates
        var diagnostics = Diagnostics()
        for name in templates.unknownNames(in: ReportTemplates.mapPageFile, context: context) {
            diagnostics.error(.template, at: SourceLocation(file: templates.folder + "/" + ReportTemplates.mapPageFile),
                              Messages.unknownTemplateName(name))
        }
        if diagnostics.hasErrors { throw RegioscanError.invalidInput(diagnostics) }
    }
}
