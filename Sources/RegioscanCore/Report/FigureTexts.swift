import Foundation
import Yams

/// All figure texts and shared notes, loaded from `Templates/figuren.yaml`.
public struct FigureTexts: Sendable {
    public static let fileName = "figuren.yaml"

    public var figures: [FigureID: FigureText]
    public var notes: [String: String]
    /// Texts of the report's other tables (`typologie`, `kerncijfers_per_provincie`).
    public var tables: [String: FigureText] = [:]
    static let tableKeys = ["typologie", "kerncijfers_per_provincie"] + FrameworkDiagram.allCases.map(\.rawValue)
        + DevelopmentChart.allCases.map(\.fileName)

    public subscript(id: FigureID) -> FigureText {
        figures[id] ?? FigureText(title: id.fileName)
    }

    /// "Figuur 6 – Aantal activiteiten per type activiteit".
    public func caption(_ id: FigureID) -> String {
        guard let number = id.number else { return self[id].title }
        return "Figuur \(number) – \(self[id].title)"
    }

    /// "… en 1.234 meer": the last row of a table cut for display (`en_meer`; templates from before it have none).
    public func more(_ count: Int) -> String {
        (notes["en_meer"] ?? "… en {aantal} meer").replacingOccurrences(of: "{aantal}", with: DutchNumber.integer(Int64(count)))
    }

    public func note(for id: FigureID) -> String? {
        self[id].note.flatMap { notes[$0] }
    }

    static func load(folder: String, diagnostics: inout Diagnostics) -> FigureTexts? {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard let source = YAMLSource.load(path: path, displayPath: path, kind: .template, diagnostics: &diagnostics),
              let map = YAMLMap(source.root, in: source, kind: .template, diagnostics: &diagnostics) else { return nil }
        map.warnAboutUnknownKeys(allowed: Set(FigureID.allCases.map(\.rawValue) + ["noten"] + tableKeys),
                                 diagnostics: &diagnostics)
        var figures: [FigureID: FigureText] = [:]
        for id in FigureID.allCases {
            guard let node = map.value(id.rawValue) else {
                diagnostics.error(.template, at: source.location(map.node), Messages.yamlMissingField(id.rawValue))
                continue
            }
            figures[id] = text(node, in: source, fallback: id.rawValue, diagnostics: &diagnostics)
        }
        var tables: [String: FigureText] = [:]
        for key in tableKeys {
            if let node = map.value(key) { tables[key] = text(node, in: source, fallback: key, diagnostics: &diagnostics) }
        }
        var notes: [String: String] = [:]
        if let node = map.value("noten"), let entry = YAMLMap(node, in: source, kind: .template, diagnostics: &diagnostics) {
            for key in entry.keys { notes[key] = entry.string(key, diagnostics: &diagnostics) }
        }
        for (id, text) in figures {
            if let note = text.note, notes[note] == nil, let node = map.value(id.rawValue) {
                diagnostics.error(.template, at: source.location(node), Messages.unknownNote(note))
            }
        }
        return FigureTexts(figures: figures, notes: notes, tables: tables)
    }

    private static func text(_ node: Node, in source: YAMLSource, fallback: String, diagnostics: inout Diagnostics) -> FigureText? {
        guard let entry = YAMLMap(node, in: source, kind: .template, diagnostics: &diagnostics) else { return nil }
        entry.warnAboutUnknownKeys(allowed: ["titel", "as", "kolommen", "noot", "labels"], diagnostics: &diagnostics)
        let title = entry.string("titel", diagnostics: &diagnostics, required: true) ?? fallback
        return FigureText(title: title, axis: entry.string("as", diagnostics: &diagnostics),
                          columns: entry.strings("kolommen", diagnostics: &diagnostics),
                          note: entry.string("noot", diagnostics: &diagnostics),
                          labels: entry.stringMap("labels", diagnostics: &diagnostics))
    }

    public func table(_ key: String) -> FigureText {
        tables[key] ?? FigureText(title: key)
    }

}
