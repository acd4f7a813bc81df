extension Messages {
    static let percentagePoint = "procentpunt"
    static let noTables = "er staan geen figuurtabellen (tabellen/*.csv) in deze uitvoer"
    static let noActivityData = "data/activiteiten.csv ontbreekt (uitvoer van een oudere versie van Regioscan, of onvolledig): "
        + "alleen de cijfers zijn vergeleken, niet de activiteiten"
    static func tableUnreadable(_ path: String) -> String {
        "\(path) is geen tabel in het formaat provincie,reeks,categorie,waarde en is niet vergeleken"
    }
    static let firstRunLine = "eerste run: er was nog geen uitvoer om mee te vergelijken"
    static let noChangesLine = "geen wijzigingen in de cijfers"
    static let previousIncompleteLine = "de vorige uitvoer had geen leesbare tabellen (oudere versie of onvolledig), zie wijzigingen.md"
    static let previousProblemsSuffix = " (de vorige uitvoer was onvolledig, zie wijzigingen.md)"
    static func changesLine(values: Int, figures: Int) -> String {
        "\(DutchNumber.integer(values)) \(values == 1 ? "waarde" : "waarden") in \(DutchNumber.integer(figures)) "
            + "\(figures == 1 ? "figuur" : "figuren") gewijzigd, zie wijzigingen.md"
    }
    static func compareTargetMissing(_ value: String, input: String) -> String {
        "--vergelijk-met \(value): geen jaarmap \(input)/\(value) en geen uitvoermap met tabellen/; "
            + "geef een scanjaar uit de invoer (zoals 2023) of de map van een eerdere uitvoer (zoals Output/2023)"
    }
    static func compareSameYear(_ year: Int) -> String {
        "--vergelijk-met \(year) is het jaar van dit rapport zelf; kies een eerder jaar"
    }
    static func outputFolderMissing(_ folder: String) -> String {
        "\(folder) bestaat niet of is geen map met uitvoer van Regioscan"
    }
    // Rename list (hernoemingen.yaml)
    static let renameListShape = "verwacht per regel een oud initiatief_id met het nieuwe erachter (UT-014: UT-101), "
        + "of ~ als het oude initiatief niet is hernoemd"
    static func renameUnknownNew(_ id: String) -> String {
        "nieuw initiatief_id \"\(clip(id))\" komt in de invoer van dit jaar niet voor"
    }
    static func renameTwice(_ id: String, _ first: String) -> String {
        "nieuw initiatief_id \"\(clip(id))\" staat ook al bij \"\(clip(first))\": twee oude initiatieven kunnen niet "
            + "allebei dit initiatief zijn geworden"
    }
    static func renameOldStillPresent(_ id: String) -> String {
        "oud initiatief_id \"\(clip(id))\" komt dit jaar nog steeds voor: is het wel hernoemd?"
    }
    static func renameToItself(_ id: String) -> String {
        "\"\(clip(id))\" is hernoemd naar zichzelf; deze regel heeft geen effect"
    }
}
