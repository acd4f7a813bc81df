/// The Dutch texts of the scan template: help per column (Excel shows at most 255 characters) and the
/// instructions on the sheet `Toelichting`. They follow docs/invoerformaat.md.
enum ScanTemplateTexts {
    static let multipleValues = "Meerdere waarden: typ ze gescheiden door ; (bijvoorbeeld Industrie; Handel)."

    static func help(_ column: Column, province: String?) -> String {
        switch column {
        case .province:
            if let province { return "De provincie: \(province). Mag leeg blijven zolang het bestand \(province).xlsx heet." }
            return "De provincie: kies uit de lijst. Mag leeg blijven als de bestandsnaam de provincie is (utrecht.xlsx)."
        case .initiativeID: return "Nummer van het initiatief, landelijk uniek, bijvoorbeeld UT-014. Zelfde nummer op elke regel van het initiatief."
        case .initiative: return "Naam van het initiatief. Alleen nodig op de eerste regel van het initiatief."
        case .activity: return "Naam van de activiteit. Eén regel per activiteit; binnen een initiatief geen naam twee keer."
        case .archetype: return "Eén type activiteit uit de lijst (of het nummer 1–12). De uitleg per type staat op het blad Toelichting."
        case .sector: return "SBI-sector uit de lijst (letter, naam of beide). Leeg = niet sector-specifiek. " + multipleValues
        case .size: return "Bedrijfsomvang: micro (1–10), klein (10–50), middelgroot (50–250). " + multipleValues
        case .phase: return "Fase van de ondernemingen: starter, scale-up of overig. " + multipleValues
        case .geography: return "Vrije tekst: het gebied waarop de activiteit zich richt."
        case .maturity: return "Digitale maturiteit van de doelgroep: laag, middel of hoog. " + multipleValues
        case .digitalForm: return "Vorm van digitalisering uit de lijst. " + multipleValues
        case .technology: return "Digitale technologie; de lijst geeft bekende namen, een nieuwe naam mag ook. " + multipleValues
        case .application: return "Toepassing; de lijst geeft bekende namen, een nieuwe naam mag ook. " + multipleValues
        case .goal: return "Doel van de inzet; de lijst geeft bekende namen, een nieuwe naam mag ook. " + multipleValues
        case .bottleneck: return "Knelpunt uit de lijst (code K0–K10 mag ook). " + multipleValues
        case .marketFailure: return "Marktfalen uit de lijst (nummer 1–7 mag ook). " + multipleValues
        case .initiator: return "Wie het initiatief nam. Alleen nodig op de eerste regel van het initiatief. " + multipleValues
        case .financier: return "Wie het betaalt. Alleen nodig op de eerste regel van het initiatief. " + multipleValues
        case .executor: return "Wie het uitvoert. Alleen nodig op de eerste regel van het initiatief. " + multipleValues
        case .reach: return "Hoe vaak mkb'ers bereikt zijn: een geheel getal (0 tot 10.000.000). Onbekend? Laat leeg of kies onbekend. Niet 0 invullen als het onbekend is."
        case .goodPractice: return "ja als dit initiatief de good practice van de provincie is (één per provincie), anders leeg of nee."
        case .note: return "Vrije tekst. Bij een good practice de hoogtepunten, gescheiden door ; of elk op een eigen regel (Alt+Enter)."
        case .website: return "Webadres van het initiatief."
        case .contactPerson: return "Naam van de contactpersoon. Persoonsgegevens komen alleen in het werkboek van de eigen provincie."
        case .email: return "E-mailadres van de contactpersoon. Persoonsgegevens komen alleen in het werkboek van de eigen provincie."
        }
    }

    static func listError(_ column: Column) -> String {
        column.isMultiValued
            ? "Deze waarde staat niet in de lijst. Meerdere waarden scheidt u met ; — klik OK om de waarde te houden."
            : "Kies een waarde uit de lijst (pijltje rechts van de cel)."
    }

    static let reachError = "Vul een geheel getal in (0 tot 10.000.000) of kies onbekend. Een schatting als ca. 4000 mag, met een waarschuwing."

    static func instructions(province: String?) -> [String] {
        let file = province.map { "\($0).xlsx" } ?? "<provincie>.xlsx"
        return [
            "Zo vult u de Regioscan in",
            "1. Vul het blad Activiteiten in: één regel per activiteit. Een initiatief met drie activiteiten krijgt drie regels met hetzelfde initiatief_id.",
            "2. De naam van het initiatief, de initiatiefnemer, financier, uitvoerder, good_practice en website hoeven alleen op de eerste regel van het initiatief. Samengevoegde cellen mogen ook: de waarde geldt dan voor alle regels die de cel beslaat.",
            "3. Kolommen met een lijst: klik op de cel en kies met het pijltje. Meerdere waarden typt u zelf, gescheiden door een puntkomma: Industrie; Handel. Excel meldt dan dat de waarde niet in de lijst staat: klik OK.",
            "4. Bij technologie, toepassing, doel en de aanbieders mag ook een naam die niet in de lijst staat.",
            "5. Bereik is een geheel getal. Onbekend? Laat de cel leeg of kies onbekend; vul geen 0 in.",
            "6. Laat de kolomkoppen en de bladnamen staan. Sla het bestand op als Excel-werkmap (.xlsx) met de naam \(file) en zet het in de map van het scanjaar (Input/<jaar>/).",
            "7. Controleer het bestand met: regioscan valideer. Elke melding noemt het blad en de cel, bijvoorbeeld: blad Activiteiten, cel E14.",
            "De lijsten staan op het blad Lijsten. Hieronder een voorbeeldregel en de uitleg per type activiteit.",
        ]
    }

    /// One filled-in example row, in the template's column order.
    static func exampleRow(province: String?) -> [Column: String] {
        [.province: province ?? "Utrecht", .initiativeID: "UT-014", .initiative: "Digitale Werkplaats Utrecht",
         .activity: "Workshop data delen", .archetype: "Workshops & kennisevents", .sector: "Industrie; Handel",
         .size: "micro; klein", .phase: "overig", .geography: "Regio Utrecht", .maturity: "laag",
         .digitalForm: "Data", .technology: "Data analytics", .application: "Smart Industry", .goal: "Productiviteit",
         .bottleneck: "K1", .marketFailure: "Informatiegebreken", .initiator: "Provincie Utrecht",
         .financier: "Provincie Utrecht", .executor: "Hogeschool Utrecht", .reach: "120", .goodPractice: "nee",
         .note: "Drie bijeenkomsten in 2023", .website: "https://example.org"]
    }
}
