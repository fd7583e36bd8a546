import Foundation
import LZReport
import LZScenario
import Testing

/// Places in scenario files as Swift Testing source locations, so an issue about a YAML check
/// opens at the check's line in an IDE and in the test log.
enum IssueLocation {
    /// The location of `line` and `column` in the file at `path` (relative to the working
    /// directory, as lzsim reports paths, or absolute).
    ///
    /// Swift Testing traps on a file ID without `/` or a line or column below 1, so both are
    /// made safe here: positions read from files are not trusted.
    static func at(_ path: String, line: Int, column: Int = 1) -> Testing.SourceLocation {
        let url =
            path.hasPrefix("/")
            ? URL(fileURLWithPath: path)
            : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path)
        let standardized = url.standardizedFileURL
        let name = standardized.lastPathComponent.isEmpty ? "scenario" : standardized.lastPathComponent
        let folder = standardized.deletingLastPathComponent().lastPathComponent
        let fileID = "\(folder.isEmpty || folder == "/" ? "lzsim" : folder)/\(name)"
        return Testing.SourceLocation(
            fileID: fileID, filePath: standardized.path, line: max(1, line), column: max(1, column))
    }

    /// The location of a scenario error.
    static func at(_ location: LZScenario.SourceLocation) -> Testing.SourceLocation {
        at(location.file, line: location.line, column: location.column)
    }

    /// The location of a report's testcase or problem.
    static func at(_ location: ReportLocation) -> Testing.SourceLocation {
        at(location.path, line: location.line)
    }
}
