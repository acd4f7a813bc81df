extension Messages {
    static let lockFileSkipped = "tijdelijk bestand van Excel of LibreOffice (\"~$\" of \".\" vooraan) wordt overgeslagen"
    static func yearMissing(_ year: Int, folder: String, available: [Int]) -> String {
        let list = available.isEmpty ? "geen" : available.map(String.init).joined(separator: ", ")
        return "map \(folder)/\(year) bestaat niet (beschikbare jaren: \(list))"
    }
    static func noYears(_ folder: String) -> String {
        "in \(folder) staat geen jaarmap (zoals \(folder)/2023); geef met --invoer de map met jaarmappen en taxonomie/"
    }
    static func yearOutOfRange(_ year: Int) -> String {
        "jaar \(year) kan geen scanjaar zijn: kies een jaar van \(ScanYear.range.lowerBound) tot en met "
            + "\(ScanYear.range.upperBound), bijvoorbeeld --jaar 2023"
    }
    static func yearFoldersOutOfRange(_ folders: [String]) -> String {
        let list = folders.joined(separator: ", ")
        return "\(list): een jaarmap heet naar een scanjaar van \(ScanYear.range.lowerBound) tot en met "
            + "\(ScanYear.range.upperBound) (zoals 2023); hernoem de map"
    }
    static func sourceDateEpochInvalid(_ value: String) -> String {
        "SOURCE_DATE_EPOCH=\"\(clip(value))\" is geen geldig tijdstip: verwacht een geheel aantal seconden sinds "
            + "1970 (0 tot en met \(SourceDateEpoch.latest), het einde van het jaar 9999)"
    }
}
