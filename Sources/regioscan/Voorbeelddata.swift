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

    @Option(name: .customLong("uitvoer"), help: "Map waarin de CSV-bestanden en instellingen.yaml komen.")
    var output = "Input/2023"

    func validate() throws {
        guard activities >= 12 else { throw ValidationError("--activiteiten moet minstens 12 zijn (één per provincie)") }
        guard activities <= 10_000_000 else { throw ValidationError("--activiteiten mag hoogstens 10.000.000 zijn") }
    }

    func run() throws {
        let generator = SampleGenerator(seed: seed, activityCount: activities)
        do {
            let files = try generator.write(to: output)
            print("Voorbeelddata geschreven naar \(output): \(files.count) bestanden, \(DutchNumber.integer(activities)) activiteiten.")
        } catch let error as RegioscanError {
            throw ValidationError(error.description)
        }
    }
}
