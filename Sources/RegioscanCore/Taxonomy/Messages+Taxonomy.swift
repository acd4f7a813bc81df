extension Messages {
    static let yamlMissing = "bestand ontbreekt"
    static let yamlNotUTF8 = "bestand is geen geldige UTF-8-tekst"
    static let yamlEmpty = "bestand is leeg"
    static let yamlExpectedMapping = "hier worden velden verwacht (naam: waarde)"

    static func yamlSyntax(_ problem: String) -> String { "ongeldige YAML: \(problem)" }
    static func yamlMissingField(_ key: String) -> String { "veld \"\(key)\" ontbreekt" }
    static func yamlExpectedText(_ key: String) -> String { "veld \"\(key)\": hier wordt een tekst verwacht" }
    static func yamlExpectedList(_ key: String) -> String { "veld \"\(key)\": hier wordt een lijst verwacht" }
    static func yamlExpectedBoolean(_ key: String, _ value: String) -> String {
        "veld \"\(key)\": \"\(value)\" is geen ja/nee-waarde"
    }
    static func yamlExpectedNumber(_ key: String, _ value: String) -> String {
        "veld \"\(key)\": \"\(value)\" is geen geheel getal van 0 of meer"
    }
    static func yamlUnknownKey(_ key: String, allowed: Set<String>) -> String {
        let hint = Suggestion.nearest(to: key, among: allowed.sorted().map { ($0.matchKey, $0) })
        return "onbekend veld \"\(key)\" wordt genegeerd" + (hint.map { " — bedoelde u \"\($0)\"?" } ?? "")
    }
    static func duplicateTaxonomyKey(_ value: String, first: String, second: String) -> String {
        "\"\(value)\" hoort bij twee categorieën (\"\(first)\" en \"\(second)\"); een waarde mag maar één betekenis hebben"
    }
    static func unknownGroup(_ group: String) -> String { "groep \"\(group)\" staat niet bij \"groepen\"" }
    static func unknownClass(_ key: String, _ value: String, classes: [String]) -> String {
        "veld \"\(key)\": \"\(value)\" is geen klasse (\(classes.joined(separator: ", ")))"
    }
    static func noCategories(_ key: String) -> String { "de lijst \"\(key)\" is leeg" }
}

extension Messages {
    static func unknownSide(_ side: String) -> String { "kant \"\(side)\" staat niet bij \"kanten\"" }
    static func unknownList(_ list: String) -> String {
        "lijst \"\(list)\" bestaat niet; gebruik de naam van een bestand in deze map zonder .yaml (zoals sector of knelpunt)"
    }
}
