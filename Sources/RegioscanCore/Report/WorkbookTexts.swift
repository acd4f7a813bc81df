import Foundation

/// The words of the workbooks, from `Templates/werkboek.yaml`.
public struct WorkbookTexts: Sendable {
    public static let fileName = "werkboek.yaml"

    var sheets: [String: String]
    var texts: [String: String]
    var activityColumns: [String: String]
    var providerColumns: [String]
    var validationColumns: [String]
    /// Column headers of the blocks of the sheet "Ontwikkeling" (`figuren`, `hernoemingen`, …).
    var developmentColumns: [String: [String]] = [:]
    var yes: String
    var no: String

    func sheet(_ key: String) -> String { sheets[key] ?? key }
    func text(_ key: String) -> String { texts[key] ?? key }
    func activityColumn(_ key: String) -> String { activityColumns[key] ?? key }

    /// The headers of a block of the sheet "Ontwikkeling", padded to `count` columns.
    func developmentColumns(_ key: String, count: Int) -> [String] {
        let headers = developmentColumns[key] ?? []
        return Array((headers + Array(repeating: "", count: max(0, count - headers.count))).prefix(count))
    }

    static let sheetKeys: Set<String> = ["overzicht", "kerncijfers", "figuur", "activiteiten", "aanbieders", "validatie"]

    static func load(folder: String, diagnostics: inout Diagnostics) -> WorkbookTexts? {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard let source = YAMLSource.load(path: path, displayPath: path, kind: .template, diagnostics: &diagnostics),
              let map = YAMLMap(source.root, in: source, kind: .template, diagnostics: &diagnostics) else { return nil }
        map.warnAboutUnknownKeys(allowed: ["bladen", "teksten", "kolommen"], diagnostics: &diagnostics)
        let sheets = map.stringMap("bladen", diagnostics: &diagnostics)
        for key in sheetKeys where sheets[key] == nil {
            diagnostics.error(.template, at: source.location(map.node), Messages.yamlMissingField("bladen." + key))
        }
        var activityColumns: [String: String] = [:]
        var providerColumns: [String] = []
        var validationColumns: [String] = []
        var developmentColumns: [String: [String]] = [:]
        var yes = "ja", no = "nee"
        if let node = map.value("kolommen"), let columns = YAMLMap(node, in: source, kind: .template, diagnostics: &diagnostics) {
            activityColumns = columns.stringMap("activiteiten", diagnostics: &diagnostics)
            providerColumns = columns.strings("aanbieders", diagnostics: &diagnostics)
            validationColumns = columns.strings("validatie", diagnostics: &diagnostics)
            yes = columns.string("ja", diagnostics: &diagnostics) ?? yes
            no = columns.string("nee", diagnostics: &diagnostics) ?? no
            if let node = columns.value("ontwikkeling"),
               let development = YAMLMap(node, in: source, kind: .template, diagnostics: &diagnostics) {
                for key in development.keys { developmentColumns[key] = development.strings(key, diagnostics: &diagnostics) }
            }
        }
        return WorkbookTexts(sheets: sheets, texts: map.stringMap("teksten", diagnostics: &diagnostics),
                             activityColumns: activityColumns, providerColumns: providerColumns,
                             validationColumns: validationColumns, developmentColumns: developmentColumns, yes: yes, no: no)
    }

}
