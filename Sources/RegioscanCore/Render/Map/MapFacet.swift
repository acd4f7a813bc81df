/// One filter of the ecosystem map: its values and, per activity, the indexes of the values it has.
///
/// An activity with no value gets the index `values.count`, the "empty" value that the page labels with
/// `emptyLabel` (the taxonomy's unspecified label) or else with its own "not filled in" text.
struct MapFacet {
    /// The key in the page's URL fragment and in the template texts (`provincie`, `knelpuntgroep`).
    var key: String
    /// The title from the taxonomy; `nil` where the template texts name the facet (derived facets).
    var title: String?
    /// The labels of the values; `nil` for yes/no, whose labels are template texts.
    var values: [String]?
    var emptyLabel: String?
    /// Facets with many values get their own search box.
    var searchable: Bool
    /// The providers facet takes its values per role in the page, from the activity's roles.
    var isProviders = false
    /// Appends the activity's value indexes to the buffer (one buffer for all activities: an array per facet
    /// and activity was a fifth of the map's time).
    var appendValues: (Activity, inout [Int]) -> Void

    static let searchThreshold = 15

    init(key: String, title: String?, values: [String]?, emptyLabel: String? = nil, isProviders: Bool = false,
         appendValues: @escaping (Activity, inout [Int]) -> Void) {
        self.key = key
        self.title = title
        self.values = values
        self.emptyLabel = emptyLabel
        self.searchable = isProviders || (values?.count ?? 0) > Self.searchThreshold
        self.isProviders = isProviders
        self.appendValues = appendValues
    }
}
