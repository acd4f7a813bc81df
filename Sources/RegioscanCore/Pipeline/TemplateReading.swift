/// The report's and the province reports' templates, read from a folder (on a thread of their own while the input
/// is read). A missing folder, a template with errors or broken province texts stop the run.
struct TemplateReading: Sendable {
    private let outcome: Result<(ReportTemplates, ProvinceReportInputs), Error>

    init(folder: String?) {
        outcome = Result { try Self.read(folder) }
    }

    func get() throws -> (ReportTemplates, ProvinceReportInputs) {
        try outcome.get()
    }

    private static func read(_ folder: String?) throws -> (ReportTemplates, ProvinceReportInputs) {
        guard let folder else { throw RegioscanError.usage(Messages.defaultTemplatesMissing) }
        var diagnostics = Diagnostics()
        guard let templates = ReportTemplates.load(folder: folder, diagnostics: &diagnostics), !diagnostics.hasErrors else {
            throw RegioscanError.invalidInput(diagnostics)
        }
        return (templates, try ProvinceReportInputs.load(templates: folder))
    }
}
