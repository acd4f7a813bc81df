/// What a cell format looks like; equal specs share one libxlsxwriter format.
struct XLSXFormatSpec: Hashable {
    enum NumberFormat: String, Hashable {
        case general = ""
        case integer = "#,##0"
        case percent = "0.0%"
        case decimal = "0.0"
    }

    var bold = false
    var italic = false
    var underline = false
    var size: Double?
    var colour: UInt32?
    var background: UInt32?
    var number: NumberFormat = .general
    var wrap = false
    var bottomBorder = false
    var alignTop = false

    static let plain = XLSXFormatSpec()
    static let title = XLSXFormatSpec(bold: true, size: 16, colour: 0x0B4F8A)
    static let heading = XLSXFormatSpec(bold: true, size: 12)
    static let note = XLSXFormatSpec(italic: true, colour: 0x595959)
    /// A value the scan template fills in ahead (the province).
    static let prefilled = XLSXFormatSpec(colour: 0x595959)
    /// Running text in a narrow column: wrapped, from the top of the row.
    static let wrappedTop = XLSXFormatSpec(wrap: true, alignTop: true)
    static let notice = XLSXFormatSpec(bold: true, size: 12, colour: 0xB30000)
    static let header = XLSXFormatSpec(bold: true, background: 0xDCE6F1, wrap: true, bottomBorder: true, alignTop: true)
    static let link = XLSXFormatSpec(underline: true, colour: 0x0563C1)
    static let integer = XLSXFormatSpec(number: .integer)
    static let percent = XLSXFormatSpec(number: .percent)
    static let decimal = XLSXFormatSpec(number: .decimal)
}
