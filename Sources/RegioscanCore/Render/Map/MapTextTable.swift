/// Each distinct text once, in order of first use. Texts are told apart by their bytes (`TextTable`): a
/// dictionary of strings hashed and compared every name, explanation and geography as Unicode, three times per
/// activity.
struct MapTextTable {
    private var table = TextTable<Void>()

    var texts: [String] { table.keys }

    mutating func index(_ text: String) -> Int {
        table.find(text) ?? table.insert(text, value: ())
    }
}
