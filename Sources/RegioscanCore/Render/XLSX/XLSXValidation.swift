import CXlsxWriter

/// A data validation with its input message, checked against Excel's limits before it reaches libxlsxwriter.
/// Lists are always a range on another sheet (`=Lijsten!$B$2:$B$22`), never an inline list: libxlsxwriter 1.1.4
/// overflows a buffer on inline lists with accented labels.
struct XLSXValidation {
    enum Rule {
        /// A drop-down list read from a range.
        case list(range: String)
        /// A formula that must be true for the typed value (refers to the first cell of the range).
        case formula(String)
        /// Any value: only the input message.
        case any
    }

    enum ErrorStyle {
        /// The value is refused.
        case stop
        /// The user is asked whether to keep the value.
        case warning
        /// The user is told, and the value is kept: for lists that may hold several values or new ones.
        case information

        var code: UInt8 {
            switch self {
            case .stop: UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
            case .warning: UInt8(LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
            case .information: UInt8(LXW_VALIDATION_ERROR_TYPE_INFORMATION.rawValue)
            }
        }
    }

    static let maximumTitleLength = 32
    static let maximumMessageLength = 255

    var rule: Rule
    var inputTitle: String
    var inputMessage: String
    var errorStyle: ErrorStyle
    var errorTitle: String
    var errorMessage: String

    /// Titles and messages cut at Excel's limits (32 and 255 characters), on a word where possible.
    static func clipped(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit - 1)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return word + "…"
    }
}

extension XLSXWorksheet {
    /// Applies a validation (with input message) to a block of cells.
    func addValidation(_ validation: XLSXValidation, firstRow: Int, lastRow: Int, column: Int) throws {
        try checkValidationRange(firstRow: firstRow, lastRow: lastRow, column: column)
        var options = lxw_data_validation()
        switch validation.rule {
        case .list(let range):
            options.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            options.value_formula = workbook.cString(range)
        case .formula(let formula):
            options.validate = UInt8(LXW_VALIDATION_TYPE_CUSTOM_FORMULA.rawValue)
            options.value_formula = workbook.cString(formula)
        case .any:
            options.validate = UInt8(LXW_VALIDATION_TYPE_ANY.rawValue)
        }
        options.ignore_blank = UInt8(LXW_VALIDATION_ON.rawValue)
        options.show_input = UInt8(LXW_VALIDATION_ON.rawValue)
        options.show_error = UInt8(LXW_VALIDATION_ON.rawValue)
        options.error_type = validation.errorStyle.code
        let title = XLSXValidation.maximumTitleLength, message = XLSXValidation.maximumMessageLength
        options.input_title = workbook.cString(XLSXValidation.clipped(validation.inputTitle, limit: title))
        options.input_message = workbook.cString(XLSXValidation.clipped(validation.inputMessage, limit: message))
        options.error_title = workbook.cString(XLSXValidation.clipped(validation.errorTitle, limit: title))
        options.error_message = workbook.cString(XLSXValidation.clipped(validation.errorMessage, limit: message))
        try XLSXError.check(worksheet_data_validation_range(handle, lxw_row_t(firstRow), lxw_col_t(column),
                                                            lxw_row_t(lastRow), lxw_col_t(column), &options),
                            "\(name) gegevensvalidatie kolom \(column + 1)")
    }

    private func checkValidationRange(firstRow: Int, lastRow: Int, column: Int) throws {
        guard firstRow <= lastRow, (0..<XLSXLimits.maximumRows).contains(firstRow),
              (0..<XLSXLimits.maximumRows).contains(lastRow), (0..<XLSXLimits.maximumColumns).contains(column) else {
            throw XLSXError(message: "gegevensvalidatie buiten het werkblad (rij \(firstRow + 1)–\(lastRow + 1))",
                            context: name)
        }
    }
}
