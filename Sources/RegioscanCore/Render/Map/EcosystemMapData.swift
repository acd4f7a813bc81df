/// The data the ecosystem map embeds, as compact JSON: the labels once per facet, each distinct text once, and every
/// activity as an array of indexes. So 100,000 activities stay a file that a browser opens.
///
/// Layout (the page's script reads exactly this):
/// `{"jaar", "voorbeelddata", "facetten": [{"sleutel", "titel"?, "waarden"?, "leeg"?, "zoeken"?, "aanbieder"?}],
///   "aanbieders": [label], "initiatieven": [[id, name, website]], "s": [text],
///   "activiteiten": [[initiative, name, explanation, geography, reach|null, [initiators], [financiers], [executors],
///                     value per facet except providers: index or [indexes]]],
///   "leerkringen": [{"naam", "omschrijving", "initiatieven": [index]}]}`
struct EcosystemMapData {
    let dataset: Dataset
    let circles: [MapLearningCircle]

    /// Keys of the modelled classes of an archetype, as in the taxonomy (`bereik: Hoog`), with their facet key.
    static let classFacets = [("bereik", "bereiksklasse"), ("inspanning", "inspanningsklasse")]

    func json() -> String {
        var json = JSONText()
        write(into: &json)
        return json.text
    }

    /// The JSON in pieces, for a page written as it is made.
    func write(_ piece: @escaping ([UInt8]) -> Void) {
        var json = JSONText(sink: piece)
        write(into: &json)
        json.finish()
    }

    private func write(into json: inout JSONText) {
        let facets = facets()
        var texts = MapTextTable()
        json.raw("{\"jaar\":")
        json.int(dataset.year)
        json.raw(",\"voorbeelddata\":" + (dataset.settings.isSampleData ? "true" : "false"))
        json.raw(",\"facetten\":[")
        for (position, facet) in facets.enumerated() {
            if position > 0 { json.raw(",") }
            write(facet, into: &json)
        }
        json.raw("],\"aanbieders\":")
        json.strings(dataset.providers.map(MapPublicText.text))
        json.raw(",\"initiatieven\":[")
        for (position, initiative) in dataset.initiatives.enumerated() {
            if position > 0 { json.raw(",") }
            json.strings([initiative.id, MapPublicText.text(initiative.name), MapPublicText.website(initiative.website)])
        }
        json.raw("],\"activiteiten\":[")
        // Per facet its values and what an activity without any gets, taken out once: copying a facet per
        // activity retained each of its fields.
        let valueFacets = facets.filter { !$0.isProviders }.map { ($0.appendValues, $0.values?.count ?? 2) }
        var values: [Int] = []
        for (position, activity) in dataset.activities.enumerated() {
            if position > 0 { json.raw(",") }
            json.raw("[")
            json.int(activity.initiative)
            json.raw(",")
            json.int(texts.index(MapPublicText.text(activity.name)))
            json.raw(",")
            json.int(texts.index(MapPublicText.text(activity.note)))
            json.raw(",")
            json.int(texts.index(MapPublicText.text(activity.geography)))
            json.raw(",")
            if let reach = activity.reach { json.int(Int(reach)) } else { json.raw("null") }
            for role in Role.allCases {
                json.raw(",")
                json.ints(activity.roles[role])
            }
            for (appendValues, none) in valueFacets {
                json.raw(",")
                values.removeAll(keepingCapacity: true)
                appendValues(activity, &values)
                switch values.count {
                case 0: json.int(none)
                case 1: json.int(values[0])
                default: json.ints(values)
                }
            }
            json.raw("]")
        }
        json.raw("],\"s\":")
        json.strings(texts.texts)
        json.raw(",\"leerkringen\":[")
        for (position, circle) in circles.enumerated() {
            if position > 0 { json.raw(",") }
            json.raw("{\"naam\":")
            json.string(MapPublicText.text(circle.name))
            json.raw(",\"omschrijving\":")
            json.string(MapPublicText.text(circle.description))
            json.raw(",\"initiatieven\":")
            json.ints(circle.initiatives)
            json.raw("}")
        }
        json.raw("]}")
    }

