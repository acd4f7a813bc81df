import Mustache

/// `wijzigingen.md`: what a rerun changed compared with the previous output of the same year — values, rows,
/// input rows and report sentences — or that there was nothing to compare with. The words are in
/// `Templates/wijzigingen.md.mustache`; this fills in the numbers of the change set.
public struct ChangesReportRenderer {
    let changes: ChangeSet
    /// "Regioscan 2023", for the title.
    let title: String
    let template: MustacheTemplate

    public init(changes: ChangeSet, title: String, templates: ReportTemplates) {
        self.changes = changes
        self.title = title
        template = templates.changes
    }

    public func render() -> String {
        // One trailing line break, however the template ends.
        template.render(context()).trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    }

    /// Every top-level name is present in every run (false or empty when it does not apply), so that a misspelt
    /// name in the template is found on any run.
    func context() -> [String: Any] {
        var context: [String: Any] = [
            "titel": title, "eerste_run": changes.figures == nil, "vorige": "", "uitkomst": changes.summaryLine,
            "heeft_problemen": false, "problemen": [String](),
            "gewijzigde_figuren": [Any](), "nieuwe_figuren": [Any](), "verdwenen_figuren": [Any](),
            "zinnen_gewijzigd": false, "zinnen_gelijk": false, "invoer": false, "geen_wijzigingen": false,
            "heeft_waarden": false, "waarden": [Any](), "heeft_rijen_erbij": false, "rijen_erbij": [Any](),
            "heeft_rijen_weg": false, "rijen_weg": [Any](), "heeft_invoerregels": false, "invoerregels": [Any](),
            "heeft_activiteiten_erbij": false, "activiteiten_erbij": [Any](),
            "heeft_activiteiten_weg": false, "activiteiten_weg": [Any](), "heeft_zinnen": false, "zinnen": [Any](),
        ]
        for key in Self.listKeys { context[key + "_meer"] = false }
        guard let previous = changes.previous, let figures = changes.figures else { return context }
        // The name stands in a code span, where no escape works: a backtick would end it.
        context["vorige"] = previous.name.replacingOccurrences(of: "`", with: "'")
        context["heeft_problemen"] = !previous.problems.isEmpty
        context["problemen"] = previous.problems
        summary(figures, into: &context)
        values(figures, into: &context)
        activities(into: &context)
        sentences(into: &context)
        return context
    }

    private func summary(_ figures: FigureComparison, into context: inout [String: Any]) {
        let changed: [[String: Any]] = figures.changedFigures.map { figure in
            let count = figures.changes.filter { $0.cell.figure == figure && !figures.figuresAdded.contains(figure) }.count
            return ["figuur": FigureCell.heading(figure), "aantal": DutchNumber.integer(count), "een": count == 1]
        }
        context["gewijzigde_figuren"] = changed
        context["nieuwe_figuren"] = figures.figuresAdded.map { ["figuur": FigureCell.heading($0)] }
        context["verdwenen_figuren"] = figures.figuresRemoved.map { ["figuur": FigureCell.heading($0)] }
        var anything = !figures.changedFigures.isEmpty || !figures.figuresAdded.isEmpty || !figures.figuresRemoved.isEmpty
        if let sentences = changes.sentences {
            anything = true
            if sentences.isEmpty {
                context["zinnen_gelijk"] = true
            } else {
                context["zinnen_gewijzigd"] = ["secties": Self.listed(sentences.sections.map { section in
                    ["naam": section, "begin": section.isEmpty]
                })]
            }
        }
        if let activities = changes.activities {
            anything = true
            context["invoer"] = ["gewijzigd": DutchNumber.integer(activities.changed.count),
                                 "erbij": DutchNumber.integer(activities.added.count),
                                 "weg": DutchNumber.integer(activities.removed.count)]
        }
        context["geen_wijzigingen"] = !anything
    }

