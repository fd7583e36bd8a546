public import LZScenario
public import LZSim

extension ScenarioFoundation {
    /// The foundation of the innermost `.scenario(...)` trait around the running test.
    @TaskLocal static var active: ScenarioFoundation?

    /// The foundation the running test's `.scenario(...)` trait built; each test reads its own
    /// copy, so tests may change it and run in parallel.
    ///
    /// ```swift
    /// @Test func developersCannotCreateVPCs() throws {
    ///     let foundation = try ScenarioFoundation.current
    ///     let admin = try foundation.session("dev-app1/role/Admin")
    /// }
    /// ```
    /// - Throws: ``ScenarioTraitError`` when no `.scenario(...)` trait applies to the test.
    public static var current: ScenarioFoundation {
        get throws(ScenarioTraitError) {
            guard let active else { throw ScenarioTraitError() }
            return active
        }
    }
}

extension World {
    /// The world the running test's `.scenario(...)` trait built, as a value the test may change.
    /// - Throws: ``ScenarioTraitError`` when no `.scenario(...)` trait applies to the test.
    public static var current: World {
        get throws(ScenarioTraitError) { try ScenarioFoundation.current.world }
    }
}

/// A test asked for the current foundation without a `.scenario(...)` trait around it.
public struct ScenarioTraitError: Error, Sendable, CustomStringConvertible {
    /// What to add.
    public var description: String {
        "no scenario is in scope; add .scenario(\"path/to/foundation.yaml\") to the test or its suite"
    }
}
