/// The `Leerkringen` sheet of the national workbook: the rows of `tabellen/leerkringen.csv` with the rule that
/// formed them.
struct LearningCircleSheetBuilder {
    let builder: WorkbookBuilder

    func sheet() -> WorkbookSheet {
        let dataset = builder.materials.dataset
        let circles = builder.figures.learningCircles
        let texts = builder.texts
        let rule = texts.text("leerkringen_uitleg")
            .replacingOccurrences(of: "{drempel}", with: String(circles.parameters.thresholdPercent))
            .replacingOccurrences(of: "{maximum}", with: String(circles.parameters.maximumInitiatives))
        var sheet = WorkbookSheet(name: builder.names.learningCircles, title: builder.names.learningCircles,
                                  notice: builder.notice, notes: [rule])
        if circles.circles.isEmpty { sheet.notes.append(texts.text("geen_leerkringen")) }
        let members = circles.circles.flatMap { circle in circle.initiatives.map { (circle, $0) } }
        let headers = [texts.text("leerkring"), texts.activityColumn("initiatief_id"), texts.activityColumn("provincie"),
                       texts.activityColumn("initiatief"), texts.text("gedeelde_kenmerken")]
        sheet.blocks.append(SheetBlock(headers: headers, rowCount: members.count,
                                       tableName: members.isEmpty ? nil : "Leerkringen",
                                       widths: [11, 14, 28, 40, 90]) { position in
            let (circle, member) = members[position]
            let initiative = dataset.initiatives[member]
            return [.integer(Int64(circle.number)), .text(initiative.id),
                    .text(LearningCircleCSVRenderer.provinces(of: member, in: circles, dataset: dataset)),
                    .text(initiative.name), .text(circle.description)]
        })
        return sheet
    }
}
