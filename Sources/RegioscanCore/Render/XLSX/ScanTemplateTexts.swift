import Foundation

/// The Dutch texts of the scan template, from `Templates/sjabloon.yaml`: help per column, the notices of the
/// drop-downs, the instructions on the sheet `Toelichting` and the example row. `{provincie}` and `{bestand}`
/// in a text become the template's province and file name.
public struct ScanTemplateTexts: Sendable {
    public static let fileName = "sjabloon.yaml"
    /// Rows pre-filled with the province when the file does not say.
    static let defaultPrefilledRows = 500

    var prefilledRows: Int
    var multipleValues: String
    var columnHelp: [String: String]
    var provinceColumnHelp: [String: String]
    var notices: [String: String]
    var title: String
    var steps: [String]
    var provinceSteps: [String]
    var exampleHeading: String
    var archetypeHeading: String
    var example: [String: String]

    /// Help for `column` (before Excel's 255-character cut); a multi-valued column gets the note on `;`.
    func help(_ column: Column, province: String?) -> String {
        var text = province.flatMap { _ in provinceColumnHelp[column.rawValue] } ?? columnHelp[column.rawValue] ?? ""
        if column.isMultiValued, !multipleValues.isEmpty { text += text.isEmpty ? multipleValues : " " + multipleValues }
        return Self.fill(text, province: province)
    }

    func listError(_ column: Column) -> String {
        notices[column.isMultiValued ? "lijst_meerdere" : "lijst"] ?? ""
    }

    var reachErrorTitle: String { notices["bereik_titel"] ?? Column.reach.rawValue }
    var reachError: String { notices["bereik"] ?? "" }

    /// The title and the steps of the sheet `Toelichting`.
    func instructions(province: String?) -> [String] {
        ([title] + steps + (province == nil ? [] : provinceSteps)).map { Self.fill($0, province: province) }
    }

    /// The example row; a province template shows its own province.
    func exampleRow(province: String?) -> [Column: String] {
        var row: [Column: String] = [:]
        for column in Column.allCases { row[column] = example[column.rawValue].map { Self.fill($0, province: province) } }
        if let province { row[.province] = province }
        return row
    }

    static func fill(_ text: String, province: String?) -> String {
        text.replacingOccurrences(of: "{provincie}", with: province ?? "<provincie>")
            .replacingOccurrences(of: "{bestand}", with: (province ?? "<provincie>") + ".xlsx")
    }

    static let topKeys: Set<String> = ["voorgevulde_rijen", "meerdere_waarden", "kolommen", "kolommen_provincie",
                                       "meldingen", "toelichting", "voorbeeld"]
    static let noticeKeys: Set<String> = ["lijst", "lijst_meerdere", "bereik_titel", "bereik"]
    static let helpKeys: Set<String> = ["titel", "stappen", "stappen_provincie", "voorbeeld", "typen"]

    /// Reads `sjabloon.yaml` from `folder`; problems are reported with file and line. A column without help is a
    /// warning (its input message then holds only the column name), a missing file an error.
    public static func load(folder: String, diagnostics: inout Diagnostics) -> ScanTemplateTexts? {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else {
            diagnostics.error(.template, at: SourceLocation(file: path), Messages.templateMissing(fileName))
            return nil
        }
        var local = Diagnostics()
        guard let source = YAMLSource.load(path: path, displayPath: path, kind: .template, diagnostics: &local),
              let map = YAMLMap(source.root, in: source, kind: .template, diagnostics: &local) else {
            diagnostics.append(contentsOf: local)
            return nil
        }
        map.warnAboutUnknownKeys(allowed: topKeys, diagnostics: &local)
        let columnHelp = columns(map, "kolommen", diagnostics: &local)
        for column in Column.allCases where (columnHelp[column.rawValue] ?? "").isEmpty {
            local.warning(.template, at: source.location(map.value("kolommen") ?? map.node),
                          Messages.yamlMissingField("kolommen." + column.rawValue))
        }
        let notices = nested(map, "meldingen", allowed: noticeKeys, diagnostics: &local)
        var help = (title: "", steps: [String](), provinceSteps: [String](), example: "", archetypes: "")
        if let node = map.value("toelichting"),
           let entry = YAMLMap(node, in: source, kind: .template, diagnostics: &local) {
            entry.warnAboutUnknownKeys(allowed: helpKeys, diagnostics: &local)
            help.title = entry.string("titel", diagnostics: &local) ?? ""
            help.steps = entry.strings("stappen", diagnostics: &local)
            help.provinceSteps = entry.strings("stappen_provincie", diagnostics: &local)
            help.example = entry.string("voorbeeld", diagnostics: &local) ?? ""
            help.archetypes = entry.string("typen", diagnostics: &local) ?? ""
        }
        let rows = map.integer("voorgevulde_rijen", diagnostics: &local) ?? defaultPrefilledRows
        if !(0..<XLSXLimits.maximumRows).contains(rows), let node = map.value("voorgevulde_rijen") {
            local.error(.template, at: source.location(node), Messages.yamlExpectedNumber("voorgevulde_rijen", "\(rows)"))
        }
        let texts = ScanTemplateTexts(
            prefilledRows: rows, multipleValues: map.string("meerdere_waarden", diagnostics: &local) ?? "",
            columnHelp: columnHelp, provinceColumnHelp: columns(map, "kolommen_provincie", diagnostics: &local),
            notices: notices, title: help.title, steps: help.steps, provinceSteps: help.provinceSteps,
            exampleHeading: help.example, archetypeHeading: help.archetypes,
            example: columns(map, "voorbeeld", diagnostics: &local))
        diagnostics.append(contentsOf: local)
        return local.hasErrors ? nil : texts
    }

    /// A mapping of texts by contract column name; an unknown column name is a warning.
    private static func columns(_ map: YAMLMap, _ key: String, diagnostics: inout Diagnostics) -> [String: String] {
        nested(map, key, allowed: Set(Column.allCases.map(\.rawValue)), diagnostics: &diagnostics)
    }

    private static func nested(_ map: YAMLMap, _ key: String, allowed: Set<String>,
                               diagnostics: inout Diagnostics) -> [String: String] {
        guard let node = map.value(key), !node.isNull,
              let entry = YAMLMap(node, in: map.source, kind: .template, diagnostics: &diagnostics) else { return [:] }
        entry.warnAboutUnknownKeys(allowed: allowed, diagnostics: &diagnostics)
        return map.stringMap(key, diagnostics: &diagnostics)
    }
}
