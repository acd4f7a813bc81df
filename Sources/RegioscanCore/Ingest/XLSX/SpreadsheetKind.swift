/// What a spreadsheet file really is, from its first bytes: the extension alone is often wrong
/// (an `.xls` renamed to `.xlsx`, a password-protected `.xlsx` that is an OLE container).
enum SpreadsheetKind: Equatable {
    case officeOpenXML
    case openDocument
    case legacyExcel
    case encrypted
    case unknown

    static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    /// An encrypted .xlsx is an OLE container holding a stream called `EncryptedPackage` (names are UTF-16LE).
    static let encryptedStream: [UInt8] = Array("EncryptedPackage".utf8).flatMap { [$0, 0] }
    static let openDocumentMime: [UInt8] = Array("mimetypeapplication/vnd.oasis.opendocument".utf8)

    static func detect(_ bytes: [UInt8], fileName: String) -> SpreadsheetKind {
        let lowered = fileName.lowercased()
        if bytes.starts(with: oleSignature.prefix(4)) {
            return contains(bytes, encryptedStream) ? .encrypted : .legacyExcel
        }
        if bytes.starts(with: zipSignature) {
            // An OpenDocument file starts with its uncompressed `mimetype` entry at offset 30.
            if bytes.count > 30 + openDocumentMime.count, Array(bytes[30..<(30 + openDocumentMime.count)]) == openDocumentMime {
                return .openDocument
            }
            return lowered.hasSuffix(".ods") ? .openDocument : .officeOpenXML
        }
        if lowered.hasSuffix(".xls") { return .legacyExcel }
        if lowered.hasSuffix(".ods") { return .openDocument }
        return .unknown
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
