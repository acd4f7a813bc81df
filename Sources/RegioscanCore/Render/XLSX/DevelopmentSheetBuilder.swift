/// The sheet "Ontwikkeling": the comparison with an earlier scan as tables — key figures, every figure value
/// then and now with its difference, renames, new and stopped initiatives, and taxonomy differences. A province
/// workbook shows its own values beside the national ones, and only its own initiatives.
struct DevelopmentSheetBuilder {
    static let sheetName = "Ontwikkeling"

    let builder: WorkbookBuilder
    let comparison: YearComparison

    func sheet() -> WorkbookSheet {
        let previous = comparison.previousLabel
        let current = comparison.currentLabel
        var sheet = WorkbookSheet(name: Self.sheetName, title: "Ontwikkeling sinds \(previous)", notice: builder.notice,
                                  notes: ["Elke waarde van elke figuur in \(previous) en \(current). Aantallen en bereik "
                                          + "als verschil, aandelen als verschil in procentpunten."]
                                      + comparison.problems.map { "Let op: \($0)." })
        let scopes = builder.scopes
        let values = comparison.figures.values.filter { scopes.contains($0.cell.province) }
        let headers = ["Figuur", "Provincie", "Reeks", "Categorie", previous, current, "Verschil"]
        sheet.blocks.append(SheetBlock(heading: "Figuren", headers: headers, rowCount: values.count,
                                       tableName: "Ontwikkeling", widths: [14, 16, 16, 40, 14, 14, 14]) { index in
            let value = values[index]
            return [.text(FigureCell.heading(value.cell.figure)), .text(value.cell.province), .text(value.cell.series),
                    .text(value.cell.category), cell(value.previousNumber, value.kind), cell(value.currentNumber, value.kind),
                    difference(value)]
        })
        if let initiatives = comparison.initiatives {
            let inScope = { (summary: InitiativeSummary) in
                builder.subject == .national || summary.provinces.contains(builder.subject.name)
            }
            let renames = initiatives.renames.filter { inScope($0.current) || inScope($0.previous) }
            sheet.blocks.append(SheetBlock(heading: "Hernoemde initiatieven",
                                           headers: ["Oud ID", "Oude naam", "Nieuw ID", "Nieuwe naam", "Provincie", "Overeenkomst", "Status"],
                                           rowCount: renames.count) { index in
                let rename = renames[index]
                return [.text(rename.previous.id), .text(rename.previous.name), .text(rename.current.id),
                        .text(rename.current.name), .text(rename.current.provinces.joined(separator: ", ")),
                        rename.score.map { .decimal($0) } ?? .empty,
                        .text(rename.confirmed ? "bevestigd" : "waarschijnlijk hernoemd")]
            })
            for (heading, list) in [("Nieuwe initiatieven", initiatives.new), ("Gestopte initiatieven", initiatives.stopped)] {
                let rows = list.filter(inScope)
                sheet.blocks.append(SheetBlock(heading: heading, headers: ["ID", "Initiatief", "Provincie", "Activiteiten"],
                                               rowCount: rows.count) { index in
                    [.text(rows[index].id), .text(rows[index].name), .text(rows[index].provinces.joined(separator: ", ")),
                     .integer(Int64(rows[index].activities))]
                })
            }
        }
        if let differences = comparison.taxonomy, !differences.isEmpty {
            var rows: [[TableCell]] = []
            for difference in differences {
                rows += difference.merged.map { [.text(difference.dimension), .text("samengevoegd"), .text($0.label), .text($0.into)] }
                rows += difference.added.map { [.text(difference.dimension), .text("nieuw"), .empty, .text($0)] }
                rows += difference.removed.map { [.text(difference.dimension), .text("vervallen"), .text($0), .empty] }
            }
            sheet.blocks.append(SheetBlock(heading: "Taxonomie", headers: ["Dimensie", "Verschil", previous, current],
                                           rowCount: rows.count) { rows[$0] })
        }
        return sheet
    }

    private func cell(_ value: Double?, _ kind: ValueKind) -> TableCell {
        guard let value else { return .empty }
        switch kind {
        case .count: return .integer(Int64(value.rounded()))
        case .share: return .percent(value)
        case .decimal: return .decimal(value)
        }
    }

    /// Shares as percentage points (a number, not a percentage: 2,5 means 2,5 points).
    private func difference(_ value: FigureChange) -> TableCell {
        guard let difference = value.difference else { return .empty }
        switch value.kind {
        case .count: return .integer(Int64(difference.rounded()))
        case .share: return .decimal(difference * 100)
        case .decimal: return .decimal(difference)
        }
    }
}
