import Foundation

/// The whole run, top to bottom: ingest and normalise the input, compute every figure once, render the tables,
/// drawings and reports, and swap the output folder in. On input errors nothing is written.
public enum ReportPipeline {
    public static let stepCount = 6

    public static func run(_ options: ReportOptions, progress: (String) -> Void = { _ in }) throws -> ReportOutcome {
        var timer = StageTimer(memory: true)
        defer { timer.stop() }
        // The templates are read beside the input; their problems are reported after the input's.
        let folder = options.templates
        let reading = BackgroundJob { () throws -> (ReportTemplates, ProvinceReportInputs) in
            let templates = try ReportTemplates.load(folder: folder)
            return (templates, try ProvinceReportInputs.load(templates: templates.folder))
        }
        progress(step(1, "invoer lezen uit \(options.input)"))
        let loaded = try DatasetLoader.load(input: options.input, year: options.year, strict: options.strict)
        guard let dataset = loaded.dataset else { throw RegioscanError.invalidInput(loaded.diagnostics) }
        timer.lap("invoer")

        progress(step(2, "sjablonen lezen"))
        let (templates, province) = try reading.result()

        progress(step(3, "figuren berekenen"))
        timer.lap("sjablonen")
        let figures = FigureSet(dataset: dataset)
        timer.lap("figuren")

        progress(step(4, "tabellen, figuren en rapport opmaken"))
        var materials = ReportMaterials(dataset: dataset, figures: figures, templates: templates)
        if let target = options.compareWith {
            materials.comparison = try ComparisonLoader.comparison(with: target, options: options, dataset: dataset,
                                                                  figures: figures)
        }
        // The province reports are made beside the national report and the workbooks, and written last.
        let provinceFiles = BackgroundJob { [materials] in
            let profiles = ProvinceProfileBuilder.make(dataset: materials.dataset, figures: materials.figures,
                                                       warnings: materials.provinceWarnings)
            return try province.files(materials: materials, profiles: profiles)
        }
        defer { _ = try? provinceFiles.result() }
        let renderer = ReportRenderer(materials: materials, inputFiles: loaded.files)

        let destination = (options.output as NSString).appendingPathComponent(String(loaded.year))
        let workbooks = WorkbookRenderer(materials: materials,
                                         created: options.creationTime ?? WorkbookRenderer.creationTime(year: loaded.year))
        let jobs = renderer.jobs() + [DatabaseWriter.job(materials: materials)] + workbooks.jobs() + [
            OutputJob(paths: [], cost: 0) { staging in
                try OutputFile.write(provinceFiles.result(), into: staging)
                return []
            },
        ]
        var diagnostics = loaded.diagnostics
        var changeSummary: String?
        var files: [OutputFile] = []
        try OutputWriter.replace(folder: destination, with: [], waiting: progress) { staging in
            // The workbooks, database and data files start at once, beside the report: the learning circles
            // (at 10⁶ activities the last figure by seconds) are waited for only by what shows them.
            let queue = OutputJobs.queue(for: jobs)
            let running = BackgroundJob { try OutputJobs.run(jobs, into: staging, queue: queue) }
            // On every path the jobs are done before the staging folder can go.
            defer { _ = try? running.result() }
            do {
                files = try renderer.files()
                try OutputFile.write(files, into: staging)
            } catch {
                queue.cancel()
                throw error
            }
            timer.lap("opmaak")
            progress(step(5, "werkboeken, database en gegevensbestanden schrijven"))
            for warning in try running.result() { diagnostics.append(warning) }
            timer.lap("werkboeken")
            // Before the swap: the destination still holds the previous output, the staging folder the new one.
            changeSummary = try ChangesWriter.write(previous: destination, staging: staging,
                                                    title: "\(dataset.settings.title) \(loaded.year)", templates: templates)
            progress(step(6, "uitvoer vervangen: \(destination)"))
        }
        timer.lap("wegschrijven")
        let written = files.map(\.path) + jobs.flatMap(\.paths) + (try provinceFiles.result()).map(\.path)
            + [ChangesWriter.fileName]
        return ReportOutcome(folder: destination, files: written.sorted(), dataset: dataset, diagnostics: diagnostics,
                             changeSummary: changeSummary)
    }

    static func step(_ number: Int, _ text: String) -> String {
        "[\(number)/\(stepCount)] \(text)"
    }
}
