import Mustache

/// Mustache's escaping for Markdown templates: inserted values show as typed, never as markup.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"

    func escapeText(_ text: String) -> String { text.markdownEscaped }

    /// Registered once per process; Mustache looks content types up by name while parsing.
    static let registered: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
    }()
}
