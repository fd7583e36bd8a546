import Foundation
import LZScenario
import Synchronization

/// Foundations built once per process: every suite and test case that names a file shares
/// one build, and each gets the built world as a value, so no test sees another's changes.
final class FoundationCache: Sendable {
    static let shared = FoundationCache()

    private let entries = Mutex<[ScenarioPath: Result<ScenarioFoundation, ScenarioError>]>([:])

    /// The foundation in `path`, loaded and built on first use; a broken file fails the same way every time.
    func foundation(_ path: ScenarioPath) -> Result<ScenarioFoundation, ScenarioError> {
        // Building under the lock keeps two suites naming one file from building it twice.
        entries.withLock { entries in
            if let entry = entries[path] { return entry }
            let entry = Result { () throws(ScenarioError) in
                guard FileManager.default.fileExists(atPath: path.url.path) else {
                    throw ScenarioError(
                        "no such scenario or foundation file",
                        at: LZScenario.SourceLocation(file: path.url.path, line: 1, column: 1),
                        hint: "relative paths are read from the package's root, \(path.root.path)")
                }
                return try ScenarioFoundation(contentsOf: path.url, root: path.root)
            }
            entries[path] = entry
            return entry
        }
    }
}
