/// Renders every output file of the report from the shared materials: CSV tables, SVG figures, `rapport.md`,
/// `rapport.html` and `validatie.md` as files, and `ecosysteemkaart.html` and the data files as jobs.
struct ReportRenderer {
    let materials: ReportMaterials
    let inputFiles: [String]

    func files() throws -> [OutputFile] {
        var files: [OutputFile] = []
        for id in materials.figures.ids {
            if id.hasTable {
                files.append(OutputFile(path: "tabellen/\(id.fileName).csv", text: FigureCSVRenderer.render(materials.figures[id])))
            }
            if id.hasDrawing {
                files.append(OutputFile(path: "figuren/\(id.fileName).svg", text: materials.svg(id)))
            }
        }
        files.append(OutputFile(path: TaxonomyDataRenderer.path, text: TaxonomyDataRenderer.render(materials.dataset.taxonomy)))
        if let comparison = materials.comparison {
            files.append(OutputFile(path: DevelopmentCSVRenderer.path, text: DevelopmentCSVRenderer.render(comparison)))
        }
        if let charts = materials.developmentCharts {
            for chart in charts.available {
                files.append(OutputFile(path: "figuren/\(chart.fileName).svg", text: charts.svg(chart)))
            }
        }
        if materials.figures.contains(.providerNetwork), let network = materials.figures[.providerNetwork].network {
            files.append(OutputFile(path: "tabellen/\(NetworkEdgeCSVRenderer.fileName).csv", text: NetworkEdgeCSVRenderer.render(network)))
        }
        for diagram in materials.diagrams.available {
            files.append(OutputFile(path: "figuren/\(diagram.fileName).svg", text: materials.diagrams.svg(diagram)))
        }
        var context = ReportFacts(figures: materials.figures, dataset: materials.dataset, texts: materials.texts).context()
        context[DevelopmentFacts.key] = materials.comparison.map { DevelopmentFacts(comparison: $0, texts: materials.texts).context() } ?? false
        try checkNames(context)
        var diagnostics = Diagnostics()
        let templates = materials.templates
        let body = templates.body.render(context)
        let blocks = ReportDocument.parse(body, diagnostics: &diagnostics, file: templates.folder + "/" + ReportTemplates.bodyFile)
        guard !diagnostics.hasErrors else { throw RegioscanError.invalidInput(diagnostics) }
        let document = ReportDocument(front: templates.front.render(context), blocks: blocks)
        files.append(OutputFile(path: "rapport.md", text: MarkdownReportRenderer(materials: materials).render(document)))
        files.append(OutputFile(path: "rapport.html", text: HTMLReportRenderer(materials: materials).render(document, context: context)))
        files.append(OutputFile(path: "validatie.md", text: ValidationReportRenderer(templates: templates)
            .render(materials.dataset, files: inputFiles, omitted: omittedFigures)))
        return files
    }

    /// The large files, each made and written by itself beside the workbooks (`OutputJobs`): they grow with the
    /// activities, and none of them has to wait in memory for the others.
    func jobs() -> [OutputJob] {
        let materials = materials
        let activities = materials.dataset.activities.count
        return [
            OutputJob(path: ActivityDataRenderer.path, cost: activities / 2) { file in
                ActivityDataRenderer.render(materials.dataset, lists: materials.labelLists) { file.write(bytes: $0) }
            },
            OutputJob(path: "tabellen/" + LearningCircleCSVRenderer.fileName, cost: activities / 10) {
                LearningCircleCSVRenderer.render(materials.figures.learningCircles, dataset: materials.dataset)
            },
            OutputJob(path: "ecosysteemkaart.html", cost: activities) { file in
                let circles = MapLearningCircle.make(materials.figures.learningCircles,
                                                     word: materials.templates.workbookTexts.text("leerkring"))
                EcosystemMapRenderer(materials: materials, circles: circles).write { file.write(bytes: $0) }
            },
        ]
    }

    /// The numbers of the figures left out of this run ("4, 5, 19 en 20"), for `validatie.md`.
    private var omittedFigures: [FigureID] { materials.figures.omitted }

    /// A name in a template that the context does not know would silently print nothing.
    private func checkNames(_ context: [String: Any]) throws {
        var diagnostics = Diagnostics()
        let templates = materials.templates
        let validation = ValidationReportRenderer(templates: templates).context(materials.dataset, files: inputFiles,
                                                                                  omitted: omittedFigures)
        var page = context
        for key in ["css", "inhoudsopgave", "inhoud"] { page[key] = "" }
        let checks: [(String, [String: Any])] = [
            (ReportTemplates.bodyFile, context), (ReportTemplates.frontFile, context),
            (ReportTemplates.pageFile, page), (ReportTemplates.validationFile, validation),
            (ReportTemplates.changesFile, ChangesReportRenderer.namesContext(templates)),
            // The ecosystem map is written later, as a job: a wrong name in its template stops the run here, first.
            (ReportTemplates.mapPageFile, EcosystemMapRenderer(materials: materials, circles: []).namesContext),
        ]
        for (file, values) in checks {
            for name in templates.unknownNames(in: file, context: values) {
                diagnostics.error(.template, at: SourceLocation(file: templates.folder + "/" + file), Messages.unknownTemplateName(name))
            }
        }
        if diagnostics.hasErrors { throw RegioscanError.invalidInput(diagnostics) }
    }
}
