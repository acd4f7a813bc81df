/// `tabellen/figuur-17-verbindingen.csv`: every connection of the provider network, so that each line of figure 17
/// can be traced to the providers and the number of initiatives they share. An addition beside the contract's
/// tables, in the same format (UTF-8, `,`, text made safe for spreadsheets).
public enum NetworkEdgeCSVRenderer {
    public static let fileName = "figuur-17-verbindingen"
    public static let header = ["aanbieder_a", "aanbieder_b", "initiatieven"]

    /// One line per pair, the two names in alphabetical order; the strongest connections first, then by name.
    public static func render(_ network: ProviderNetwork) -> String {
        let pairs = network.edges.map { edge -> (a: String, b: String, weight: Int) in
            let first = network.nodes[edge.from].name, second = network.nodes[edge.to].name
            return first < second ? (first, second, edge.weight) : (second, first, edge.weight)
        }.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : ($0.a, $0.b) < ($1.a, $1.b) }
        var text = CSVWriter.line(header)
        for pair in pairs {
            text += CSVWriter.line([pair.a.spreadsheetSafe, pair.b.spreadsheetSafe, String(pair.weight)])
        }
        return text
    }
}
