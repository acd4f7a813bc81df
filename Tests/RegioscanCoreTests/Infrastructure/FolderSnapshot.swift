import Foundation

/// Every file under a folder with its bytes, to compare a whole output folder at once.
struct FolderSnapshot: Equatable {
    let files: [String: Data]

    /// Nil when the folder does not exist.
    init?(_ path: String) {
        // The enumerator does not descend into a symbolic link such as the root `Templates`.
        let folder = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            let full = folder + "/" + path
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: full) ?? Data()
            }
        }
        self.files = files
    }

    var paths: [String] { files.keys.sorted() }
}
