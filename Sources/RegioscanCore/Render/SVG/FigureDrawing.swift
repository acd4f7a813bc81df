/// A figure drawn once, ready to be written as a standalone SVG file and inline in the HTML report: the two
/// documents differ only in their opening tag, so the chart, its layout and its description are made once.
public struct FigureDrawing: Sendable {
    let canvas: SVGCanvas
    let title: String
    let description: String
    let idPrefix: String
    let notice: String?

    /// The SVG document: standalone (`figuren/figuur-NN.svg`) or for inline use in HTML.
    public func document(inline: Bool = false) -> String {
        canvas.document(title: title, description: description, idPrefix: idPrefix, notice: notice, inline: inline)
    }
}
