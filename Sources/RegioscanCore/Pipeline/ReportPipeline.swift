import Foundation

/// The whole run, top to bottom: ingest and normalise the input, compute every figure once, render the tables,
/// drawings and reports, and swap the output folder in. On input errors nothing is written.
public enum ReportPipeline {
    public static let stepCount = 6

    public static func run(_ options: ReportOptions, progress: (String) -> Void = { _ in }) throws -> ReportOutcome {
        progress(step(1, "invoer lezen uit \(options.input)"))
        let loaded = try DatasetLoader.load(input: options.input, year: options.year, strict: options.strict)
        guard let dataset = loaded.dataset else { throw RegioscanError.invalidInput(loaded.diagnostics) }

        progress(step(2, "sjablonen lezen"))
        var templateDiagnostics = Diagnostics()
        let folder = templatesFolder(options)
        guard let templates = ReportTemplates.load(folder: folder, diagnostics: &templateDiagnostics),
              !templateDiagnostics.hasErrors else {
            throw RegioscanError.invalidInput(templateDiagnostics)
        }
        let province = try ProvinceReportInputs.load(templates: folder, input: options.input, dataset: dataset)

        progress(step(3, "figuren berekenen"))
        let figures = FigureSet(dataset: dataset)
        let profiles = province.profiles(dataset: dataset, figures: figures)

        progress(step(4, "tabellen, figuren en rapport opmaken"))
        let materials = ReportMaterials(dataset: dataset, figures: figures, templates: templates)
        // The province reports are made beside the national report and the workbooks, and written last.
        let provinceFiles = BackgroundJob { try province.files(materials: materials, profiles: profiles) }
        defer { _ = try? provinceFiles.result() }
        let files = try ReportRenderer(materials: materials, inputFiles: loaded.files).files()

        let destination = (options.output as NSString).appendingPathComponent(String(loaded.year))
        let workbooks = WorkbookRenderer(materials: materials,
                                         created: options.creationTime ?? WorkbookRenderer.creationTime(year: loaded.year))
        var diagnostics = loaded.diagnostics
        try OutputWriter.replace(folder: destination, with: files) { staging in
            progress(step(5, "werkboeken schrijven"))
            for warning in try workbooks.write(into: staging) { diagnostics.append(warning) }
            try OutputFile.write(provinceFiles.result(), into: staging)
            progress(step(6, "uitvoer vervangen: \(destination)"))
        }
        let written = files.map(\.path) + (try provinceFiles.result()).map(\.path) + ([FigureRow.national] + dataset.taxonomy.provinceNames).map {
            WorkbookRenderer.folder + "/" + WorkbookRenderer.fileName($0)
        }
        return ReportOutcome(folder: destination, files: written.sorted(), dataset: dataset, diagnostics: diagnostics)
    }

    static func step(_ number: Int, _ text: String) -> String {
        "[\(number)/\(stepCount)] \(text)"
    }

    /// `Templates/` in the working folder, or else beside the input folder (a clone run from elsewhere).
    static func templatesFolder(_ options: ReportOptions) -> String {
        if let explicit = options.templates { return explicit }
        let local = "Templates"
        if FileManager.default.fileExists(atPath: local) { return local }
        let sibling = ((options.input as NSString).deletingLastPathComponent as NSString).appendingPathComponent("Templates")
        return FileManager.default.fileExists(atPath: sibling) ? sibling : local
    }
}
