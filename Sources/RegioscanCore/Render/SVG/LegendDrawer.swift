/// Draws a legend as a row of swatches that wraps onto new lines; returns the y below it.
enum LegendDrawer {
    static func draw(_ items: [LegendItem], on canvas: inout SVGCanvas, x left: Double, y top: Double,
                     maximumWidth: Double, size: Double = 12) -> Double {
        guard !items.isEmpty else { return top }
        var x = left
        var y = top
        for item in items {
            let width = 14 + 6 + TextMetrics.width(item.label, size: size) + 16
            if x + width > left + maximumWidth, x > left {
                x = left
                y += 20
            }
            canvas.rect(x: x, y: y - 10, width: 14, height: 12, fill: item.colour)
            canvas.text(item.label, x: x + 20, y: y, size: size)
            x += width
        }
        return y + 20
    }
}
