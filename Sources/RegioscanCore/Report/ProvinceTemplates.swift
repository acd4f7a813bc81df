import Foundation
import Mustache

/// The editable texts of the province reports, from `Templates/`: the Markdown body, the HTML page, the index
/// page and the short texts (headers, legends, notes) in `provincie.yaml`.
public struct ProvinceTemplates: Sendable {
    public static let bodyFile = "provincie.md.mustache"
    public static let pageFile = "provincie.html.mustache"
    public static let indexFile = "provincies.html.mustache"
    public static let textsFile = "provincie.yaml"

    public var folder: String
    var body: MustacheTemplate
    var page: MustacheTemplate
    var index: MustacheTemplate
    /// Short texts by key; `{provincie}` and similar placeholders are filled in by the renderer.
    public var texts: [String: String]
    /// Names each template uses (by path), to report a typo instead of printing nothing.
    var usedNames: [String: Set<String>]

    public static func load(folder: String, diagnostics: inout Diagnostics) -> ProvinceTemplates? {
        var loader = TemplateLoader(folder: folder)
        let body = loader.template(bodyFile, markdown: true)
        let page = loader.template(pageFile, markdown: false)
        let index = loader.template(indexFile, markdown: false)
        var local = loader.diagnostics
        let texts = loadTexts(folder: folder, diagnostics: &local)
        diagnostics.append(contentsOf: local)
        guard !local.hasErrors, let body, let page, let index, let texts else { return nil }
        return ProvinceTemplates(folder: folder, body: body, page: page, index: index, texts: texts, usedNames: loader.usedNames)
    }

    /// `provincie.yaml`: one mapping of texts.
    private static func loadTexts(folder: String, diagnostics: inout Diagnostics) -> [String: String]? {
        let path = (folder as NSString).appendingPathComponent(textsFile)
        guard let source = YAMLSource.load(path: path, displayPath: path, kind: .template, diagnostics: &diagnostics),
              let map = YAMLMap(source.root, in: source, kind: .template, diagnostics: &diagnostics) else { return nil }
        var texts: [String: String] = [:]
        for key in map.keys { texts[key] = map.string(key, diagnostics: &diagnostics) ?? "" }
        return texts
    }

    /// A short text; a key missing from `provincie.yaml` shows as itself, which the tests catch.
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        let text = texts[key] ?? key
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        // One pass: `{name}` becomes its value; an unknown name stays as written.
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The form of a word pair of `provincie.yaml` for a count: `woord_initiatieven: "initiatief|initiatieven"`
    /// gives "initiatief" for exactly one and "initiatieven" otherwise (0 initiatieven, 2 initiatieven). A pair
    /// without `|` is used as it is; spaces in the plural are `_` in the key; a missing pair shows its key, which the tests catch.
    func word(_ plural: String, count: Int64) -> String {
        let pair = text("woord_" + plural.replacingOccurrences(of: " ", with: "_")).split(separator: "|", omittingEmptySubsequences: false)
        guard pair.count == 2 else { return String(pair.first ?? "") }
        return String(count == 1 ? pair[0] : pair[1])
    }

    /// Names a template uses that its context does not have: almost always a typo.
    func unknownNames(in file: String, context: [String: Any]) -> [String] {
        TemplateLoader.unknownNames(in: file, folder: folder, usedNames: usedNames, context: context)
    }
}
