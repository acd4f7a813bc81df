import CCmarkGFM
import Foundation

/// GitHub-flavoured Markdown to HTML with cmark-gfm. Raw HTML in the Markdown is omitted (cmark's safe default),
/// so nothing a template or an input value contains can inject markup.
enum MarkdownToHTML {
    private static let extensions = ["table", "strikethrough", "autolink"]

    static func convert(_ markdown: String) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        // Aligned table columns as `style="text-align: right"`: HTML5 no longer has the `align` attribute.
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// One line of inline Markdown (a heading's text) as HTML without the paragraph around it.
    static func inline(_ markdown: String) -> String {
        var html = convert(markdown).trimmingCharacters(in: .whitespacesAndNewlines)
        if html.hasPrefix("<p>"), html.hasSuffix("</p>") { html = String(html.dropFirst(3).dropLast(4)) }
        return html
    }
}
