/// The values of the chapter "Ontwikkeling sinds …": key figures then and now, the figure values that moved,
/// initiatives new, stopped, continued and renamed, and taxonomy differences. Every number comes from the
/// comparison of the two years' computed tables; nothing here counts activities.
struct DevelopmentFacts {
    static let key = "ontwikkeling"
    /// Figures that list providers or good practices by name: their changes are in the CSV and the sheet, not in
    /// the chapter's table, where they would bury the figures that describe the field.
    static let figuresLeftOutOfChapter: Set<String> = [FigureID.commonProviders.rawValue, FigureID.providerNetwork.rawValue,
                                                       FigureID.goodPractices.rawValue]
    static let headlineFigures = [KeyFigure.initiatives, KeyFigure.activities, KeyFigure.reachTotal]

    let comparison: YearComparison
    let texts: FigureTexts
    /// `Nederland` for the national report; a province for a province report (the hook for when those exist).
    let scope: String

    /// The facts of one scope: `Nederland` for the national report, a province for its own report. Both give the
    /// same keys, so that one chapter template serves both.
    init(comparison: YearComparison, texts: FigureTexts, scope: String = FigureRow.national) {
        self.comparison = comparison
        self.texts = texts
        self.scope = scope
    }

    private var isNational: Bool { scope == FigureRow.national }

    func context() -> [String: Any] {
        var context: [String: Any] = [
            "vorig_jaar": comparison.previousLabel, "jaar": comparison.currentLabel,
            "gebied": isNational ? "Landelijk" : "In \(scope)",
            "kerncijfers_zin": keySentence(), "kerncijfers_tabel": MarkdownTable.render(keyTable()),
            "provincies_tabel": MarkdownTable.render(provinceTable()),
        ]
        let figureRows = figureTable()
        context["heeft_figuurwijzigingen"] = !figureRows.rows.isEmpty
        context["figuren_tabel"] = MarkdownTable.render(figureRows)
        context["figuurwijzigingen"] = DutchNumber.integer(figureRows.rows.count)
        context["aandelengrafiek"] = DevelopmentCharts(comparison: comparison, texts: texts, scope: scope).available
            .contains(.shares)
        context["problemen"] = comparison.problems.isEmpty ? false : comparison.problems.joined(separator: "; ")
        context["initiatieven"] = initiatives()
        context["taxonomie"] = taxonomy()
        context["taxonomie_bekend"] = comparison.taxonomy != nil
        return context
    }

    // MARK: Key figures

    private func keyValues(_ province: String) -> [FigureChange] {
        comparison.figures.values.filter { $0.cell.figure == FigureID.keyFigures.rawValue && $0.cell.province == province }
    }

    private func label(_ category: String) -> String { texts[.keyFigures].label(category) }

    private func keySentence() -> String {
        let values = keyValues(scope)
        let parts = Self.headlineFigures.compactMap { category -> String? in
            guard let value = values.first(where: { $0.cell.category == category }) else { return nil }
            return "\(label(category).lowercased()): van \(value.previousText) naar \(value.currentText)"
                + (value.difference.map { " (\(value.kind.difference($0)))" } ?? "")
        }
        guard !parts.isEmpty else { return "" }
        return "\(isNational ? "Landelijk" : scope), van \(comparison.previousLabel) naar "
            + "\(comparison.currentLabel): \(DutchList.join(parts))."
    }

    private func keyTable() -> DataTable {
        let rows: [[TableCell]] = keyValues(scope).map { value in
            [.text(label(value.cell.category)), .text(value.previousText), .text(value.currentText), .text(value.differenceText)]
        }
        return DataTable(caption: "", headers: ["Kerncijfer", comparison.previousLabel, comparison.currentLabel, "Verschil"],
                         rows: rows)
    }

    /// Per province: initiatives, activities and reach, each then → now with the difference.
    private func provinceTable() -> DataTable {
        var provinces: [String] = []
        for value in comparison.figures.values where value.cell.figure == FigureID.keyFigures.rawValue
            && value.cell.province != FigureRow.national && !provinces.contains(value.cell.province) {
            provinces.append(value.cell.province)
        }
        let rows: [[TableCell]] = provinces.map { province in
            let values = keyValues(province)
            return [.text(province)] + Self.headlineFigures.map { category in
                guard let value = values.first(where: { $0.cell.category == category }) else { return .empty }
                let difference = value.difference.map { " (\(value.kind.difference($0)))" } ?? ""
                return .text("\(value.previousText.isEmpty ? "–" : value.previousText) → "
                             + "\(value.currentText.isEmpty ? "–" : value.currentText)\(difference)")
            }
        }
        return DataTable(caption: "", headers: ["Provincie"] + Self.headlineFigures.map(label), rows: rows)
    }

