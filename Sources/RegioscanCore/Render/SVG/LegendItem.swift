/// A colour and what it stands for.
struct LegendItem {
    var label: String
    var colour: String
}
