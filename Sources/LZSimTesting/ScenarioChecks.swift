public import LZScenario

/// Scenario files as Swift Testing arguments: one test case per check.
///
/// ```swift
/// @Test(arguments: try ScenarioChecks.checks(in: "scenarios/guardrails.yaml"))
/// func guardrail(_ check: ScenarioCheck) {
///     expectPassing(check)
/// }
/// ```
public enum ScenarioChecks {
    /// The checks of the scenario file at `path`, in file order, bound to its built foundation
    /// (built once, shared by every check and every `.scenario(...)` trait naming the file).
    /// - Parameters:
    ///   - path: The file, relative to the root of the package the test belongs to, or absolute.
    ///   - filePath: The test's file, which locates its package; leave the default.
    /// - Throws: ``LZScenario/ScenarioError`` at the file's line when it cannot be loaded or its
    ///   foundation cannot be built, so a broken file is one issue rather than one per check.
    public static func checks(in path: String, filePath: String = #filePath) throws(ScenarioError)
        -> [ScenarioCheck]
    {
        try FoundationCache.shared.foundation(ScenarioPath(path, filePath: filePath)).get().checks
    }
}