    // MARK: Figures

    /// The scope's values that moved, figure by figure; shares as percentage points.
    private func figureTable() -> DataTable {
        let changes = comparison.figures.changes.filter {
            $0.cell.province == scope && $0.cell.figure != FigureID.keyFigures.rawValue
                && !Self.figuresLeftOutOfChapter.contains($0.cell.figure)
        }
        let rows: [[TableCell]] = changes.map { change in
            [.text(FigureCell.heading(change.cell.figure)), .text(change.cell.series), .text(change.cell.category),
             .text(change.previousText.isEmpty ? "–" : change.previousText),
             .text(change.currentText.isEmpty ? "–" : change.currentText), .text(change.differenceText)]
        }
        return DataTable(caption: "", headers: ["Figuur", "Reeks", "Categorie", comparison.previousLabel,
                                                comparison.currentLabel, "Verschil"], rows: rows)
    }

    // MARK: Initiatives

    /// In a province's scope only the initiatives active in that province (a rename when either side is).
    private func inScope(_ summary: InitiativeSummary) -> Bool { isNational || summary.provinces.contains(scope) }

    private func initiatives() -> Any {
        guard var initiatives = comparison.initiatives else { return false }
        initiatives.new = initiatives.new.filter(inScope)
        initiatives.stopped = initiatives.stopped.filter(inScope)
        initiatives.continued = initiatives.continued.filter(inScope)
        initiatives.renames = initiatives.renames.filter { inScope($0.previous) || inScope($0.current) }
        func table(_ list: [InitiativeSummary]) -> String {
            MarkdownTable.render(DataTable(caption: "", headers: ["ID", "Initiatief", "Provincie", "Activiteiten"],
                                           rows: list.map { [.text($0.id), .text($0.name), .text($0.provinces.joined(separator: ", ")),
                                                             .integer(Int64($0.activities))] }))
        }
        let renames: [[TableCell]] = initiatives.renames.map { rename in
            [.text(rename.previous.id), .text(rename.previous.name), .text(rename.current.id), .text(rename.current.name),
             .text(rename.current.provinces.joined(separator: ", ")),
             .text(rename.score.map { DutchNumber.decimal($0, decimals: 2) } ?? ""),
             .text(rename.confirmed ? "bevestigd" : "waarschijnlijk hernoemd")]
        }
        return [
            "nieuw": DutchNumber.integer(initiatives.new.count), "gestopt": DutchNumber.integer(initiatives.stopped.count),
            "voortgezet": DutchNumber.integer(initiatives.continued.count),
            "bevestigd": DutchNumber.integer(initiatives.confirmedRenames.count),
            "waarschijnlijk": DutchNumber.integer(initiatives.likelyRenames.count),
            "heeft_hernoemingen": !initiatives.renames.isEmpty,
            "hernoemingen_tabel": MarkdownTable.render(DataTable(
                caption: "", headers: ["Oud ID", "Oude naam", "Nieuw ID", "Nieuwe naam", "Provincie", "Overeenkomst", "Status"],
                rows: renames)),
            "heeft_nieuw": !initiatives.new.isEmpty, "nieuw_tabel": table(initiatives.new),
            "heeft_gestopt": !initiatives.stopped.isEmpty, "gestopt_tabel": table(initiatives.stopped),
        ] as [String: Any]
    }

    // MARK: Taxonomy

    /// One line per dimension, or `false` when the taxonomies are the same or unknown.
    private func taxonomy() -> Any {
        guard let differences = comparison.taxonomy, !differences.isEmpty else { return false }
        return differences.map { difference in
            var parts: [String] = []
            for merge in difference.merged { parts.append("“\(merge.label)” samengevoegd met “\(merge.into)”") }
            if !difference.added.isEmpty { parts.append("nieuw: " + DutchList.join(difference.added.map { "“\($0)”" })) }
            if !difference.removed.isEmpty { parts.append("vervallen: " + DutchList.join(difference.removed.map { "“\($0)”" })) }
            return "- \(difference.dimension): \(parts.joined(separator: "; "))".markdownEscapedKeepingListMarker
        }.joined(separator: "\n")
    }
}

private extension String {
    /// Escapes the text after a leading "- " so that a list built in code stays a list.
    var markdownEscapedKeepingListMarker: String {
        hasPrefix("- ") ? "- " + String(dropFirst(2)).markdownEscaped : markdownEscaped
    }
}
