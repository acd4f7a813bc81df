extension Messages {
    static let settingsFormat = "instellingen worden gelezen uit instellingen.yaml (YAML of JSON); dit formaat wordt niet ondersteund"
    static func settingsTwice(_ first: String) -> String {
        "er is al een instellingenbestand (\(first)); laat er één staan"
    }
    static func settingsPositive(_ key: String) -> String { "veld \"\(key)\" moet groter dan 0 zijn" }
    static func settingsUnknownProvince(_ name: String) -> String {
        "mkb_per_provincie: \"\(name)\" is geen provincie uit de taxonomie"
    }
    static func settingsProvinceTwice(_ name: String) -> String {
        "mkb_per_provincie: \(name) staat er twee keer in"
    }
}
