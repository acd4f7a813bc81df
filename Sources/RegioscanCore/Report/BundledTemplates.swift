import Foundation

/// The default templates, shipped with the program as package resources (`Regioscan_RegioscanCore.resources`
/// beside the executable), so that `regioscan` works from any working folder.
public enum BundledTemplates {
    static let bundleNames = ["Regioscan_RegioscanCore.resources", "Regioscan_RegioscanCore.bundle"]

    /// The folder with the shipped templates, or nil when the resources are not beside the program.
    public static var folder: String? {
        // SwiftPM's `Bundle.module` stops the program when it finds no bundle; look first, so that a binary copied
        // without its resources gets a Dutch message instead.
        let executableFolder = Bundle.main.bundleURL
        let manager = FileManager.default
        guard bundleNames.contains(where: { manager.fileExists(atPath: executableFolder.appendingPathComponent($0).path) }),
              let url = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            return nil
        }
        return url.path
    }

    /// Writes editable copies of the shipped templates into `destination` and returns their paths. Refuses to
    /// overwrite a file that is already there: it may hold someone's edits.
    public static func copy(to destination: String) throws -> [String] {
        guard let folder else { throw RegioscanError.usage(Messages.defaultTemplatesMissing) }
        let manager = FileManager.default
        let names = try manager.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        let targets = names.map { (destination as NSString).appendingPathComponent($0) }
        if let existing = targets.first(where: { manager.fileExists(atPath: $0) }) {
            throw RegioscanError.usage(Messages.templateCopyExists(existing))
        }
        do {
            try manager.createDirectory(atPath: destination, withIntermediateDirectories: true)
            for (name, target) in zip(names, targets) {
                try manager.copyItem(atPath: (folder as NSString).appendingPathComponent(name), toPath: target)
            }
        } catch {
            throw RegioscanError.io(path: destination, reason: Messages.outputNotWritten(error.localizedDescription))
        }
        return targets
    }
}
