/// `provincies/<Provincie>.md`: the province report as GitHub-flavoured Markdown, figures as
/// `figuren/<slug>-figuur-NN.svg` with their numbers as tables, a table of contents before the first chapter.
struct ProvinceMarkdownRenderer {
    let parts: ProvinceReportParts

    func render(_ document: ProvinceDocument) -> String {
        var output: [String] = []
        var contentsPlaced = false
        for block in document.blocks {
            if case .heading(2, _) = block, !contentsPlaced {
                output.append(contents(document))
                contentsPlaced = true
            }
            output.append(render(block))
        }
        return output.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }

    private func contents(_ document: ProvinceDocument) -> String {
        MarkdownContents.render(title: parts.text("inhoud"), entries: document.contents, reservingTitle: true)
    }

    private func render(_ block: ProvinceBlock) -> String {
        switch block {
        case .heading(let level, let text):
            return String(repeating: "#", count: level) + " " + text
        case .prose(let text):
            return text
        case .figure(let id):
            return figure(id, block: block)
        case .network:
            return figure(.providerNetwork, block: block)
        default:
            guard let (table, note) = parts.table(block) else { return "" }
            return "**\(table.caption.markdownEscaped)**\n\n" + MarkdownTable.render(table)
                + (note.map { "\n\n*\($0.markdownEscaped)*" } ?? "")
        }
    }

    private func figure(_ id: FigureID, block: ProvinceBlock) -> String {
        guard let (table, note) = parts.table(block) else { return "" }
        let caption = id == .providerNetwork ? parts.text("bijschrift_netwerk") : parts.tables.caption(id)
        var lines = ["![\(caption.markdownEscaped)](\(ProvinceFigureRenderer.path(slug: parts.profile.slug, id)))"]
        lines.append("*\(caption.markdownEscaped)*" + (note.map { " — " + $0.markdownEscaped } ?? ""))
        lines.append(MarkdownTable.render(table))
        return lines.joined(separator: "\n\n")
    }
}
