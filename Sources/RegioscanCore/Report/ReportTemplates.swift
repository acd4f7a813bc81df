import Foundation
import Mustache

/// The editable texts of the report, from `Templates/`: the Markdown body, the front matter, the HTML page,
/// the stylesheet, the validation report, the changes since the previous run (`wijzigingen.md`), the figure texts
/// and the ecosystem map (page, script and stylesheet).
public struct ReportTemplates: Sendable {
    public static let bodyFile = "rapport.md.mustache"
    public static let frontFile = "voorblad.md.mustache"
    public static let pageFile = "rapport.html.mustache"
    public static let styleFile = "rapport.css"
    public static let validationFile = "validatie.md.mustache"
    public static let changesFile = "wijzigingen.md.mustache"
    public static let mapPageFile = "ecosysteemkaart.html.mustache"
    public static let mapScriptFile = "ecosysteemkaart.js"
    public static let mapStyleFile = "ecosysteemkaart.css"

    public var folder: String
    var body: MustacheTemplate
    var front: MustacheTemplate
    var page: MustacheTemplate
    var validation: MustacheTemplate
    /// `wijzigingen.md`, the comparison of a rerun with the previous output.
    var changes: MustacheTemplate
    var mapPage: MustacheTemplate
    public var style: String
    public var mapScript: String
    public var mapStyle: String
    public var figureTexts: FigureTexts
    public var workbookTexts: WorkbookTexts
    /// Names each template uses (by path), to report a typo instead of printing nothing.
    var usedNames: [String: Set<String>]

    /// Loads and parses every template; problems are reported with file and line.
    public static func load(folder: String, diagnostics: inout Diagnostics) -> ReportTemplates? {
        var loader = TemplateLoader(folder: folder)
        let body = loader.template(bodyFile, markdown: true)
        let front = loader.template(frontFile, markdown: true)
        let page = loader.template(pageFile, markdown: false)
        let validation = loader.template(validationFile, markdown: true)
        let changes = loader.template(changesFile, markdown: true)
        let mapPage = loader.template(mapPageFile, markdown: false)
        let style = loader.file(styleFile)
        let mapScript = loader.file(mapScriptFile)
        let mapStyle = loader.file(mapStyleFile)
        var local = loader.diagnostics
        let texts = FigureTexts.load(folder: folder, diagnostics: &local)
        let workbook = WorkbookTexts.load(folder: folder, diagnostics: &local)
        diagnostics.append(contentsOf: local)
        guard !local.hasErrors, let body, let front, let page, let validation, let changes, let mapPage, let style, let mapScript,
              let mapStyle, let texts, let workbook else {
            return nil
        }
        return ReportTemplates(folder: folder, body: body, front: front, page: page, validation: validation,
                               changes: changes, mapPage: mapPage, style: style, mapScript: mapScript, mapStyle: mapStyle,
                               figureTexts: texts, workbookTexts: workbook, usedNames: loader.usedNames)
    }

    /// The templates of `folder`, or the shipped ones without a folder; throws what stands in the way.
    public static func load(folder: String?) throws -> ReportTemplates {
        guard let folder = folder ?? BundledTemplates.folder else { throw RegioscanError.usage(Messages.defaultTemplatesMissing) }
        var diagnostics = Diagnostics()
        guard let templates = load(folder: folder, diagnostics: &diagnostics), !diagnostics.hasErrors else {
            throw RegioscanError.invalidInput(diagnostics)
        }
        return templates
    }

    /// Names a template uses that its context does not have anywhere: almost always a typo.
    func unknownNames(in file: String, context: [String: Any]) -> [String] {
        TemplateLoader.unknownNames(in: file, folder: folder, usedNames: usedNames, context: context)
    }
}
