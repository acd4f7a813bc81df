/// A run of bars under an optional heading (a panel of figure 14).
struct ChartSection {
    var heading: String?
    var bars: [ChartBar]
}
