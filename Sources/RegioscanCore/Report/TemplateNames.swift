import Foundation

/// Finds the names a Mustache template uses outside any section, so that a misspelt name is reported rather than
/// silently rendered as nothing. Names inside a section are not checked: they may belong to the items of a list
/// that is empty in this run.
enum TemplateNames {
    /// Dotted names used at the top level of the template, and the names of top-level sections.
    static func used(in template: String) -> Set<String> {
        // Searched as bytes: Foundation's `range(of:)` measured the whole rest of the text at every tag.
        let bytes = Array(template.utf8)
        var names = Set<String>()
        var depth = 0
        var position = 0
        while let open = pair(of: UInt8(ascii: "{"), in: bytes, from: position) {
            guard let close = pair(of: UInt8(ascii: "}"), in: bytes, from: open + 2) else { break }
            var tag = String(decoding: bytes[(open + 2)..<close], as: UTF8.self)
            position = close + 2
            if tag.hasPrefix("{") { tag.removeFirst() }
            guard let first = tag.first, !"!%>=".contains(first) else { continue }
            if first == "/" {
                depth = max(0, depth - 1)
                continue
            }
            let opensSection = first == "#" || first == "^"
            if "#^&".contains(first) { tag.removeFirst() }
            let name = tag.trimmingCharacters(in: .whitespaces)
            if depth == 0, !name.isEmpty, name != "." { names.insert(name) }
            if opensSection { depth += 1 }
        }
        return names
    }

    /// Where the next two `byte`s in a row start, from `start`.
    private static func pair(of byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == byte, bytes[index + 1] == byte { return index }
            index += 1
        }
        return nil
    }

    /// Whether a dotted name (`kerncijfers.initiatieven`) resolves in the context.
    static func resolves(_ name: String, in context: [String: Any]) -> Bool {
        var current: Any = context
        for part in name.split(separator: ".") {
            guard let dictionary = current as? [String: Any], let next = dictionary[String(part)] else { return false }
            current = next
        }
        return true
    }
}
