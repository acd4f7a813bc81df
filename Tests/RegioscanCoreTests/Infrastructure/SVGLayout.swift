import Foundation
@testable import RegioscanCore

/// The boxes of an SVG's rectangles, lines and texts, read back from the file, so that tests can check that labels
/// stay clear of each other and of the lines a chart draws. Text boxes use the same metrics as the renderers.
struct SVGLayout {
    struct Box: CustomStringConvertible {
        var x: Double, y: Double, width: Double, height: Double
        var label: String = ""

        func overlaps(_ other: Box, margin: Double = 0) -> Bool {
            x + margin < other.x + other.width && other.x + margin < x + width
                && y + margin < other.y + other.height && other.y + margin < y + height
        }

        func contains(_ other: Box) -> Bool {
            other.x >= x - 0.01 && other.y >= y - 0.01 && other.x + other.width <= x + width + 0.01
                && other.y + other.height <= y + height + 0.01
        }

        var description: String { "\(label)@(\(Int(x)),\(Int(y)) \(Int(width))×\(Int(height)))" }
    }

    struct Line {
        var x1: Double, y1: Double, x2: Double, y2: Double
        var dashed: Bool

        /// Whether the segment passes through the box (segments here are horizontal, vertical or short).
        func crosses(_ box: Box) -> Bool {
            let steps = 40
            for step in 0...steps {
                let t = Double(step) / Double(steps)
                let x = x1 + (x2 - x1) * t, y = y1 + (y2 - y1) * t
                if x > box.x, x < box.x + box.width, y > box.y, y < box.y + box.height { return true }
            }
            return false
        }
    }

    var rects: [Box] = []
    var texts: [Box] = []
    var lines: [Line] = []
    var circles: [Box] = []

    init(_ svg: String) {
        for element in Self.elements(svg, named: "rect") {
            guard let x = element.number("x"), let y = element.number("y"), let width = element.number("width"),
                  let height = element.number("height") else { continue }
            rects.append(Box(x: x, y: y, width: width, height: height, label: element.attributes["fill"] ?? ""))
        }
        for element in Self.elements(svg, named: "line") {
            lines.append(Line(x1: element.number("x1") ?? 0, y1: element.number("y1") ?? 0, x2: element.number("x2") ?? 0,
                              y2: element.number("y2") ?? 0, dashed: element.attributes["stroke-dasharray"] != nil))
        }
        for element in Self.elements(svg, named: "circle") {
            let r = element.number("r") ?? 0
            circles.append(Box(x: (element.number("cx") ?? 0) - r, y: (element.number("cy") ?? 0) - r, width: 2 * r, height: 2 * r))
        }
        for element in Self.elements(svg, named: "text") where element.attributes["stroke"] == nil {
            guard let x = element.number("x"), let y = element.number("y"), element.attributes["transform"] == nil else { continue }
            let size = element.number("font-size") ?? 12
            let width = TextMetrics.width(element.content, size: size, bold: element.attributes["font-weight"] == "bold")
            let left: Double = switch element.attributes["text-anchor"] {
            case "middle": x - width / 2
            case "end": x - width
            default: x
            }
            texts.append(Box(x: left, y: y - size * 0.75, width: width, height: size * 0.95, label: element.content))
        }
    }

    struct Element {
        var attributes: [String: String]
        var content: String
        /// The tooltip (`<title>`) of the element, if it has one.
        var title: String = ""
        func number(_ name: String) -> Double? { attributes[name].flatMap(Double.init) }
    }

    /// Elements of one name, with their attributes and (unescaped) text; enough for the SVG this program writes.
    static func elements(_ svg: String, named name: String) -> [Element] {
        let pattern = "<\(name) ([^>]*?)(?:/>|>(.*?)</\(name)>)"
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let attribute = try! NSRegularExpression(pattern: "([a-z:-]+)=\"([^\"]*)\"")
        let text = svg as NSString
        return regex.matches(in: svg, range: NSRange(location: 0, length: text.length)).map { match in
            let attributesText = text.substring(with: match.range(at: 1))
            var attributes: [String: String] = [:]
            for pair in attribute.matches(in: attributesText, range: NSRange(location: 0, length: (attributesText as NSString).length)) {
                attributes[(attributesText as NSString).substring(with: pair.range(at: 1))] =
                    (attributesText as NSString).substring(with: pair.range(at: 2))
            }
            var content = match.range(at: 2).location == NSNotFound ? "" : text.substring(with: match.range(at: 2))
            var title = ""
            if let start = content.range(of: "<title>") {
                title = String(content[start.upperBound...]).components(separatedBy: "</title>")[0]
                content = String(content[..<start.lowerBound])
            }
            content = content.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
                .replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
            return Element(attributes: attributes, content: content, title: title)
        }
    }

    /// Pairs of texts whose boxes overlap.
    func overlappingTexts(margin: Double = 0.5) -> [(Box, Box)] {
        var pairs: [(Box, Box)] = []
        for (index, first) in texts.enumerated() {
            for second in texts[(index + 1)...] where first.overlaps(second, margin: margin) { pairs.append((first, second)) }
        }
        return pairs
    }
}
