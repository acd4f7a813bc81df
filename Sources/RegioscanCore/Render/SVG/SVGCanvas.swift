/// Collects SVG elements and writes a self-contained, accessible SVG document (`<title>`, `<desc>`, no fonts
/// or images from elsewhere). Every text is escaped here, so chart code cannot forget it.
struct SVGCanvas {
    static let fontFamily = "Arial, Helvetica, sans-serif"

    let width: Double
    private(set) var height: Double
    private var elements: [String] = []

    init(width: Double, height: Double = 0) {
        self.width = width
        self.height = height
    }

    mutating func grow(to height: Double) { self.height = max(self.height, height) }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, tooltip: String? = nil,
                       stroke: String? = nil, radius: Double = 0) {
        var attributes = "x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, width)))\" height=\"\(n(max(0, height)))\" fill=\"\(fill)\""
        if let stroke { attributes += " stroke=\"\(stroke)\"" }
        if radius > 0 { attributes += " rx=\"\(n(radius))\"" }
        element("rect", attributes, tooltip: tooltip)
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
                       opacity: Double = 1, dash: String? = nil) {
        var attributes = "x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\""
        if opacity < 1 { attributes += " stroke-opacity=\"\(opacityText(opacity))\"" }
        if let dash { attributes += " stroke-dasharray=\"\(dash)\"" }
        element("line", attributes)
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: String, tooltip: String? = nil,
                         stroke: String = "#ffffff", opacity: Double = 1) {
        var attributes = "cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(radius))\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1\""
        if opacity < 1 { attributes += " fill-opacity=\"\(opacityText(opacity))\"" }
        element("circle", attributes, tooltip: tooltip)
    }

    enum Anchor: String {
        case start, middle, end
    }

    mutating func text(_ text: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start,
                       bold: Bool = false, fill: String = ChartPalette.text, italic: Bool = false, halo: Bool = false,
                       vertical: Bool = false) {
        var attributes = "x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\""
        if vertical { attributes += " transform=\"rotate(-90 \(n(x)) \(n(y)))\"" }

        if anchor != .start { attributes += " text-anchor=\"\(anchor.rawValue)\"" }
        if bold { attributes += " font-weight=\"bold\"" }
        if italic { attributes += " font-style=\"italic\"" }
        // A white outline drawn first keeps a label readable over lines and dots.
        if halo {
            elements.append("<text \(attributes) fill=\"#ffffff\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\">\(text.xmlEscaped)</text>")
        }
        if fill != ChartPalette.text { attributes += " fill=\"\(fill)\"" }
        elements.append("<text \(attributes)>\(text.xmlEscaped)</text>")
    }

    /// Several lines of text, the first baseline at `y`.
    mutating func lines(_ lines: [String], x: Double, y: Double, size: Double = 12, anchor: Anchor = .start,
                        bold: Bool = false, lineHeight: Double? = nil, fill: String = ChartPalette.text) {
        for (offset, line) in lines.enumerated() {
            text(line, x: x, y: y + Double(offset) * (lineHeight ?? size * 1.2), size: size, anchor: anchor, bold: bold,
                 fill: fill)
        }
    }

    private mutating func element(_ name: String, _ attributes: String, tooltip: String? = nil) {
        if let tooltip {
            elements.append("<\(name) \(attributes)><title>\(tooltip.xmlEscaped)</title></\(name)>")
        } else {
            elements.append("<\(name) \(attributes)/>")
        }
    }

    /// The finished document. `idPrefix` keeps ids unique when several SVGs sit inline in one HTML page.
    /// Inline in HTML the SVG names its title and description with ARIA; a standalone SVG 1.1 file relies on
    /// `<title>` and `<desc>` being its first children, which screen readers read the same way.
    func document(title: String, description: String, idPrefix: String, notice: String? = nil, inline: Bool = false) -> String {
        let body = body(title: title, description: description, idPrefix: idPrefix, notice: notice)
        return opening(idPrefix: idPrefix, inline: inline) + body
    }

    /// The standalone file and the inline copy for an HTML page, the drawing joined once for both.
    func documents(title: String, description: String, idPrefix: String, notice: String? = nil) -> (file: String, inline: String) {
        let body = body(title: title, description: description, idPrefix: idPrefix, notice: notice)
        return (opening(idPrefix: idPrefix, inline: false) + body, opening(idPrefix: idPrefix, inline: true) + body)
    }

    /// The `<svg>` tag; inline, it names its title and description for screen readers.
    private func opening(idPrefix: String, inline: Bool) -> String {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
        svg += "width=\"\(n(width))\" height=\"\(n(height))\" "
        if inline { svg += "role=\"img\" aria-labelledby=\"\(idPrefix)-titel \(idPrefix)-beschrijving\" " }
        return svg + "font-family=\"\(Self.fontFamily)\">\n"
    }

    /// Everything after the `<svg>` tag.
    private func body(title: String, description: String, idPrefix: String, notice: String?) -> String {
        var canvas = self
        if let notice {
            canvas.text(notice, x: width - 8, y: 14, size: 11, anchor: .end, bold: true, fill: ChartPalette.notice)
        }
        var svg = "<title id=\"\(idPrefix)-titel\">\(title.xmlEscaped)</title>\n"
        svg += "<desc id=\"\(idPrefix)-beschrijving\">\(description.xmlEscaped)</desc>\n"
        svg += "<rect width=\"\(n(width))\" height=\"\(n(height))\" fill=\"#ffffff\"/>\n"
        svg += canvas.elements.joined(separator: "\n")
        svg += "\n</svg>\n"
        return svg
    }

    private func n(_ value: Double) -> String { SVGNumber.format(value) }

    private func opacityText(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return hundredths >= 100 ? "1" : "0." + (hundredths < 10 ? "0" : "") + String(hundredths)
    }
}
