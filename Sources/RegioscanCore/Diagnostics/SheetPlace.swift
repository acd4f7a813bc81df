/// Where in a workbook a row was read: the sheet, and the column letter of each column name, so that a message
/// can name the cell (`blad Activiteiten, cel E14`) as a user looks for it in Excel.
public struct SheetPlace: Sendable, Hashable {
    public var sheet: String
    /// Column letters by contract column name and by header text (`type_activiteit` → `E`).
    public var letters: [String: String]

    public init(sheet: String, letters: [String: String] = [:]) {
        self.sheet = sheet
        self.letters = letters
    }

    /// `blad Activiteiten, cel E14`; without a known column `blad Activiteiten, rij 14`.
    func describe(row: Int?, column: String?) -> String {
        var text = "blad \(sheet)"
        guard let row else { return text }
        if let column, let letter = letters[column] {
            text += ", cel \(letter)\(row)"
        } else {
            text += ", rij \(row)"
        }
        return text
    }
}
