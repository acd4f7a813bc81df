/// Which cell styles show a number as a date (`styles.xml`): built-in date formats and custom formats with day
/// or year codes. A date is then read as the user sees it, not as Excel's serial number.
struct CellNumberStyles {
    /// Built-in number formats that show a date (14–17 and 22 in every locale; 27–36 and 50–58 in East Asian ones).
    static let builtInDates: Set<Int> = Set([14, 15, 16, 17, 22]).union(27...36).union(50...58)

    private(set) var dateStyles: Set<Int> = []

    init() {}

    init(collector: ElementCollector) {
        var customDates: Set<Int> = []
        for element in collector.elements where element.name == "numFmt" {
            if let id = element.attributes["numFmtId"].flatMap(Int.init),
               Self.showsDate(element.attributes["formatCode"] ?? "") {
                customDates.insert(id)
            }
        }
        let cellFormats = collector.elements.filter { $0.name == "xf" && $0.parent == "cellXfs" }
        for (index, format) in cellFormats.enumerated() {
            guard let id = format.attributes["numFmtId"].flatMap(Int.init) else { continue }
            if Self.builtInDates.contains(id) || customDates.contains(id) { dateStyles.insert(index) }
        }
    }

    func isDate(style: Int) -> Bool { dateStyles.contains(style) }

    /// A format code shows a date when, outside quoted text, escapes and `[…]` sections, it has a day or year code.
    static func showsDate(_ code: String) -> Bool {
        var inQuotes = false, inBrackets = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case "d", "y", "j": if !inQuotes && !inBrackets { return true }
            default: break
            }
        }
        return false
    }
}
