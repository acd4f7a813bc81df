/// One activity as a row of canonical labels; several values joined with "; ", an empty closed dimension shown
/// as its unspecified category.
struct ActivityRow {
    static let widths: [Double] = [14, 12, 30, 30, 24, 24, 16, 14, 18, 14, 20, 22, 24, 20, 28, 24, 28, 28, 28, 10, 8, 40, 30, 26]

    let dataset: Dataset
    let texts: WorkbookTexts
    /// Lists of several values joined once per run.
    let lists: ActivityLabelLists

    func cells(_ index: Int) -> [TableCell] {
        let activity = dataset.activities[index]
        let initiative = dataset.initiatives[activity.initiative]
        return [
            .text(dataset.provinceName(activity.province)), .text(initiative.id), .text(initiative.name), .text(activity.name),
            .text(dataset.label(.archetype, activity.archetype)),
            closed(.sector, activity.sectors), closed(.size, activity.sizes), closed(.phase, activity.phases),
            .text(activity.geography), closed(.maturity, activity.maturities), closed(.digitalForm, activity.digitalForms),
            open(.technology, activity.technologies), open(.application, activity.applications), open(.goal, activity.goals),
            closed(.bottleneck, activity.bottlenecks), closed(.marketFailure, activity.marketFailures),
            open(.provider, activity.roles.initiators), open(.provider, activity.roles.financiers),
            open(.provider, activity.roles.executors),
            activity.reach.map { .integer($0) } ?? .empty,
            .text(activity.isGoodPractice ? texts.yes : texts.no), .text(activity.note), .text(initiative.website),
            .text(activity.sourceReference),
        ]
    }

    private func closed(_ dimension: DimensionID, _ values: [Int]) -> TableCell {
        if values.isEmpty { return dataset.taxonomy[dimension].unspecifiedLabel.map { .text($0) } ?? .empty }
        return .text(lists.text(dimension, values, in: dataset))
    }

    private func open(_ vocabulary: OpenVocabularyID, _ values: [Int]) -> TableCell {
        values.isEmpty ? .empty : .text(lists.text(vocabulary, values, in: dataset))
    }
}
