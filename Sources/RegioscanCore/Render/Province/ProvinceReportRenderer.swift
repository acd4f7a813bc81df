import Foundation
import Mustache

/// `provincies/<Provincie>.md` and `.html`, `provincies/figuren/<slug>-figuur-NN.svg` and `provincies/index.html`:
/// each province's own report from its profile, in the same blocks for Markdown and HTML. Formats only.
struct ProvinceReportRenderer: Sendable {
    static let folder = "provincies"

    let materials: ReportMaterials
    let templates: ProvinceTemplates
    let profiles: [ProvinceProfile]

    /// Every province's files and the index, built in parallel (one task per province), in a fixed order.
    func files() throws -> [OutputFile] {
        try checkNames()
        var output = try ParallelResults.map(profiles.count) { index in Result { try self.files(for: profiles[index]) } }
            .flatMap { try $0.get() }
        output.append(OutputFile(path: "\(Self.folder)/index.html", text: ProvinceIndexRenderer(materials: materials,
                                                                                               templates: templates,
                                                                                               profiles: profiles).render()))
        return output
    }

    /// The canonical province name, with characters that no file system likes replaced.
    static func baseName(_ province: String) -> String {
        String(province.map { "/\\:*?\"<>|".contains($0) ? "-" : $0 })
    }

    func files(for profile: ProvinceProfile) throws -> [OutputFile] {
        let context = ProvinceFacts(profile: profile, dataset: materials.dataset, figureTexts: materials.texts,
                                    templates: templates, comparison: materials.comparison).context()
        var diagnostics = Diagnostics()
        let document = ProvinceDocument.parse(templates.body.render(context), diagnostics: &diagnostics,
                                              file: templates.folder + "/" + ProvinceTemplates.bodyFile)
        guard !diagnostics.hasErrors else { throw RegioscanError.invalidInput(diagnostics) }
        let parts = parts(profile, document: document)
        let base = "\(Self.folder)/\(Self.baseName(profile.province))"
        var files = [
            OutputFile(path: base + ".md", text: ProvinceMarkdownRenderer(parts: parts).render(document)),
            OutputFile(path: base + ".html", text: ProvinceHTMLRenderer(parts: parts).render(document, context: context)),
        ]
        for (id, svg) in parts.svgs.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: "\(Self.folder)/" + ProvinceFigureRenderer.path(slug: profile.slug, id), text: svg.file))
        }
        return files
    }

    func parts(_ profile: ProvinceProfile, document: ProvinceDocument) -> ProvinceReportParts {
        let tables = ProvinceTableBuilder(profile: profile, figures: materials.figures, figureTexts: materials.texts,
                                          templates: templates, threshold: materials.dataset.settings.providerThresholdProvince)
        let notice = materials.dataset.settings.isSampleData ? materials.texts.notes["voorbeelddata_kort"] : nil
        let drawings = ProvinceFigureRenderer(profile: profile, figures: materials.figures, tables: tables,
                                              figureTexts: materials.texts, templates: templates, notice: notice)
        return ProvinceReportParts(profile: profile, tables: tables, drawings: drawings, templates: templates,
                                   style: materials.templates.style, document: document)
    }

    /// A name in a template that the context does not know would silently print nothing.
    private func checkNames() throws {
        guard let profile = profiles.first else { return }
        var diagnostics = Diagnostics()
        let context = ProvinceFacts(profile: profile, dataset: materials.dataset, figureTexts: materials.texts,
                                    templates: templates, comparison: materials.comparison).context()
        var page = context
        for key in ["css", "inhoudsopgave", "inhoud"] { page[key] = "" }
        let index = ProvinceIndexRenderer(materials: materials, templates: templates, profiles: profiles).context()
        for (file, values) in [(ProvinceTemplates.bodyFile, context), (ProvinceTemplates.pageFile, page),
                               (ProvinceTemplates.indexFile, index)] {
            for name in templates.unknownNames(in: file, context: values) {
                diagnostics.error(.template, at: SourceLocation(file: templates.folder + "/" + file), Messages.unknownTemplateName(name))
            }
        }
        if diagnostics.hasErrors { throw RegioscanError.invalidInput(diagnostics) }
    }
}
