import Foundation

/// Resolves paths a scenario names, relative to the scenario's folder, confined to the suite's
/// root so a scenario cannot reach outside the repository it lives in.
struct PathResolver: Sendable {
    /// The suite's root folder.
    let root: URL
    /// The folder of the file being read.
    let folder: URL

    /// The file `path` names, relative to the current file's folder.
    /// - Throws: ``ScenarioError`` when the path leaves the suite's root.
    func resolve(_ path: String, from location: SourceLocation) throws(ScenarioError) -> URL {
        let url = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path))
            .standardizedFileURL
        let rootPath = root.standardizedFileURL.path
        guard url.path == rootPath || url.path.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/") else {
            throw ScenarioError(
                "path '\(path)' leaves the suite's folder \(display(root))", at: location,
                hint: "keep policy files and includes inside the suite")
        }
        return url
    }

    /// The same resolver for a file in another folder.
    func moving(to file: URL) -> PathResolver {
        PathResolver(root: root, folder: file.deletingLastPathComponent())
    }

    /// A path as the user sees it: relative to the working directory when inside it.
    func display(_ url: URL) -> String {
        Self.display(url)
    }

    static func display(_ url: URL) -> String {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let path = url.standardizedFileURL.path
        if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
        return path
    }
}
