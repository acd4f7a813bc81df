/// The workbook's shared strings (`sharedStrings.xml`): each `<si>` is plain text or rich-text runs, which are
/// joined as the user sees them. Phonetic hints (`<rPh>`) are no part of the text.
final class SharedStringTable: SAXHandler {
    private(set) var strings: [String] = []
    private var current: [UInt8] = []
    private var inText = false
    private var phoneticDepth = 0

    func start(_ element: XMLName, _ attributes: XMLAttributes) {
        if element.is("si") {
            current.removeAll(keepingCapacity: true)
        } else if element.is("rPh") {
            phoneticDepth += 1
        } else if element.is("t"), phoneticDepth == 0 {
            inText = true
        }
    }

    func end(_ element: XMLName) {
        if element.is("si") {
            strings.append(ExcelText.decode(current))
        } else if element.is("rPh") {
            phoneticDepth -= 1
        } else if element.is("t") {
            inText = false
        }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        if inText { current.append(contentsOf: text) }
    }
}
