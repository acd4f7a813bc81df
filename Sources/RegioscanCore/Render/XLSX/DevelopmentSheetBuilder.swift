/// The sheet "Ontwikkeling": the comparison with an earlier scan as tables — key figures, every figure value
/// then and now with its difference, renames, new and stopped initiatives, and taxonomy differences. A province
/// workbook shows its own values beside the national ones, and only its own initiatives. Its name, title, notes
/// and headers come from `werkboek.yaml`.
struct DevelopmentSheetBuilder {
    let builder: WorkbookBuilder
    let comparison: YearComparison

    private var texts: WorkbookTexts { builder.texts }

    /// A text of `werkboek.yaml` with the years filled in.
    private func text(_ key: String) -> String { fill(texts.text(key)) }

    private func fill(_ text: String) -> String {
        comparison.fillYears(text)
    }

    private func headers(_ key: String, count: Int) -> [String] {
        texts.developmentColumns(key, count: count).map(fill)
    }

    func sheet() -> WorkbookSheet {
        var sheet = WorkbookSheet(name: builder.names.development, title: text("ontwikkeling_titel"), notice: builder.notice,
                                  notes: [text("ontwikkeling_uitleg")]
                                      + comparison.problems.map { text("ontwikkeling_let_op").replacingOccurrences(of: "{probleem}", with: $0) })
        let scopes = builder.scopes
        let values = comparison.figures.values.filter { scopes.contains($0.cell.province) }
        sheet.blocks.append(SheetBlock(heading: text("ontwikkeling_figuren"), headers: headers("figuren", count: 7),
                                       rowCount: values.count, tableName: "Ontwikkeling",
                                       widths: [14, 16, 16, 40, 14, 14, 14]) { index in
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
            let confirmed = text("hernoeming_bevestigd"), likely = text("hernoeming_waarschijnlijk")
            sheet.blocks.append(SheetBlock(heading: text("ontwikkeling_hernoemd"), headers: headers("hernoemingen", count: 7),
                                           rowCount: renames.count) { index in
                let rename = renames[index]
                return [.text(rename.previous.id), .text(rename.previous.name), .text(rename.current.id),
                        .text(rename.current.name), .text(rename.current.provinces.joined(separator: ", ")),
                        rename.score.map { .decimal($0) } ?? .empty, .text(rename.confirmed ? confirmed : likely)]
            })
            for (heading, list) in [("ontwikkeling_nieuw", initiatives.new), ("ontwikkeling_gestopt", initiatives.stopped)] {
                let rows = list.filter(inScope)
                sheet.blocks.append(SheetBlock(heading: text(heading), headers: headers("initiatieven", count: 4),
                                               rowCount: rows.count) { index in
                    [.text(rows[index].id), .text(rows[index].name), .text(rows[index].provinces.joined(separator: ", ")),
                     .integer(Int64(rows[index].activities))]
                })
            }
        }
        if let differences = comparison.taxonomy, !differences.isEmpty {
            let merged = text("taxonomie_samengevoegd"), added = text("taxonomie_nieuw"), removed = text("taxonomie_vervallen")
            var rows: [[TableCell]] = []
            for difference in differences {
                rows += difference.merged.map { [.text(difference.dimension), .text(merged), .text($0.label), .text($0.into)] }
                rows += difference.added.map { [.text(difference.dimension), .text(added), .empty, .text($0)] }
                rows += difference.removed.map { [.text(difference.dimension), .text(removed), .text($0), .empty] }
            }
            sheet.blocks.append(SheetBlock(heading: text("ontwikkeling_taxonomie"), headers: headers("taxonomie", count: 4),
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
