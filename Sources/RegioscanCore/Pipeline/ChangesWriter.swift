import Foundation

/// Writes `wijzigingen.md` into the staging folder, comparing it with the output it is about to replace.
enum ChangesWriter {
    static let fileName = "wijzigingen.md"

    /// Returns the one-line summary for the console.
    static func write(previous destination: String, staging: String, title: String, templates: ReportTemplates) throws -> String {
        let current = OutputSnapshot.read(folder: staging) ?? OutputSnapshot(name: staging, files: [:])
        var previous = OutputSnapshot.read(folder: destination)
        previous?.name = destination
        let changes = ChangeSet(previous: previous, current: current)
        let text = ChangesReportRenderer(changes: changes, title: title, templates: templates).render()
        try Data(text.utf8).write(to: URL(fileURLWithPath: (staging as NSString).appendingPathComponent(fileName)))
        return changes.summaryLine
    }
}
