import ArgumentParser
import Foundation
import RegioscanCore

struct Sjablonen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sjablonen",
        abstract: "Schrijft bewerkbare kopieën van de meegeleverde sjablonen, als begin voor eigen teksten.",
        discussion: """
            De sjablonen (rapport.md.mustache, figuren.yaml, werkboek.yaml, sjabloon.yaml, …) zitten in het programma. \
            Deze opdracht zet een kopie in de gegeven map; pas die aan en gebruik hem met \
            'regioscan rapport --sjablonen <map>' (sjabloon.yaml met 'regioscan sjabloon --sjablonen <map>'). \
            Bestaande bestanden worden nooit overschreven.
            """,
        aliases: ["templates"]
    )

    @Option(name: .customLong("uitvoer"), help: "Map waarin de kopieën komen.")
    var output: String

    func run() throws {
        do {
            let files = try BundledTemplates.copy(to: output)
            print("Sjablonen geschreven naar \(output): \(files.count) bestanden. "
                + "Gebruik ze met: regioscan rapport --sjablonen \(output)")
        } catch let error as RegioscanError {
            Console.writeError("Fout: \(error.description)\n")
            throw ExitCode.failure
        }
    }
}
