import Foundation
import Yams

/// The providers that province reports mark as national actors (ministry, RVO, KvK, MKB-Nederland …), from
/// the optional `Input/taxonomie/landelijke_partijen.yaml`: a plain list, so that marking another party needs
/// no code. Names resolve through the provider list's aliases; a name that is no provider is an error, because
/// a typo would otherwise silently mark nobody.
public struct NationalActorList: Sendable, Equatable {
    public static let fileName = "landelijke_partijen.yaml"

    /// Canonical provider names.
    public var names: Set<String>

    public init(names: Set<String> = []) {
        self.names = names
    }

    public func contains(_ provider: String) -> Bool { names.contains(provider) }

    /// Reads the list; without the file nobody is marked.
    public static func load(folder: String, providers: OpenVocabulary?, diagnostics: inout Diagnostics) -> NationalActorList {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return NationalActorList() }
        guard let source = YAMLSource.load(path: path, displayPath: path, kind: .taxonomy, diagnostics: &diagnostics),
              let map = YAMLMap(source.root, in: source, kind: .taxonomy, diagnostics: &diagnostics) else {
            return NationalActorList()
        }
        map.warnAboutUnknownKeys(allowed: ["naam", "labels"], diagnostics: &diagnostics)
        var names: Set<String> = []
        for node in map.list("labels", diagnostics: &diagnostics, required: true) {
            guard let name = node.text?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
                diagnostics.error(.taxonomy, at: source.location(node), Messages.yamlExpectedText("labels"))
                continue
            }
            guard let providers, let index = providers.index(of: name) else {
                diagnostics.error(.taxonomy, at: source.location(node), Messages.nationalActorUnknown(name))
                continue
            }
            names.insert(providers.labels[index])
        }
        return NationalActorList(names: names)
    }
}
