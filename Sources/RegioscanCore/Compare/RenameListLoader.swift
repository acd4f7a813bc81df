import Foundation
import Yams

/// Reads and checks `hernoemingen.yaml` in a year folder. It is optional: without it, nothing is reported.
public enum RenameListLoader {
    public static let fileName = "hernoemingen.yaml"

    public static func path(yearFolder: String) -> String {
        (yearFolder as NSString).appendingPathComponent(fileName)
    }

    /// The list, or nil when the year has none or it cannot be read (then with an error).
    public static func load(yearFolder: String, diagnostics: inout Diagnostics) -> RenameList? {
        let file = path(yearFolder: yearFolder)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        guard let source = YAMLSource.load(path: file, displayPath: file, kind: .settings, diagnostics: &diagnostics) else {
            return nil
        }
        guard case .mapping(let mapping) = source.root else {
            diagnostics.error(.settings, at: source.location(source.root), Messages.renameListShape)
            return nil
        }
        var entries: [RenameList.Entry] = []
        for pair in mapping {
            let line = source.location(pair.key).line
            guard case .scalar = pair.key, let old = pair.key.text, !old.isEmpty else {
                diagnostics.error(.settings, at: source.location(pair.key), Messages.renameListShape)
                continue
            }
            switch pair.value {
            case .scalar where pair.value.isNull:
                entries.append(RenameList.Entry(previous: old, current: nil, line: line))
            case .scalar:
                let new = pair.value.text ?? ""
                entries.append(RenameList.Entry(previous: old, current: new.isEmpty ? nil : new, line: line))
            default:
                diagnostics.error(.settings, at: source.location(pair.value), Messages.renameListShape)
            }
        }
        return RenameList(file: file, entries: entries)
    }

    /// Checks the list against this year's initiatives: every new id must exist and be claimed once; an old id
    /// that still exists this year is suspicious.
    public static func check(_ list: RenameList, initiativeIDs: [String], diagnostics: inout Diagnostics) {
        let present = Set(initiativeIDs.map { $0.lowercased() })
        var claimed: [String: String] = [:]
        for entry in list.entries {
            let location = SourceLocation(file: list.file, line: entry.line)
            if present.contains(entry.previous.lowercased()), entry.current?.lowercased() != entry.previous.lowercased() {
                diagnostics.warning(.settings, at: location, Messages.renameOldStillPresent(entry.previous))
            }
            guard let new = entry.current else { continue }
            if new.lowercased() == entry.previous.lowercased() {
                diagnostics.warning(.settings, at: location, Messages.renameToItself(new))
                continue
            }
            if !present.contains(new.lowercased()) {
                diagnostics.error(.settings, at: location, Messages.renameUnknownNew(new))
            }
            if let first = claimed[new.lowercased()] {
                diagnostics.error(.settings, at: location, Messages.renameTwice(new, first))
            } else {
                claimed[new.lowercased()] = entry.previous
            }
        }
    }
}
