public import Foundation
public import LZReport

/// One check of a scenario file, bound to the foundation it runs against, so a test framework
/// can run each check as its own test case.
public struct ScenarioCheck: Sendable {
    let declaration: CheckDeclaration
    let built: BuiltFoundation

    /// The scenario the check belongs to.
    public let scenario: Scenario

    /// The scenario file's path as the user sees it.
    public var file: String { scenario.file }

    /// The check's `id`, such as `SCP-01`.
    public var id: String { declaration.id.text }
    /// The check's `title`.
    public var title: String { declaration.title }
    /// The JUnit testcase name: `<id> <title>`.
    public var name: String { declaration.name }
    /// The check's severity, such as `high`.
    public var severity: String { declaration.severity.rawValue }
    /// The check's tags.
    public var tags: [String] { declaration.tags }
    /// Where the check starts in its file.
    public var location: SourceLocation { declaration.location }

    init(declaration: CheckDeclaration, built: BuiltFoundation, scenario: Scenario) {
        self.declaration = declaration
        self.built = built
        self.scenario = scenario
    }

    /// Runs the check: one result per evaluation (several when it fans out over accounts or
    /// actions), with its overlay, severity, waiver and advisory applied as `lzsim run` does.
    /// - Parameter now: The time waivers expire against.
    public func run(now: Date = Date()) -> [CaseResult] {
        CheckRunner(check: declaration, built: built, file: file, now: now).run()
    }
}
