import ArgumentParser
import Foundation
import RegioscanCore

@main
struct Regioscan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regioscan",
        abstract: "Maakt de landelijke synthese van de Regioscan Digitalisering MKB uit de scans van de provincies.",
        discussion: """
            De invoer staat in één map met per scanjaar een submap met CSV-bestanden (Input/2023/*.csv) \
            en de taxonomie (Input/taxonomie/). Zie README.md en docs/invoerformaat.md.
            """,
        version: "1.0.0",
        subcommands: [Valideer.self, Rapport.self, Vergelijk.self, Voorbeelddata.self, Sjablonen.self, Sjabloon.self]
    )

    /// ArgumentParser writes its own help and errors in English; we translate its fixed phrases.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = DutchHelp.translate(fullMessage(for: error))
            if !message.isEmpty {
                if code == .success {
                    print(message)
                } else {
                    FileHandle.standardError.write(Data((message + "\n").utf8))
                }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
