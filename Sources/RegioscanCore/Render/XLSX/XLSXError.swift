import CXlsxWriter

/// A libxlsxwriter error, or a value we refused before it reached the library.
public struct XLSXError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var context: String

    init(_ code: lxw_error, _ context: String) {
        message = String(cString: lxw_strerror(code))
        self.context = context
    }

    init(message: String, context: String) {
        self.message = message
        self.context = context
    }

    public var description: String { "\(context): \(message)" }

    /// Turns a libxlsxwriter result into a thrown error.
    static func check(_ code: lxw_error, _ context: @autoclosure () -> String) throws {
        guard code != LXW_NO_ERROR else { return }
        throw XLSXError(code, context())
    }
}
