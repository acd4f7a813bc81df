extension Messages {
    static let lockFileSkipped = "tijdelijk bestand van Excel of LibreOffice (\"~$\" of \".\" vooraan) wordt overgeslagen"
    static let spreadsheetNotRead = "spreadsheet wordt niet gelezen: sla het blad op als CSV (\"CSV UTF-8\") in deze map"
    static func yearMissing(_ year: Int, folder: String, available: [Int]) -> String {
        let list = available.isEmpty ? "geen" : available.map(String.init).joined(separator: ", ")
        return "map \(folder)/\(year) bestaat niet (beschikbare jaren: \(list))"
    }
    static func noYears(_ folder: String) -> String {
        "in \(folder) staat geen jaarmap (zoals \(folder)/2023); geef met --invoer de map met jaarmappen en taxonomie/"
    }
}
