/// Dutch enumerations: "A", "A en B", "A, B en C".
public enum DutchList {
    public static func join(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " en " + items.last!
        }
    }
}
