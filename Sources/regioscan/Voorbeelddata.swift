import ArgumentParser
import Foundation
import RegioscanCore

struct Voorbeelddata: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "voorbeelddata",
        abstract: "Schrijft synthetische voorbeelddata voor de 12 provincies (of grote invoer voor benchmarks).",
        discussion: """
            Met de standaardwaarden ontstaat precies de meegeleverde map Input/2023/: 220 initiatieven en \
            582 activiteiten, met de landelijke aantallen van het rapport van 2023. Met --activiteiten ontstaat \
            geldige invoer van elke omvang.
            """,
        aliases: ["sample"]
    )

    @Option(name: .customLong("zaad"), help: "Startwaarde van de toevalsgenerator (zelfde zaad, zelfde bestanden).")
    var seed: UInt64 = SampleGenerator.defaultSeed

    @Option(name: .customLong("activiteiten"), help: "Aantal activiteiten.")
    var activities: Int = SampleGenerator.defaultActivityCount

    @Option(name: .customLong("jaar"),
            help: "Scanjaar: 2023, of een later jaar dat van 2023 wordt afgeleid (gestopte, nieuwe en hernoemde initiatieven).")
    var year = 2023

    @Option(name: .customLong("uitvoer"), help: "Map waarin de CSV-bestanden en instellingen.yaml komen (standaard Input/<jaar>).")
    var explicitOutput: String?

    var output: String { explicitOutput ?? "Input/\(year)" }

    @Option(name: .customLong("taxonomie"),
            help: "Taxonomie die naast de uitvoermap wordt gezet als daar nog geen taxonomie/ staat.")
    var taxonomy = "Input/taxonomie"

    /// A generated year folder is only valid input with a taxonomy beside it; put one there when it is missing.
    private func copyTaxonomyIfMissing() {
        let parent = (output as NSString).deletingLastPathComponent
        let destination = ((parent.isEmpty ? "." : parent) as NSString).appendingPathComponent(InputFolder.taxonomyFolderName)
        let manager = FileManager.default
        guard !manager.fileExists(atPath: destination), manager.fileExists(atPath: taxonomy) else { return }
        do {
            try manager.copyItem(atPath: taxonomy, toPath: destination)
            print("Taxonomie gekopieerd naar \(destination).")
        } catch {
            print("Let op: zet een taxonomie in \(destination) (kopiëren lukte niet: \(error.localizedDescription)).")
        }
    }

    func validate() throws {
        guard activities >= 12 else { throw ValidationError("--activiteiten moet minstens 12 zijn (één per provincie)") }
        guard activities <= 10_000_000 else { throw ValidationError("--activiteiten mag hoogstens 10.000.000 zijn") }
        guard year >= 2023, ScanYear.contains(year) else {
            throw ValidationError("--jaar: voorbeelddata is er voor 2023 en voor latere jaren (afgeleid van 2023)")
        }
    }

    func run() throws {
        let generator = SampleGenerator(seed: seed, activityCount: activities)
        do {
            if year > 2023 {
                let followUp = SampleFollowUpYear(year: year, seed: seed)
                let files = try followUp.write(to: output, base: generator.files(), taxonomyFolder: taxonomy)
                print("Voorbeelddata voor \(year) (afgeleid van 2023) geschreven naar \(output): \(files.count) bestanden, "
                      + "met een eigen taxonomie in \(output)/taxonomie.")
                copyTaxonomyIfMissing()
                return
            }
            let files = try generator.write(to: output)
            print("Voorbeelddata geschreven naar \(output): \(files.count) bestanden, \(DutchNumber.integer(activities)) activiteiten.")
            copyTaxonomyIfMissing()
        } catch let error as RegioscanError {
            throw ValidationError(error.description)
        }
    }
}
