import Foundation

/// Writes `wijzigingen.md` into the staging folder, comparing it with the output it is about to replace.
enum ChangesWriter {
    static let fileName = "wijzigingen.md"

    /// Returns the one-line summary for the console.
    static func write(previous destination: String, staging: String, title: String, templates: ReportTemplates) throws -> String {
        var previous = OutputSnapshot.read(folder: destination)
        previous?.name = destination
        // A first run compares nothing, so the new output is not read back.
        let current = previous == nil ? nil : OutputSnapshot.read(folder: staging)
        let changes = ChangeSet(previous: previous, current: current ?? OutputSnapshot(name: staging, files: [:]))
        let text = ChangesReportRenderer(changes: changes, title: title, templates: templates).render()
        try Data(text.utf8).write(to: URL(fileURLWithPath: (staging as NSString).appendingPathComponent(fileName)))
        return changes.summaryLine
    }
}
