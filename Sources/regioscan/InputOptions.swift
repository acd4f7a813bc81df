import ArgumentParser
import RegioscanCore

/// The options every command that reads input shares.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("invoer"), help: "Map met de jaarmappen en taxonomie/.")
    var input = "Input"

    @Option(name: .customLong("jaar"), help: "Scanjaar (standaard het nieuwste jaar in de invoermap).")
    var year: Int?

    @Flag(name: .customLong("strikt"), help: "Behandel waarschuwingen als fouten.")
    var strict = false

    func load() throws -> LoadResult {
        do {
            return try DatasetLoader.load(input: input, year: year, strict: strict)
        } catch let error as RegioscanError {
            throw ValidationError(error.description)
        }
    }
}
