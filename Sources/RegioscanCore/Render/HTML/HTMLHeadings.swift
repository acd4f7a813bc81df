/// The headings of a report page (`rapport.html`, a province page): each gets an id of its own, and levels 2–3
/// make the page's table of contents.
struct HTMLHeadings {
    private var slugs = SlugRegistry(style: .plain)
    private var entries: [(level: Int, text: String, id: String)] = []

    /// `reserved`: ids the page template uses itself, which no heading may take.
    init(reserved: [String] = []) {
        for id in reserved { _ = slugs.slug(for: id) }
    }

    /// The heading's HTML, its id registered and, at levels up to 3, listed for the table of contents.
    mutating func heading(level: Int, text: String) -> String {
        let id = slugs.slug(for: text)
        let inline = MarkdownToHTML.inline(text)
        if level <= 3 { entries.append((level, inline, id)) }
        return "<h\(level) id=\"\(id)\">\(inline)</h\(level)>"
    }

    /// Chapters (level 2) with their sections (level 3) as nested lists.
    var tableOfContents: String {
        var html = "<ol class=\"inhoud\">"
        var open = false
        for entry in entries where entry.level >= 2 {
            if entry.level == 2 {
                if open { html += "</ol></li>" }
                html += "<li><a href=\"#\(entry.id)\">\(entry.text)</a><ol>"
                open = true
            } else {
                html += "<li><a href=\"#\(entry.id)\">\(entry.text)</a></li>"
            }
        }
        if open { html += "</ol></li>" }
        return (html + "</ol>").replacingOccurrences(of: "<ol></ol>", with: "")
    }
}
