/// `rapport.md`: the report as GitHub-flavoured Markdown, figures as `figuren/figuur-NN.svg` with their numbers
/// as Markdown tables.
struct MarkdownReportRenderer {
    let materials: ReportMaterials

    func render(_ document: ReportDocument) -> String {
        var parts = [document.front.trimmingCharacters(in: .whitespacesAndNewlines)]
        parts.append(contents(document))
        for block in document.blocks { parts.append(render(block)) }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }

    private func contents(_ document: ReportDocument) -> String {
        MarkdownContents.render(title: materials.texts.notes["inhoud"] ?? "Inhoud", entries: document.contents)
    }

    private func render(_ block: ReportBlock) -> String {
        switch block {
        case .heading(let level, let text):
            return String(repeating: "#", count: level) + " " + text
        case .prose(let text):
            return text
        case .keyFigures:
            return table(materials.keyFiguresTable)
        case .keyFiguresPerProvince:
            let note = materials.keyFiguresPerProvinceNote.map { "\n\n*\($0.markdownEscaped)*" } ?? ""
            return table(materials.keyFiguresPerProvinceTable) + note
        case .typology:
            return table(materials.typologyTable)
        case .figure(let id):
            // A figure this run left out (no modelled classes) leaves no trace; validatie.md says why.
            return materials.figures.contains(id) ? figure(id) : ""
        case .diagram(let diagram):
            guard materials.diagrams.available.contains(diagram) else { return "" }
            let caption = materials.diagrams.caption(diagram).markdownEscaped
            return "![\(caption)](figuren/\(diagram.fileName).svg)\n\n*\(caption)*"
        case .developmentChart(let chart):
            guard let charts = materials.developmentCharts, charts.available.contains(chart) else { return "" }
            let caption = charts.caption(chart).markdownEscaped
            return "![\(caption)](figuren/\(chart.fileName).svg)\n\n*\(caption)*"
        }
    }

    private func table(_ table: DataTable) -> String {
        "**\(table.caption.markdownEscaped)**\n\n" + MarkdownTable.render(table)
    }

    private func figure(_ id: FigureID) -> String {
        let caption = materials.caption(id)
        var parts: [String] = []
        let hasTable = id != .quadrant
        if !ReportMaterials.tableFigures.contains(id) {
            parts.append("![\(caption.markdownEscaped)](figuren/\(id.fileName).svg)")
        }
        var captionLine = "*\(caption.markdownEscaped)*"
        if let note = materials.texts.note(for: id) { captionLine += " — " + note.markdownEscaped }
        parts.append(captionLine)
        if hasTable {
            parts.append(MarkdownTable.render(materials.reportTable(id)))
            if let note = materials.tableNote(id) { parts.append("*\(note.markdownEscaped)*") }
        }
        return parts.joined(separator: "\n\n")
    }
}
