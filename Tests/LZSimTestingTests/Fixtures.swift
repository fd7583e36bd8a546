import Foundation
import Synchronization
import Testing

/// The fixtures of these tests, as paths from the package's root, and where lines land.
enum Fixtures {
    static let foundation = "Tests/Fixtures/testing/foundation.yaml"
    static let guardrails = "Tests/Fixtures/testing/guardrails.yaml"
    static let brokenGuardrails = "Tests/Fixtures/testing/broken-guardrails.yaml"
    static let misspeltKey = "Tests/Fixtures/testing/malformed/misspelt-key.yaml"

    /// Whether `issue` was recorded in the file whose path ends with `suffix`, at `line`.
    static func issue(_ issue: Issue, isAt suffix: String, line: Int) -> Bool {
        guard let location = issue.sourceLocation else { return false }
        return location.filePath.hasSuffix(suffix) && location.line == line
    }

    /// The text of the issue's comments.
    static func text(of issue: Issue) -> String {
        issue.comments.map(\.rawValue).joined(separator: "\n")
    }
}

/// Counts from closures Swift Testing may run on any thread: issues a matcher sees, calls made.
final class Counter: Sendable {
    private let count = Mutex(0)
    var value: Int { count.withLock { $0 } }
    func add() { count.withLock { $0 += 1 } }
}
