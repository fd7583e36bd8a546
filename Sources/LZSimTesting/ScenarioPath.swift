import Foundation

/// Where a path a test names points: relative paths are read from the root of the package
/// whose test names them (the nearest folder above the test file holding `Package.swift`),
/// so `swift test` finds the same files whatever folder it is started from.
struct ScenarioPath: Sendable, Hashable {
    /// The file or folder.
    var url: URL
    /// The folder includes and policy files must stay inside: the package's root.
    var root: URL

    init(_ path: String, filePath: String) {
        let root = Self.packageRoot(above: URL(fileURLWithPath: filePath))
        self.root = root
        self.url =
            (path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path))
            .standardizedFileURL
    }

    /// The nearest folder above `file` that holds a `Package.swift`; the working directory when none does.
    static func packageRoot(above file: URL) -> URL {
        var folder = file.deletingLastPathComponent().standardizedFileURL
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
    }
}
