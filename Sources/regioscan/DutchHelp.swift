import Foundation

/// Dutch for the fixed English phrases of ArgumentParser's help and error texts.
enum DutchHelp {
    static let phrases: [(String, String)] = [
        ("OVERVIEW:", "OVERZICHT:"),
        ("USAGE:", "GEBRUIK:"),
        ("ARGUMENTS:", "ARGUMENTEN:"),
        ("OPTIONS:", "OPTIES:"),
        ("SUBCOMMANDS:", "SUBCOMMANDO'S:"),
        ("Show help information.", "Toon deze hulptekst."),
        ("Show the version.", "Toon de versie."),
        ("See 'regioscan help <subcommand>' for detailed help.",
         "Zie 'regioscan help <subcommando>' voor uitgebreide hulp."),
        ("<subcommand>", "<subcommando>"),
        // Without the space: the help text may wrap right after the colon.
        ("(default:", "(standaard:"),
        ("Error: ", "Fout: "),
        ("Missing expected argument", "Verwacht argument ontbreekt"),
        ("Unknown option", "Onbekende optie"),
        ("Unexpected argument", "Onverwacht argument"),
        ("The value ", "De waarde "),
        (" is invalid for ", " is ongeldig voor "),
        ("Missing value for ", "Waarde ontbreekt voor "),
        ("Help:  ", "Hulp:  "),
        ("Usage: ", "Gebruik: "),
        ("Did you mean ", "Bedoelde u "),
        ("See '", "Zie '"),
        ("' for more information.", "' voor meer informatie."),
        ("for detailed help.", "voor uitgebreide hulp."),
    ]

    static func translate(_ text: String) -> String {
        phrases.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
