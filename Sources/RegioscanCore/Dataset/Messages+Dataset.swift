extension Messages {
    static let settingsFormat = "instellingen worden gelezen uit instellingen.yaml (YAML of JSON); dit formaat wordt niet ondersteund"
    static func settingsTwice(_ first: String) -> String {
        "er is al een instellingenbestand (\(first)); laat er één staan"
    }
    static func settingsPositive(_ key: String) -> String { "veld \"\(key)\" moet groter dan 0 zijn" }
}
