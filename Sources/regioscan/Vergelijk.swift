import ArgumentParser
import Foundation
import RegioscanCore

struct Vergelijk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vergelijk",
        abstract: "Vergelijkt twee uitvoermappen: welke cijfers, invoerregels en zinnen van het rapport veranderden.",
        discussion: """
            Leest tabellen/*.csv, data/activiteiten.csv en rapport.md van beide mappen en schrijft hetzelfde \
            overzicht als wijzigingen.md (naar de terminal, of met --naar naar een bestand). Uitvoer van een \
            oudere versie zonder data/activiteiten.csv wordt alleen op de cijfers vergeleken.
            """,
        aliases: ["compare"]
    )

    @Argument(help: "De oude uitvoermap (zoals Output/2023 van vóór een correctie).")
    var previous: String

    @Argument(help: "De nieuwe uitvoermap.")
    var current: String

    @Option(name: .customLong("naar"), help: "Schrijf het overzicht naar dit bestand in plaats van naar de terminal.")
    var destination: String?

    @Option(name: .customLong("sjablonen"), help: "Map met de sjablonen (standaard de meegeleverde; wijzigingen.md.mustache).")
    var templates: String?

    func run() throws {
        let loaded: ReportTemplates
        do {
            loaded = try ReportTemplates.load(folder: templates)
        } catch RegioscanError.invalidInput(let diagnostics) {
            Console.printDiagnostics(diagnostics)
            throw ExitCode.failure
        } catch let error as RegioscanError {
            throw ValidationError(error.description)
        }
        guard let old = OutputSnapshot.read(folder: previous) else {
            throw ValidationError("\(previous) bestaat niet of is geen map")
        }
        guard let new = OutputSnapshot.read(folder: current) else {
            throw ValidationError("\(current) bestaat niet of is geen map")
        }
        let changes = ChangeSet(previous: old, current: new)
        let text = ChangesReportRenderer(changes: changes, title: current, templates: loaded).render()
        if let destination {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: destination))
            } catch {
                throw ValidationError("\(destination) kan niet worden geschreven (\(error.localizedDescription))")
            }
            print("Wijzigingen: \(changes.summaryLine.replacingOccurrences(of: "wijzigingen.md", with: destination)).")
        } else {
            print(text, terminator: "")
        }
    }
}