    private func write(_ facet: MapFacet, into json: inout JSONText) {
        json.raw("{\"sleutel\":")
        json.string(facet.key)
        if let title = facet.title {
            json.raw(",\"titel\":")
            json.string(title)
        }
        if let values = facet.values {
            json.raw(",\"waarden\":")
            json.strings(values.map(MapPublicText.text))
        }
        // The empty value is only offered where some activity has it.
        var values: [Int] = []
        if !facet.isProviders, dataset.activities.contains(where: { activity in
            values.removeAll(keepingCapacity: true)
            facet.appendValues(activity, &values)
            return values.isEmpty
        }) {
            json.raw(",\"leeg\":")
            json.string(facet.emptyLabel ?? "")
        }
        if facet.searchable { json.raw(",\"zoeken\":true") }
        if facet.isProviders { json.raw(",\"aanbieder\":true") }
        json.raw("}")
    }

    /// The facets in the order the page shows them.
    func facets() -> [MapFacet] {
        let taxonomy = dataset.taxonomy
        func closed(_ key: String, _ id: DimensionID) -> MapFacet {
            let dimension = taxonomy[id]
            return MapFacet(key: key, title: dimension.title, values: dimension.labels,
                            emptyLabel: dimension.unspecifiedLabel) { activity, values in
                switch id {
                case .province: values.append(activity.province)
                case .archetype: values.append(activity.archetype)
                default: values += activity.categories(id)
                }
            }
        }
        func open(_ key: String, _ id: OpenVocabularyID) -> MapFacet {
            MapFacet(key: key, title: taxonomy[id].title, values: dataset.openLabels[id] ?? []) { $1 += $0.labels(id) }
        }
        var facets = [closed("provincie", .province), closed("type", .archetype), bottleneckGroups(),
                      closed("knelpunt", .bottleneck), closed("marktfalen", .marketFailure), closed("sector", .sector),
                      closed("omvang", .size), closed("fase", .phase), closed("maturiteit", .maturity),
                      closed("digitaliseringsvorm", .digitalForm), open("technologie", .technology),
                      open("toepassing", .application), open("doel", .goal)]
        facets += modelledClasses()
        facets.append(MapFacet(key: "aanbieder", title: nil, values: nil, isProviders: true) { _, _ in })
        facets.append(MapFacet(key: "goodpractice", title: nil, values: nil) { $1.append($0.isGoodPractice ? 0 : 1) })
        return facets
    }

    /// Bottleneck groups as figure 15 spans them: each group, and a category without a group under its own label.
    private func bottleneckGroups() -> MapFacet {
        let dimension = dataset.taxonomy[.bottleneck]
        var labels: [String] = []
        var valueOf: [Int] = []
        for category in dimension.categories {
            let label = category.group ?? category.label
            if !labels.contains(label) { labels.append(label) }
            valueOf.append(labels.firstIndex(of: label)!)
        }
        return MapFacet(key: "knelpuntgroep", title: nil, values: labels) { activity, values in
            values += activity.bottlenecks.map { valueOf[$0] }
            if values.count > 1 { values.sortAndRemoveDuplicates() }
        }
    }

    /// Reach and effort class of the activity's archetype; left out when the taxonomy models no such class.
    private func modelledClasses() -> [MapFacet] {
        let archetypes = dataset.taxonomy.archetypes
        guard !archetypes.classNames.isEmpty else { return [] }
        return Self.classFacets.compactMap { field, key in
            guard archetypes.categories.contains(where: { $0.classes[field] != nil }) else { return nil }
            let classOf = archetypes.categories.map { $0.classes[field].map { $0 - 1 } }
            return MapFacet(key: key, title: nil, values: archetypes.classNames) { activity, values in
                if let value = classOf[activity.archetype] { values.append(value) }
            }
        }
    }
}
