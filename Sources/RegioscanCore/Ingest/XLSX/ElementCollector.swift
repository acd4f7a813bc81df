/// Collects the attributes of the elements with the given local names, in document order
/// (`sheet` in workbook.xml, `Relationship` in a .rels part, `xf` and `numFmt` in styles.xml).
final class ElementCollector: SAXHandler {
    struct Element {
        var name: String
        var attributes: [String: String]
        /// The name of the enclosing element, to tell `cellXfs/xf` from `cellStyleXfs/xf`.
        var parent: String
    }

    private let names: Set<String>
    private var stack: [String] = []
    private(set) var elements: [Element] = []

    init(_ names: Set<String>) {
        self.names = names
    }

    func start(_ element: XMLName, _ attributes: XMLAttributes) {
        let name = String(cString: element.bytes)
        if names.contains(name) {
            elements.append(Element(name: name, attributes: attributes.all, parent: stack.last ?? ""))
        }
        stack.append(name)
    }

    func end(_ element: XMLName) {
        _ = stack.popLast()
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {}
}
