/// One normalised activity as read back from `data/activiteiten.csv`, by column name.
public struct SnapshotActivity: Sendable, Hashable {
    public var values: [String: String]

    public init(values: [String: String]) {
        self.values = values
    }

    public subscript(column: String) -> String { values[column] ?? "" }

    public var initiativeID: String { self["initiatief_id"] }
    public var initiative: String { self["initiatief"] }
    public var name: String { self["activiteit"] }
    public var province: String { self["provincie"] }
    public var source: String { self["bron"] }

    /// Providers of every role, as listed.
    public var providers: [String] {
        ["initiatiefnemer", "financier", "uitvoerder"].flatMap { column in
            self[column].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    /// Matching ignores case and repeated spaces in ids and names, as the duplicate check does.
    public var key: ActivityKey {
        ActivityKey(initiativeID: initiativeID.lowercased(), activity: ActivityKey.normalised(name))
    }
}
