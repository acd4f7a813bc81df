import Foundation
import Mustache

/// `rapport.html`: one self-contained page — inline CSS and SVG, no request to any network — with a table of
/// contents, numbered figures with captions, accessible tables and a print stylesheet.
struct HTMLReportRenderer {
    let materials: ReportMaterials

    func render(_ document: ReportDocument, context: [String: Any]) -> String {
        var headings = HTMLHeadings()
        var body: [String] = []
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                body.append(headings.heading(level: level, text: text))
            case .prose(let text):
                body.append(MarkdownToHTML.convert(text).trimmingCharacters(in: .whitespacesAndNewlines))
            case .keyFigures:
                body.append(HTMLTable.render(materials.keyFiguresTable, className: "kerncijfers"))
            case .keyFiguresPerProvince:
                body.append(HTMLTable.render(materials.keyFiguresPerProvinceTable, className: "breed"))
                if let note = materials.keyFiguresPerProvinceNote { body.append("<p class=\"noot\">\(note.xmlEscaped)</p>") }
            case .typology:
                body.append(HTMLTable.render(materials.typologyTable))
            case .figure(let id) where materials.figures.contains(id):
                body.append(figure(id))
            case .figure:
                break
            case .diagram(let diagram) where materials.diagrams.available.contains(diagram):
                body.append("<div class=\"figuur\" id=\"\(diagram.fileName)\">\n<figure>\n" + materials.diagrams.svg(diagram, inline: true)
                    + "<figcaption>\(materials.diagrams.caption(diagram).xmlEscaped)</figcaption>\n</figure>\n</div>")
            case .diagram:
                break
            case .developmentChart(let chart):
                guard let charts = materials.developmentCharts, charts.available.contains(chart) else { break }
                body.append("<div class=\"figuur\" id=\"\(chart.fileName)\">\n<figure>\n" + charts.svg(chart, inline: true)
                    + "<figcaption>\(charts.caption(chart).xmlEscaped)</figcaption>\n</figure>\n</div>")
            }
        }
        var page = context
        page["css"] = materials.templates.style
        page["inhoudsopgave"] = headings.tableOfContents
        page["inhoud"] = body.joined(separator: "\n")
        return materials.templates.page.render(page)
    }

    private func figure(_ id: FigureID) -> String {
        let texts = materials.texts
        let caption = materials.caption(id)
        let note = texts.note(for: id).map { "<p class=\"noot\">\($0.xmlEscaped)</p>" } ?? ""
        let shortened = materials.tableNote(id).map { "<p class=\"noot\">\($0.xmlEscaped)</p>" } ?? ""
        // Notes and the table with the numbers sit beside the <figure>, which allows only its caption besides content.
        var html = "<div class=\"figuur\" id=\"\(id.fileName)\">\n"
        if ReportMaterials.tableFigures.contains(id) {
            html += "<figure class=\"tabel\">\n" + HTMLTable.render(materials.reportTable(id), caption: caption) + "\n</figure>\n"
            return html + note + shortened + "</div>"
        }
        html += "<figure>\n" + materials.svg(id, inline: true) + "<figcaption>\(caption.xmlEscaped)</figcaption>\n</figure>\n" + note
        if id != .quadrant {
            let summary = (texts.notes["cijfers_bij"] ?? "Cijfers bij") + " " + caption.components(separatedBy: " – ").first!.lowercased()
            let table = HTMLTable.render(materials.reportTable(id))
            html += "<details><summary>\(summary.xmlEscaped)</summary>\n" + table + "\n\(shortened)</details>\n"
            // Paper cannot unfold a <details>: print shows this copy of the numbers instead (rapport.css).
            html += "<div class=\"cijfers-print\">\n" + table + "\n\(shortened)</div>\n"
        }
        return html + "</div>"
    }
}
