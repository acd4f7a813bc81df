/// The character encodings a delivery can arrive in.
public enum TextEncoding: String, Sendable {
    case utf8
    case utf8WithBOM
    case utf16
    case windows1252

    public var dutchName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8WithBOM: "UTF-8 met BOM"
        case .utf16: "UTF-16"
        case .windows1252: "Windows-1252"
        }
    }
}
