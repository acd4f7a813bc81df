/// The table of contents of a Markdown report (`rapport.md`, a province report): a heading, then one nested
/// list item per heading of level 2 or 3, linked by GitHub's anchors.
enum MarkdownContents {
    /// `reservingTitle`: the contents heading itself takes its anchor first, so that a later heading of the same
    /// name links to itself.
    static func render(title: String, entries: [(level: Int, text: String)], reservingTitle: Bool = false) -> String {
        var lines = ["## \(title)", ""]
        var slugs = SlugRegistry(style: .github)
        if reservingTitle { _ = slugs.slug(for: title) }
        for entry in entries where entry.level >= 2 {
            let indent = String(repeating: "  ", count: entry.level - 2)
            lines.append("\(indent)- [\(entry.text)](#\(slugs.slug(for: entry.text)))")
        }
        return lines.joined(separator: "\n")
    }
}
