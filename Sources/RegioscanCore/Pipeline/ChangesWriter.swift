import Foundation

/// Writes `wijzigingen.md` into the staging folder, comparing it with the output it is about to replace.
enum ChangesWriter {
    static let fileName = "wijzigingen.md"

    /// Returns the one-line summary for the console.
    static func write(previous destination: String, staging: String, title: String, templates: ReportTemplates) throws -> String {
        // Both outputs are read side by side; a first run compares nothing, so the new output is not read back.
        let hasPrevious = FileManager.default.fileExists(atPath: destination)
        // Both folders stay as they are until the comparison is done: the activity data is read in place.
        let reading = BackgroundJob { hasPrevious ? OutputSnapshot.read(folder: staging, activitiesInPlace: true) : nil }
        var previous = hasPrevious ? OutputSnapshot.read(folder: destination, activitiesInPlace: true) : nil
        previous?.name = destination
        let current = try reading.result()
        let changes = ChangeSet(previous: previous, current: current ?? OutputSnapshot(name: staging, files: [:]))
        let text = ChangesReportRenderer(changes: changes, title: title, templates: templates).render()
        try TextFileWriter.write(text, to: (staging as NSString).appendingPathComponent(fileName))
        return changes.summaryLine
    }
}
