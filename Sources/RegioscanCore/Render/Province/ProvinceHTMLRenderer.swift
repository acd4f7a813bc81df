import Mustache

/// `provincies/<Provincie>.html`: one self-contained page like `rapport.html` (inline CSS and SVG, A4 print),
/// with a table of contents, the figures with their captions and bases, and the tables.
struct ProvinceHTMLRenderer {
    let parts: ProvinceReportParts

    func render(_ document: ProvinceDocument, context: [String: Any]) -> String {
        var headings = HTMLHeadings(reserved: ["inhoud-kop"])
        var body: [String] = []
        // The page template has the title, publisher and sample-data notice: the blocks before the first chapter
        // are the Markdown file's front matter.
        let firstChapter = document.blocks.firstIndex { if case .heading(2, _) = $0 { return true } else { return false } }
        for block in document.blocks[(firstChapter ?? 0)...] {
            switch block {
            case .heading(1, _):
                continue
            case .heading(let level, let text):
                body.append(headings.heading(level: level, text: text))
            case .prose(let text):
                body.append(MarkdownToHTML.convert(text).trimmingCharacters(in: .whitespacesAndNewlines))
            case .figure(let id):
                body.append(figure(id, block: block))
            case .network:
                body.append(figure(.providerNetwork, block: block))
            default:
                guard let (table, note) = parts.table(block) else { continue }
                body.append(HTMLTable.render(table, className: table.headers.count > 4 ? "breed" : nil))
                if let note { body.append("<p class=\"noot\">\(note.xmlEscaped)</p>") }
            }
        }
        var page = context
        page["css"] = parts.style
        page["inhoudsopgave"] = headings.tableOfContents
        page["inhoud"] = body.filter { !$0.isEmpty }.joined(separator: "\n")
        return parts.templates.page.render(page)
    }

    private func figure(_ id: FigureID, block: ProvinceBlock) -> String {
        guard let (table, note) = parts.table(block) else { return "" }
        let caption = id == .providerNetwork ? parts.text("bijschrift_netwerk") : parts.tables.caption(id)
        var html = "<div class=\"figuur\" id=\"\(parts.profile.slug)-\(id.fileName)\">\n<figure>\n"
        html += (parts.svgs[id]?.inline ?? "") + "<figcaption>\(caption.xmlEscaped)</figcaption>\n</figure>\n"
        if let note { html += "<p class=\"noot\">\(note.xmlEscaped)</p>\n" }
        let name = caption.components(separatedBy: " – ").first!
        let summary = parts.text("cijfers_bij", ["figuur": name.prefix(1).lowercased() + name.dropFirst()])
        html += "<details><summary>\(summary.xmlEscaped)</summary>\n" + HTMLTable.render(table, className: "breed") + "\n</details>\n"
        return html + "</div>"
    }
}
