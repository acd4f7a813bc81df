/// One bar of a horizontal bar chart.
struct ChartBar {
    var label: String
    var value: Double
    var valueText: String
    var colour: String = ChartPalette.primary
}
