import ArgumentParser
import Foundation
import RegioscanCore

struct Valideer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "valideer",
        abstract: "Controleert de invoer van een scanjaar en meldt alle fouten en waarschuwingen.",
        discussion: """
            Leest alle CSV-bestanden in <invoer>/<jaar>/ met de taxonomie uit <invoer>/taxonomie/. \
            Elke melding noemt bestand, regel en kolom. De afsluitcode is 0 bij geldige invoer \
            (ook met waarschuwingen) en 1 bij fouten.
            """,
        aliases: ["validate"]
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        let result = try input.load()
        Console.printDiagnostics(result.diagnostics)
        print(ValidationSummary.text(result))
        if result.diagnostics.hasErrors { throw ExitCode.failure }
    }
}
