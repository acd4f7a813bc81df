import Foundation
import Mustache

/// Reads and compiles the template files of one folder, noting the names each uses; shared by the report's and
/// the province reports' templates, so that both report a missing file or a syntax error the same way.
struct TemplateLoader {
    let folder: String
    var diagnostics = Diagnostics()
    /// Names each template uses (by path), to report a typo instead of printing nothing.
    var usedNames: [String: Set<String>] = [:]

    init(folder: String) {
        _ = MarkdownContentType.registered
        self.folder = folder
    }

    func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    /// A template of the folder; Markdown ones escape values for Markdown.
    mutating func template(_ name: String, markdown: Bool) -> MustacheTemplate? {
        let path = path(name)
        guard let text = Self.read(path, diagnostics: &diagnostics) else { return nil }
        usedNames[path] = TemplateNames.used(in: text)
        // The pragma goes on the first line without a line break, so that line numbers stay as in the file.
        let source = markdown ? "{{% CONTENT_TYPE: \(MarkdownContentType.name) }}" + text : text
        do {
            return try MustacheTemplate(string: source)
        } catch let error as MustacheTemplate.ParserError {
            diagnostics.error(.template, at: SourceLocation(file: path, line: error.context.lineNumber),
                              Messages.templateSyntax("\(error.error)"))
        } catch {
            diagnostics.error(.template, at: SourceLocation(file: path), Messages.templateSyntax("\(error)"))
        }
        return nil
    }

    /// A plain file of the folder (a stylesheet, a script).
    mutating func file(_ name: String) -> String? { Self.read(path(name), diagnostics: &diagnostics) }

    static func read(_ path: String, diagnostics: inout Diagnostics) -> String? {
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

    /// Names a template of `folder` uses that its context does not have anywhere: almost always a typo.
    static func unknownNames(in file: String, folder: String, usedNames: [String: Set<String>],
                             context: [String: Any]) -> [String] {
        let path = (folder as NSString).appendingPathComponent(file)
        return (usedNames[path] ?? []).filter { !TemplateNames.resolves($0, in: context) }.sorted()
    }
}
