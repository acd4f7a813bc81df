/// `wijzigingen.md`: what a rerun changed compared with the previous output of the same year — values, rows,
/// input rows and report sentences — or that there was nothing to compare with.
public struct ChangesReportRenderer {
    let changes: ChangeSet
    /// "Regioscan 2023", for the title.
    let title: String

    public init(changes: ChangeSet, title: String) {
        self.changes = changes
        self.title = title
    }

    public func render() -> String {
        var parts = ["# Wijzigingen in \(title.markdownEscaped)"]
        guard let previous = changes.previous, let figures = changes.figures else {
            parts.append("Eerste run: er was nog geen uitvoer om mee te vergelijken. Een volgende run over gewijzigde "
                         + "invoer zet hier welke cijfers, invoerregels en zinnen van het rapport veranderden.")
            return parts.joined(separator: "\n\n") + "\n"
        }
        parts.append("Vergeleken met de vorige uitvoer (`\(previous.name.replacingOccurrences(of: "`", with: "'"))`). "
                     + "Uitkomst: \(changes.summaryLine.markdownEscaped).")
        if !previous.problems.isEmpty {
            parts.append("## Let op: vorige uitvoer onvolledig")
            parts.append(previous.problems.map { "- " + $0.markdownEscaped }.joined(separator: "\n"))
        }
        parts.append(contentsOf: summary(figures))
        parts.append(contentsOf: values(figures))
        parts.append(contentsOf: activities())
        parts.append(contentsOf: sentences())
        return parts.joined(separator: "\n\n") + "\n"
    }

    private func summary(_ figures: FigureComparison) -> [String] {
        var lines: [String] = []
        for figure in figures.changedFigures {
            let count = figures.changes.filter { $0.cell.figure == figure && !figures.figuresAdded.contains(figure) }.count
            lines.append("- \(FigureCell.heading(figure)): \(count) \(count == 1 ? "waarde" : "waarden") gewijzigd")
        }
        for figure in figures.figuresAdded { lines.append("- \(FigureCell.heading(figure)): nieuw in deze uitvoer") }
        for figure in figures.figuresRemoved { lines.append("- \(FigureCell.heading(figure)): staat niet meer in de uitvoer") }
        if let sentences = changes.sentences, !sentences.isEmpty {
            let sections = sentences.sections.map { $0.isEmpty ? "het begin" : "“\($0)”" }
            lines.append("- Zinnen van het rapport gewijzigd in \(DutchList.join(sections).markdownEscaped)")
        } else if changes.sentences != nil {
            lines.append("- Geen zin van het rapport gewijzigd")
        }
        if let activities = changes.activities {
            lines.append("- Invoer: \(activities.changed.count) activiteiten gewijzigd, \(activities.added.count) erbij, "
                         + "\(activities.removed.count) weg")
        }
        if lines.isEmpty { lines.append("- Geen wijzigingen") }
        return ["## Samenvatting", lines.joined(separator: "\n")]
    }

    private func values(_ figures: FigureComparison) -> [String] {
        var parts: [String] = []
        let headers = ["Figuur", "Provincie", "Reeks", "Categorie"]
        func cells(_ change: FigureChange) -> [TableCell] {
            [.text(FigureCell.title(change.cell.figure)), .text(change.cell.province), .text(change.cell.series),
             .text(change.cell.category)]
        }
        if !figures.changedValues.isEmpty {
            parts.append("## Gewijzigde waarden")
            let rows = figures.changedValues.map { cells($0) + [.text($0.previousText), .text($0.currentText), .text($0.differenceText)] }
            parts.append(MarkdownTable.render(DataTable(caption: "", headers: headers + ["Was", "Nu", "Verschil"], rows: rows)))
        }
        for (heading, list, value) in [("## Rijen erbij", figures.addedRows, \FigureChange.currentText),
                                        ("## Rijen weg", figures.removedRows, \FigureChange.previousText)] where !list.isEmpty {
            parts.append(heading)
            let rows = list.map { cells($0) + [.text($0[keyPath: value])] }
            parts.append(MarkdownTable.render(DataTable(caption: "", headers: headers + ["Waarde"], rows: rows)))
        }
        return parts
    }

    private func activities() -> [String] {
        guard let activities = changes.activities, !activities.isEmpty else { return [] }
        var parts: [String] = []
        if !activities.changed.isEmpty {
            parts.append("## Gewijzigde invoerregels")
            let rows: [[TableCell]] = activities.changed.map { change in
                let new = change.current!
                let fields = change.fields.map { "\($0): \(show(change.previous![$0])) → \(show(new[$0]))" }
                return [.text(new.source), .text(new.initiativeID), .text(new.name), .text(fields.joined(separator: "; "))]
            }
            parts.append(MarkdownTable.render(DataTable(caption: "", headers: ["Invoer (nieuw)", "Initiatief", "Activiteit", "Velden"],
                                                        rows: rows)))
        }
        for (heading, list, header) in [("## Activiteiten erbij", activities.added, "Invoer (nieuw)"),
                                         ("## Activiteiten weg", activities.removed, "Invoer (vorige run)")] where !list.isEmpty {
            parts.append(heading)
            let rows: [[TableCell]] = list.map { change in
                let activity = (change.current ?? change.previous)!
                return [.text(activity.source), .text(activity.initiativeID), .text(activity.name)]
            }
            parts.append(MarkdownTable.render(DataTable(caption: "", headers: [header, "Initiatief", "Activiteit"], rows: rows)))
        }
        return parts
    }

    private func sentences() -> [String] {
        guard let sentences = changes.sentences, !sentences.isEmpty else { return [] }
        var parts = ["## Zinnen in het rapport"]
        for section in sentences.sections {
            parts.append("### " + (section.isEmpty ? "Begin" : section.markdownEscaped))
            let lines = sentences.removed.filter { $0.section == section }.map { "- was: " + $0.text.markdownEscaped }
                + sentences.added.filter { $0.section == section }.map { "- nu: " + $0.text.markdownEscaped }
            parts.append(lines.joined(separator: "\n"))
        }
        return parts
    }

    private func show(_ value: String) -> String { value.isEmpty ? "(leeg)" : value }
}
