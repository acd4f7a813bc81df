/// The closing line of a report run.
public enum ReportSummary {
    public static func text(_ outcome: ReportOutcome) -> String {
        let warnings = outcome.diagnostics.warnings.count
        let dataset = outcome.dataset
        var text = "Klaar: \(outcome.files.count) bestanden in \(outcome.folder) "
        text += "(\(DutchNumber.integer(dataset.initiatives.count)) initiatieven, \(DutchNumber.integer(dataset.activities.count)) activiteiten"
        text += warnings == 0 ? ")." : "; \(DutchNumber.integer(warnings)) waarschuwingen, zie validatie.md)."
        if let changes = outcome.changeSummary { text += "\nWijzigingen: \(changes)." }
        if dataset.settings.isSampleData { text += "\nLet op: de invoer is voorbeelddata." }
        return text
    }
}
