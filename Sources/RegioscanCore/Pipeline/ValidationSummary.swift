/// The short Dutch summary that `regioscan valideer` prints after the diagnostics.
public enum ValidationSummary {
    public static func text(_ result: LoadResult) -> String {
        var lines: [String] = []
        let files = result.files.count
        lines.append("Regioscan \(result.year): \(files) \(files == 1 ? "bestand" : "bestanden") gelezen.")
        if let dataset = result.dataset {
            let key = FigureSet.keyFigures(of: dataset)
            func value(_ name: String) -> Int64 { key.value(category: name)?.count ?? 0 }
            let provinces = Set(dataset.activities.map(\.province)).count
            lines.append("  Provincies:     \(provinces) van \(dataset.taxonomy.provinces.categories.count)")
            lines.append("  Initiatieven:   \(DutchNumber.integer(value("initiatieven")))")
            lines.append("  Activiteiten:   \(DutchNumber.integer(value("activiteiten"))) "
                         + "(\(value("activiteiten_per_initiatief_min")) tot \(value("activiteiten_per_initiatief_max")) per initiatief)")
            lines.append("  Bereik:         \(DutchNumber.integer(value("bereik_totaal"))) "
                         + "(bekend bij \(DutchNumber.integer(value("activiteiten_met_bereik"))) activiteiten)")
            lines.append("  Aanbieders:     \(DutchNumber.integer(value("aanbieders")))")
            if dataset.settings.isSampleData { lines.append("  Let op: dit is voorbeelddata (zie instellingen).") }
        }
        lines.append(countLine("Waarschuwingen", result.diagnostics, .warning))
        lines.append(countLine("Fouten", result.diagnostics, .error))
        return lines.joined(separator: "\n")
    }

    static func countLine(_ title: String, _ diagnostics: Diagnostics, _ severity: Severity) -> String {
        let counts = diagnostics.countByKind(severity)
        let total = counts.reduce(0) { $0 + $1.count }
        guard total > 0 else { return "  \(title): geen" }
        let parts = counts.map { "\($0.kind.dutchName): \(DutchNumber.integer($0.count))" }
        return "  \(title): \(DutchNumber.integer(total)) (\(parts.joined(separator: ", ")))"
    }
}
