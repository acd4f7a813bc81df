import ArgumentParser
import Foundation
import RegioscanCore

struct Rapport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapport",
        abstract: "Maakt de landelijke synthese: rapport (Markdown en HTML), figuren, tabellen, werkboeken en validatieverslag.",
        discussion: """
            Schrijft <uitvoer>/<jaar>/ opnieuw: rapport.md, rapport.html, figuren/figuur-NN.svg, \
            tabellen/figuur-NN.csv, tabellen/kerncijfers.csv, validatie.md, wijzigingen.md (wat er veranderde \
            ten opzichte van de vorige uitvoer), data/ en werkboeken/ (Nederland.xlsx en een werkboek per \
            provincie). Bij fouten in de invoer wordt niets geschreven en blijft de \
            vorige uitvoer staan.
            """,
        aliases: ["report"]
    )

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("uitvoer"), help: "Map waarin de map van het jaar komt.")
    var output = "Output"

    @Option(name: .customLong("sjablonen"), help: "Map met eigen tekstsjablonen (standaard de meegeleverde; maak een kopie met `regioscan sjablonen`).")
    var templates: String?

    @Option(name: .customLong("vergelijk-met"),
            help: "Voeg het hoofdstuk \"Ontwikkeling sinds …\" toe: een eerder scanjaar in de invoer (2023) of een eerdere uitvoermap.")
    var compareWith: String?

    @Flag(name: .customLong("stil"), help: "Geen voortgangsregels.")
    var quiet = false

    @Flag(name: .customLong("pdf"), help: "Schrijft ook rapport.pdf (A4), met Chromium (apt-get install chromium).")
    var pdf = false

    func run() throws {
        do {
            // Reproducible builds set SOURCE_DATE_EPOCH; it fixes the creation time inside the workbooks.
            let epoch = try SourceDateEpoch.creationTime(ProcessInfo.processInfo.environment[SourceDateEpoch.variable])
            let options = ReportOptions(input: input.input, output: output, year: input.year, strict: input.strict,
                                        templates: templates, creationTime: epoch, compareWith: compareWith)
            let outcome = try ReportPipeline.run(options) { line in
                if !quiet { Console.writeError(line + "\n") }
            }
            Console.printDiagnostics(outcome.diagnostics, warningLimit: 50)
            print(ReportSummary.text(outcome))
            // The PDF is a convenience: without Chromium the run still succeeds.
            if pdf { Console.writeError(PDFPrinter.message(PDFPrinter().print(folder: outcome.folder)) + "\n") }
        } catch RegioscanError.invalidInput(let diagnostics) {
            Console.printDiagnostics(diagnostics)
            Console.writeError("Er is niets geschreven: herstel eerst de fouten hierboven.\n")
            throw ExitCode.failure
        } catch let error as RegioscanError {
            throw ValidationError(error.description)
        }
    }
}
