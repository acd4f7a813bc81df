import Yams

/// Reads the fields of one YAML mapping, reporting missing fields, wrong shapes and unknown keys with their line.
struct YAMLMap {
    let source: YAMLSource
    let node: Node
    let kind: DiagnosticKind
    private let pairs: [(key: String, value: Node, keyNode: Node)]

    init?(_ node: Node, in source: YAMLSource, kind: DiagnosticKind, diagnostics: inout Diagnostics) {
        guard case .mapping(let mapping) = node else {
            diagnostics.error(kind, at: source.location(node), Messages.yamlExpectedMapping)
            return nil
        }
        self.source = source
        self.node = node
        self.kind = kind
        self.pairs = mapping.map { ($0.key.text ?? "", $0.value, $0.key) }
    }

    var keys: [String] { pairs.map(\.key) }

    func value(_ key: String) -> Node? {
        pairs.first { $0.key == key }?.value
    }

    func string(_ key: String, diagnostics: inout Diagnostics, required: Bool = false) -> String? {
        guard let node = value(key), !node.isNull else {
            if required { diagnostics.error(kind, at: source.location(self.node), Messages.yamlMissingField(key)) }
            return nil
        }
        guard let text = node.text else {
            diagnostics.error(kind, at: source.location(node), Messages.yamlExpectedText(key))
            return nil
        }
        let value = text.trimmed
        if value.isEmpty, required {
            diagnostics.error(kind, at: source.location(node), Messages.yamlMissingField(key))
            return nil
        }
        return value
    }

    /// A list of texts; a single text is accepted as a list of one.
    func strings(_ key: String, diagnostics: inout Diagnostics) -> [String] {
        guard let node = value(key), !node.isNull else { return [] }
        if let text = node.text { return [text.trimmed] }
        guard case .sequence(let sequence) = node else {
            diagnostics.error(kind, at: source.location(node), Messages.yamlExpectedList(key))
            return []
        }
        return sequence.compactMap { item in
            guard let text = item.text else {
                diagnostics.error(kind, at: source.location(item), Messages.yamlExpectedText(key))
                return nil
            }
            return text.trimmed
        }
    }

    func list(_ key: String, diagnostics: inout Diagnostics, required: Bool = false) -> [Node] {
        guard let node = value(key), !node.isNull else {
            if required { diagnostics.error(kind, at: source.location(self.node), Messages.yamlMissingField(key)) }
            return []
        }
        guard case .sequence(let sequence) = node else {
            diagnostics.error(kind, at: source.location(node), Messages.yamlExpectedList(key))
            return []
        }
        return Array(sequence)
    }

    func boolean(_ key: String, diagnostics: inout Diagnostics) -> Bool? {
        guard let node = value(key), !node.isNull, let text = node.text else { return nil }
        guard let value = BooleanParser.parse(text) else {
            diagnostics.error(kind, at: source.location(node), Messages.yamlExpectedBoolean(key, text))
            return nil
        }
        return value
    }

    func integer(_ key: String, diagnostics: inout Diagnostics) -> Int? {
        guard let node = value(key), !node.isNull, let text = node.text else { return nil }
        guard case .known(let value, _) = ReachParser.parse(text, maximum: Int64(Int.max)) else {
            diagnostics.error(kind, at: source.location(node), Messages.yamlExpectedNumber(key, text))
            return nil
        }
        return Int(value)
    }

    /// A nested mapping of texts (`labels: {x: Inspanning}`), empty when absent.
    func stringMap(_ key: String, diagnostics: inout Diagnostics) -> [String: String] {
        guard let node = value(key), let entry = YAMLMap(node, in: source, kind: kind, diagnostics: &diagnostics) else {
            return [:]
        }
        var result: [String: String] = [:]
        for name in entry.keys { result[name] = entry.string(name, diagnostics: &diagnostics) }
        return result
    }

    /// Warns about keys that this file format does not know: most often a typo that would otherwise be ignored.
    func warnAboutUnknownKeys(allowed: Set<String>, diagnostics: inout Diagnostics) {
        for pair in pairs where !allowed.contains(pair.key) {
            diagnostics.warning(kind, at: source.location(pair.keyNode), Messages.yamlUnknownKey(pair.key, allowed: allowed))
        }
    }
}
