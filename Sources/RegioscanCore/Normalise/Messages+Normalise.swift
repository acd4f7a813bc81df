extension Messages {
    /// `first` and `second` are column numbers in a text file, column letters in a workbook.
    static func duplicateHeader(_ name: String, first: String, second: String) -> String {
        "kolomnaam \"\(name)\" staat twee keer in de kopregel (kolom \(first) en \(second))"
    }
    static func duplicateColumn(_ column: Column, first: String, second: String) -> String {
        "\"\(first)\" en \"\(second)\" zijn allebei de kolom \(column.rawValue); laat er één staan"
    }
    static func missingColumn(_ column: Column, closest: String?) -> String {
        var text = "verplichte kolom \"\(column.rawValue)\" ontbreekt in de kopregel"
        if column == .province { text += " (en de bestandsnaam is geen provincie)" }
        if let closest { text += "; dichtstbijzijnde kolomnaam in het bestand: \"\(closest)\"" }
        return text
    }
    static func unknownColumns(_ names: [String]) -> String {
        let shown = names.prefix(10).map { "\"\(Messages.clip($0))\"" }.joined(separator: ", ")
        let more = names.count > 10 ? " en \(DutchNumber.integer(names.count - 10)) andere" : ""
        return names.count == 1
            ? "onbekende kolom \(shown) wordt genegeerd"
            : "onbekende kolommen \(shown)\(more) worden genegeerd"
    }
    /// `positions` are column numbers in a text file (`nummer 3, 5`), column letters in a workbook (`kolom C, E`).
    static func unnamedColumns(_ positions: [String], letters: Bool = false) -> String {
        let shown = positions.prefix(10).joined(separator: ", ")
        let more = positions.count > 10 ? " en \(DutchNumber.integer(positions.count - 10)) andere" : ""
        return "kolommen zonder naam (\(letters ? "kolom" : "nummer") \(shown)\(more)) worden genegeerd"
    }
    static func cellTooLong(_ length: Int) -> String {
        "cel is \(DutchNumber.integer(length)) tekens lang; de grens is 32.767 (zoals in Excel)"
    }
    static let requiredValue = "verplichte waarde ontbreekt"
    static func unknownValue(_ value: String, suggestion: String?) -> String {
        "onbekende waarde \"\(clip(value))\"" + (suggestion.map { " — bedoelde u \"\($0)\"?" } ?? "")
    }
    static func singleValueExpected(_ count: Int) -> String {
        "één waarde verwacht, maar de cel bevat er \(count)"
    }
    static func provinceMismatch(_ column: String, fileName: String) -> String {
        "provincie \"\(column)\" wijkt af van de bestandsnaam (\(fileName))"
    }
    static let provinceMissing = "provincie ontbreekt en de bestandsnaam is geen provincie"
    static func booleanInvalid(_ value: String) -> String {
        "\"\(clip(value))\" is geen ja/nee-waarde (gebruik ja/nee, j/n, x/leeg, 1/0, true/false of yes/no)"
    }
    static func reachApproximate(_ value: String, _ number: Int64) -> String {
        "bereik \"\(value)\" is een schatting en telt als \(number)"
    }
    static func reachInvalid(_ value: String, _ problem: ReachValue) -> String {
        if problem == .tooLarge {
            return "bereik \"\(clip(value))\" is groter dan \(DutchNumber.integer(ReachParser.maximum)), de bovengrens "
                + "voor één activiteit; controleer het getal of laat de cel leeg als het bereik onbekend is"
        }
        let reason = switch problem {
        case .negative: "een negatief getal"
        case .fractional: "geen geheel getal"
        default: "geen getal"
        }
        return "bereik \"\(clip(value))\" is \(reason); verwacht een geheel getal van 0 of meer, of leeg/onbekend"
    }
    static func newLabel(_ label: String, count: Int) -> String {
        let times = count == 1 ? "1 keer" : "\(count) keer"
        return "nieuw label \"\(clip(label))\" (\(times)) staat niet in de aliaslijst; het telt als eigen categorie"
    }
    /// `province` is given for a column that is compared per province (`good_practice`).
    static func conflict(_ value: String, earlier: String, at location: SourceLocation, id: String,
                         province: String? = nil) -> String {
        let scope = province.map { " en zelfde provincie \($0)" } ?? ""
        return "\"\(clip(value))\" wijkt af van \"\(clip(earlier))\" op \(location.reference) (zelfde initiatief_id \(id)\(scope))"
    }
    static func initiativeNameMissing(_ id: String) -> String {
        "initiatief \(id) heeft geen naam: vul de kolom initiatief in op (minstens) de eerste rij van het initiatief"
    }
    static func initiativeNameBorrowed(_ id: String, from location: SourceLocation) -> String {
        "initiatief \(id) heeft in dit bestand geen naam; de naam is overgenomen uit \(location.reference)"
    }
    static func duplicateActivity(_ name: String, id: String, first: SourceLocation, sameFile: Bool) -> String {
        let place = sameFile ? first.placeWithinFile ?? first.file : first.reference
        return "activiteit \"\(clip(name))\" van initiatief \(id) staat dubbel (eerder op \(place))"
    }
    static func severalGoodPractices(_ province: String, _ names: [String]) -> String {
        // Ten names at most: a delivery that marks every initiative must not make a message of thousands of names.
        let more = names.count > 10 ? " en \(DutchNumber.integer(names.count - 10)) andere" : ""
        return "\(province) heeft \(DutchNumber.integer(names.count)) good practices (\(names.prefix(10).map { "\"\(clip($0))\"" }.joined(separator: ", "))\(more)); er wordt er één per provincie verwacht"
    }
    static let noActivities = "geen enkele activiteit gevonden voor dit jaar"
    static func noCSVFiles(_ folder: String) -> String { "geen CSV-bestanden of Excel-werkboeken (.xlsx) in \(folder)" }

    /// Long input in a message is cut, so that a 10 MB cell does not become a 10 MB message.
    static func clip(_ text: String, limit: Int = 80) -> String {
        let head = String(text.prefix(limit + 1)).replacingOccurrences(of: "\n", with: " ")
        return head.count <= limit ? head : String(head.prefix(limit)) + "…"
    }
}
