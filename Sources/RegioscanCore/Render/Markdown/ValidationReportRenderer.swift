/// `validatie.md`: every warning of the run, grouped by file, from `Templates/validatie.md.mustache`.
struct ValidationReportRenderer {
    let templates: ReportTemplates

    func context(_ dataset: Dataset, files: [String], omitted: [FigureID] = []) -> [String: Any] {
        let warnings = dataset.warnings
        let grouped = Dictionary(grouping: warnings, by: \.location.file)
        let order = files + grouped.keys.filter { !files.contains($0) }.sorted()
        let perFile = order.compactMap { file -> [String: Any]? in
            guard let items = grouped[file] else { return nil }
            return ["bestand": file, "aantal": DutchNumber.integer(items.count),
                    "meldingen": items.map { ["tekst": $0.descriptionWithinFile, "soort": $0.kind.dutchName] }]
        }
        var kinds: [String: Int] = [:]
        for warning in warnings { kinds[warning.kind.dutchName, default: 0] += 1 }
        let perKind = DiagnosticKind.allCases.compactMap { kind -> [String: Any]? in
            kinds[kind.dutchName].map { ["soort": kind.dutchName, "aantal": DutchNumber.integer($0)] }
        }
        return [
            "jaar": dataset.settings.yearLine, "titel": dataset.settings.title, "voorbeelddata": dataset.settings.isSampleData,
            "aantal_waarschuwingen": DutchNumber.integer(warnings.count), "aantal_bestanden": DutchNumber.integer(files.count),
            "geen_waarschuwingen": warnings.isEmpty, "per_soort": perKind, "bestanden": perFile,
            "weggelaten_figuren": omitted.isEmpty ? false : DutchList.join(omitted.compactMap(\.number).map(String.init)),
            "klassenbestand": "\(dataset.taxonomy.archetypes.id.rawValue).yaml",
        ]
    }

    func render(_ dataset: Dataset, files: [String], omitted: [FigureID] = []) -> String {
        templates.validation.render(context(dataset, files: files, omitted: omitted))
    }
}
