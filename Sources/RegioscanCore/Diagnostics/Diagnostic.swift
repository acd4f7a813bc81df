/// One problem found in the input, with its place and a Dutch message.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public var severity: Severity
    public var kind: DiagnosticKind
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ kind: DiagnosticKind, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.kind = kind
        self.location = location
        self.message = message
    }

    /// `Input/2023/utrecht.csv:14: kolom type_activiteit: onbekende waarde …`; in a workbook
    /// `Input/2023/utrecht.xlsx: blad Activiteiten, cel E14: kolom type_activiteit: onbekende waarde …`.
    public var description: String {
        var text = location.reference + ": "
        if let column = location.column { text += "kolom \(column): " }
        return text + message
    }

    /// The message without the file name, for reports that group by file.
    public var descriptionWithinFile: String {
        var text = location.placeWithinFile.map { $0 + ": " } ?? ""
        if let column = location.column { text += "kolom \(column): " }
        return text + message
    }
}
