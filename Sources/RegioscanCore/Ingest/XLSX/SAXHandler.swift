/// Receives the events of a `SAXParser`. Names and attributes are only valid during the call:
/// a sheet of millions of cells is read without a string per element.
protocol SAXHandler: AnyObject {
    func start(_ element: XMLName, _ attributes: XMLAttributes)
    func end(_ element: XMLName)
    func characters(_ text: UnsafeBufferPointer<UInt8>)
}
