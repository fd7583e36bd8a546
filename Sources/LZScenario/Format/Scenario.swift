public import Foundation

/// One scenario file, loaded and checked: the foundation it builds (its includes merged in) and
/// the checks it makes. It becomes one JUnit suite.
public struct Scenario: Sendable {
    /// The file's path as the user sees it.
    public let file: String
    /// The suite name: the path under `scenarios/` without extension, `/` replaced by `.`.
    public let suiteName: String
    /// The title, when the file gives one.
    public let title: String?
    /// Seeds the world's identifiers.
    public let seed: UInt64
    /// The simulated clock's start, when the file pins it.
    public let clock: Date?
    /// Frameworks the scenario claims, written as `lzsim.framework.<id>` properties.
    public let frameworks: [String]
    let foundation: FoundationDeclaration
    let checks: [CheckDeclaration]
    let location: SourceLocation
    /// A mutation of other scenarios, replayed instead of checks of its own.
    var mutation: MutationDeclaration?
    /// Names the foundation (its includes when the file adds nothing, else the file; with the
    /// seed and clock), so scenarios and mutations that share it build it once in a run.
    var foundationKey: String?
    /// Whether the file declares any foundation, its own or included.
    var declaresFoundation = true

    /// The ids, titles and lines of the checks, in file order.
    public var checkSummaries: [(id: String, title: String, line: Int)] {
        checks.map { ($0.id.text, $0.title, $0.location.line) }
    }
}
