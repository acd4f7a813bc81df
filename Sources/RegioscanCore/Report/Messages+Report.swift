extension Messages {
    static func unknownNote(_ key: String) -> String { "noot \"\(key)\" staat niet onder \"noten\"" }
    static func templateMissing(_ name: String) -> String { "sjabloon \(name) ontbreekt" }
    static func templateSyntax(_ problem: String) -> String { "sjabloon kan niet worden gelezen: \(problem)" }
    static func unknownMarker(_ marker: String) -> String {
        "onbekende plaatsaanduiding \(marker); gebruik [[figuur NN]], [[kerncijfers]] of [[kerncijfers-per-provincie]]"
    }
    static func unknownTemplateName(_ name: String) -> String {
        "sjabloon gebruikt \"\(name)\", maar die waarde bestaat niet (tikfout?)"
    }
}
