import Foundation

/// Finds the names a Mustache template uses outside any section, so that a misspelt name is reported rather than
/// silently rendered as nothing. Names inside a section are not checked: they may belong to the items of a list
/// that is empty in this run.
enum TemplateNames {
    /// Dotted names used at the top level of the template, and the names of top-level sections.
    static func used(in template: String) -> Set<String> {
        var names = Set<String>()
        var depth = 0
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            var tag = String(rest[..<close.lowerBound])
            rest = rest[close.upperBound...]
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