    private func values(_ figures: FigureComparison, into context: inout [String: Any]) {
        func cell(_ change: FigureChange) -> [String: Any] {
            ["figuur": FigureCell.title(change.cell.figure), "provincie": change.cell.province,
             "reeks": change.cell.series, "categorie": change.cell.category]
        }
        context["heeft_waarden"] = !figures.changedValues.isEmpty
        context["waarden"] = Self.shown(figures.changedValues, key: "waarden", into: &context).map { change in
            cell(change).merging(["was": change.previousText, "nu": change.currentText, "verschil": change.differenceText]) { $1 }
        }
        context["heeft_rijen_erbij"] = !figures.addedRows.isEmpty
        context["rijen_erbij"] = Self.shown(figures.addedRows, key: "rijen_erbij", into: &context).map { cell($0).merging(["waarde": $0.currentText]) { $1 } }
        context["heeft_rijen_weg"] = !figures.removedRows.isEmpty
        context["rijen_weg"] = Self.shown(figures.removedRows, key: "rijen_weg", into: &context).map { cell($0).merging(["waarde": $0.previousText]) { $1 } }
    }

    private func activities(into context: inout [String: Any]) {
        guard let activities = changes.activities else { return }
        context["heeft_invoerregels"] = !activities.changed.isEmpty
        context["invoerregels"] = Self.shown(activities.changed, key: "invoerregels", into: &context).compactMap { change -> [String: Any]? in
            guard let old = change.previous, let new = change.current else { return nil }
            return ["bron": new.source, "initiatief": new.initiativeID, "activiteit": new.name,
                    "velden": Self.listed(change.fields.map { ["veld": $0, "was": old[$0], "nu": new[$0]] })]
        }
        func rows(_ list: ArraySlice<ActivityChange>) -> [[String: Any]] {
            list.compactMap { change in
                (change.current ?? change.previous).map { ["bron": $0.source, "initiatief": $0.initiativeID, "activiteit": $0.name] }
            }
        }
        context["heeft_activiteiten_erbij"] = !activities.added.isEmpty
        context["activiteiten_erbij"] = rows(Self.shown(activities.added, key: "activiteiten_erbij", into: &context))
        context["heeft_activiteiten_weg"] = !activities.removed.isEmpty
        context["activiteiten_weg"] = rows(Self.shown(activities.removed, key: "activiteiten_weg", into: &context))
    }

    /// A list shows at most this many rows, then "… en N meer": a rerun on a new delivery of 10⁵ activities would
    /// otherwise list every one (114,000 lines). The data files of both outputs hold them all.
    static let rowLimit = 1_000
    static let listKeys = ["waarden", "rijen_erbij", "rijen_weg", "invoerregels", "activiteiten_erbij", "activiteiten_weg"]

    /// The first `rowLimit` items; sets `<key>_meer` to the number left out, or false.
    private static func shown<Item>(_ items: [Item], key: String, into context: inout [String: Any]) -> ArraySlice<Item> {
        context[key + "_meer"] = items.count > rowLimit ? DutchNumber.integer(items.count - rowLimit) : false
        return items.prefix(rowLimit)
    }

    private func sentences(into context: inout [String: Any]) {
        guard let sentences = changes.sentences, !sentences.isEmpty else { return }
        context["heeft_zinnen"] = true
        context["zinnen"] = sentences.sections.map { section -> [String: Any] in
            ["naam": section, "begin": section.isEmpty,
             "was": sentences.removed.filter { $0.section == section }.map(\.text),
             "nu": sentences.added.filter { $0.section == section }.map(\.text)]
        }
    }

    /// A context with every top-level name, to check the template's names before any output is written.
    static func namesContext(_ templates: ReportTemplates) -> [String: Any] {
        ChangesReportRenderer(changes: ChangeSet(previous: nil, current: OutputSnapshot(name: "", files: [:])), title: "",
                              templates: templates).context()
    }

    /// Marks the first and last item, so that the template can put commas and "en" between items.
    static func listed(_ items: [[String: Any]]) -> [[String: Any]] {
        items.enumerated().map { index, item in
            item.merging(["eerste": index == 0, "laatste": index == items.count - 1 && index > 0]) { $1 }
        }
    }
}
