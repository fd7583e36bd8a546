import Foundation
import LZScenario
public import Testing

/// Builds a scenario's or foundation's world once and hands each test a copy of it.
///
/// Apply it to a suite (or one test) with ``Testing/Trait/scenario(_:filePath:)``; inside,
/// ``LZScenario/ScenarioFoundation/current`` and ``LZSim/World/current`` read the built world.
/// A file that cannot be loaded or built is reported once, at its own line, and the tests
/// inside do not run.
public struct ScenarioTrait: TestTrait, SuiteTrait, TestScoping {
    /// The path as the test wrote it.
    public let path: String
    let location: ScenarioPath

    /// Scoped once around a suite, which covers every test in it, and once per test case for
    /// a trait applied to a test function.
    public var isRecursive: Bool { false }

    /// The trait's scope: the suite, or each case of a test function.
    public func scopeProvider(for test: Test, testCase: Test.Case?) -> ScenarioTrait? {
        test.isSuite ? (testCase == nil ? self : nil) : (testCase == nil ? nil : self)
    }

    /// Runs `function` with the built foundation as the current one, or records why it cannot be built.
    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        switch FoundationCache.shared.foundation(location) {
        case .success(let foundation):
            try await ScenarioFoundation.$active.withValue(foundation) { try await function() }
        case .failure(let error):
            Issue.record(
                Comment(rawValue: "the scenario cannot be built: \(error)"),
                sourceLocation: IssueLocation.at(error.location))
        }
    }
}

extension Trait where Self == ScenarioTrait {
    /// Builds the foundation in the scenario or foundation file at `path` once, and gives every
    /// test the trait covers its own copy of the world.
    ///
    /// ```swift
    /// @Suite(.scenario("scenarios/foundation.yaml"))
    /// struct GuardrailTests {
    ///     @Test func developersCannotCreateVPCs() throws {
    ///         let foundation = try ScenarioFoundation.current
    ///         ...
    ///     }
    /// }
    /// ```
    /// - Parameters:
    ///   - path: The file, relative to the root of the package the test belongs to, or absolute.
    ///   - filePath: The test's file, which locates its package; leave the default.
    public static func scenario(_ path: String, filePath: String = #filePath) -> Self {
        ScenarioTrait(path: path, location: ScenarioPath(path, filePath: filePath))
    }
}
