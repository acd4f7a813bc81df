/// Why a workbook delivery could not be read; each case has a Dutch message that says what to do.
enum XLSXDeliveryFailure: Error, Equatable {
    case legacyExcel
    case openDocument
    case encrypted
    case archive(WorkbookArchive.Failure)
    case xml(part: String, SAXParser.Failure)
    case noSheet

    var message: String {
        switch self {
        case .legacyExcel: Messages.legacyExcel
        case .openDocument: Messages.openDocument
        case .encrypted: Messages.encryptedWorkbook
        case .archive(.notAZip): Messages.notAWorkbook
        case .archive(.missingPart(let part)): Messages.workbookPartMissing(part)
        case .archive(.tooLarge(let part, let limit)): Messages.workbookPartTooLarge(part, limit: limit)
        case .archive(.damaged(let reason)): Messages.workbookDamaged(reason)
        case .xml(let part, .doctypeRefused): Messages.workbookDoctype(part)
        case .xml(let part, .malformed(let reason)): Messages.workbookDamaged("\(part): \(reason)")
        case .noSheet: Messages.workbookWithoutSheet
        }
    }
}
