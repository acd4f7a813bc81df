import ArgumentParser
import Foundation
import RegioscanCore

struct Sjabloon: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sjabloon",
        abstract: "Schrijft het invulsjabloon (Excel) voor de scan, voor één provincie of neutraal.",
        discussion: """
            Het sjabloon heeft een blad Activiteiten met de kolommen van het invoerformaat, keuzelijsten uit de \
            taxonomie en uitleg bij elke kolom, een blad Toelichting en een blad Lijsten. Een ingevuld sjabloon \
            in Input/<jaar>/ wordt door valideer en rapport gelezen zoals het is. Met --provincie staat de \
            provincie al ingevuld op de eerste regels; een regel met verder niets telt als lege regel. De teksten \
            (uitleg per kolom, toelichting, voorbeeldregel) staan in sjabloon.yaml bij de sjablonen.
            """,
        aliases: ["template"]
    )

    @Option(name: .customLong("provincie"), help: "Provincie (naam of code); zonder deze optie een neutraal sjabloon.")
    var province: String?

    @Option(name: .customLong("uitvoer"), help: "Map waarin het sjabloon komt.")
    var output = "Sjablonen"

    @Option(name: .customLong("invoer"), help: "Invoermap met de taxonomie (taxonomie/).")
    var input = "Input"

    @Option(name: .customLong("sjablonen"), help: "Map met de sjablonen, voor sjabloon.yaml (standaard de meegeleverde).")
    var templates: String?

    func run() throws {
        var diagnostics = Diagnostics()
        let folder = InputFolder(root: input)
        guard let taxonomy = TaxonomyLoader.load(folder: folder.taxonomyFolder, diagnostics: &diagnostics) else {
            Console.printDiagnostics(diagnostics)
            throw ExitCode.failure
        }
        guard let templateFolder = templates ?? BundledTemplates.folder else {
            throw ValidationError(Messages.defaultTemplatesMissing)
        }
        let texts = ScanTemplateTexts.load(folder: templateFolder, diagnostics: &diagnostics)
        Console.printDiagnostics(diagnostics)
        guard let texts else { throw ExitCode.failure }
        var label: String?
        if let province {
            guard case .category(let index) = taxonomy.provinces.match(province) else {
                let known = taxonomy.provinceNames.joined(separator: ", ")
                throw ValidationError("onbekende provincie \"\(province)\"; kies uit \(known)")
            }
            label = taxonomy.provinces.categories[index].label
        }
        let template = ScanTemplate(taxonomy: taxonomy, texts: texts, province: label)
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let path = (output as NSString).appendingPathComponent(template.fileName)
        do {
            try template.write(to: path)
        } catch let error as XLSXError {
            throw ValidationError("sjabloon kan niet worden geschreven: \(error)")
        }
        print("Sjabloon geschreven: \(path)")
    }
}
