import Foundation

extension InputFolder {
    /// `<invoer>/<jaar>/taxonomie/` when a year has a taxonomy of its own (a label merged or added that year);
    /// otherwise the shared `<invoer>/taxonomie/`. The year's folder replaces the shared one as a whole, so that
    /// each year's figures follow exactly the lists that year used.
    public func taxonomyFolder(year: Int) -> String {
        let own = join(yearFolder(year), Self.taxonomyFolderName)
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: own, isDirectory: &isDirectory) && isDirectory.boolValue
            ? own : taxonomyFolder
    }
}
