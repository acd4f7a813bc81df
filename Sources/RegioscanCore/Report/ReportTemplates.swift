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
    /// Names each template uses, to report a typo instead of printing nothing.
    var usedNames: [String: Set<String>]

    /// Loads and parses every template; problems are reported with file and line.
    public static func load(folder: String, diagnostics: inout Diagnostics) -> ReportTemplates? {
        _ = MarkdownContentType.registered
        var local = Diagnostics()
        var names: [String: Set<String>] = [:]
        func template(_ name: String, markdown: Bool) -> MustacheTemplate? {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let text = read(path, diagnostics: &local) else { return nil }
            names[path] = TemplateNames.used(in: text)
            // The pragma goes on the first line without a line break, so that line numbers stay as in the file.
            let source = markdown ? "{{% CONTENT_TYPE: \(MarkdownContentType.name) }}" + text : text
            do {
                return try MustacheTemplate(string: source)
            } catch let error as MustacheTemplate.ParserError {
                local.error(.template, at: SourceLocation(file: path, line: error.context.lineNumber),
                            Messages.templateSyntax("\(error.error)"))
            } catch {
                local.error(.template, at: SourceLocation(file: path), Messages.templateSyntax("\(error)"))
            }
            return nil
        }
        let body = template(bodyFile, markdown: true)
        let front = template(frontFile, markdown: true)
        let page = template(pageFile, markdown: false)
        let validation = template(validationFile, markdown: true)
        let changes = template(changesFile, markdown: true)
        let mapPage = template(mapPageFile, markdown: false)
        let style = read((folder as NSString).appendingPathComponent(styleFile), diagnostics: &local)
        let mapScript = read((folder as NSString).appendingPathComponent(mapScriptFile), diagnostics: &local)
        let mapStyle = read((folder as NSString).appendingPathComponent(mapStyleFile), diagnostics: &local)
        let texts = FigureTexts.load(folder: folder, diagnostics: &local)
        let workbook = WorkbookTexts.load(folder: folder, diagnostics: &local)
        diagnostics.append(contentsOf: local)
        guard !local.hasErrors, let body, let front, let page, let validation, let changes, let mapPage, let style, let mapScript,
              let mapStyle, let texts, let workbook else {
            return nil
        }
        return ReportTemplates(folder: folder, body: body, front: front, page: page, validation: validation,
                               changes: changes, mapPage: mapPage, style: style, mapScript: mapScript, mapStyle: mapStyle,
                               figureTexts: texts, workbookTexts: workbook, usedNames: names)
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

    private static func read(_ path: String, diagnostics: inout Diagnostics) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.error(.template, at: SourceLocation(file: path), Messages.templateMissing((path as NSString).lastPathComponent))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.error(.template, at: SourceLocation(file: path), Messages.yamlNotUTF8)
            return nil
        }
        return text
    }

    /// Names a template uses that its context does not have anywhere: almost always a typo.
    func unknownNames(in file: String, context: [String: Any]) -> [String] {
        let path = (folder as NSString).appendingPathComponent(file)
        return (usedNames[path] ?? []).filter { !TemplateNames.resolves($0, in: context) }.sorted()
    }
}
