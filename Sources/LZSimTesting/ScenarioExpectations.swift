public import Foundation
public import LZReport
public import LZScenario
public import Testing

/// Runs one scenario check and records an issue for each evaluation that fails, at the
/// check's line in its YAML file, with the explanation; the check's lzsim JUnit report is
/// attached to the test, and written to `LZSIM_JUNIT_DIR` when that is set.
///
/// ```swift
/// @Test(arguments: try ScenarioChecks.checks(in: "scenarios/guardrails.yaml"))
/// func guardrail(_ check: ScenarioCheck) {
///     expectPassing(check)
/// }
/// ```
/// - Parameters:
///   - check: A check from ``ScenarioChecks/checks(in:filePath:)``.
///   - now: The time waivers expire against.
///   - sourceLocation: Where the report is attached; leave the default.
/// - Returns: The check's results, one per evaluation.
@discardableResult
public func expectPassing(
    _ check: ScenarioCheck,
    now: Date = Date(),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [CaseResult] {
    let started = ContinuousClock.now
    let results = check.run(now: now)
    var suite = SuiteResult(
        name: "\(check.scenario.suiteName).\(check.id)", file: check.file, timestamp: now, seed: check.scenario.seed,
        properties: check.scenario.frameworks.map { ReportProperty(PropertyName.frameworkPrefix + $0, "true") },
        cases: results)
    suite.time = ScenarioReporting.seconds(ContinuousClock.now - started)
    ScenarioReporting.report(TestRun(suites: [suite]), sourceLocation: sourceLocation)
    return results
}

/// Runs every scenario under `paths` as `lzsim run` does and records one issue per failing
/// check, at the check's line in its YAML file, with the explanation (a broken file is one
/// issue at its own line); advisory findings are warnings. The lzsim JUnit report is attached
/// to the test, and written to `LZSIM_JUNIT_DIR` (one `TEST-<suite>.xml` per scenario) when
/// that is set.
///
/// ```swift
/// @Test func landingZoneHoldsItsContract() {
///     expectPassing(scenarios: "scenarios/")
/// }
/// ```
/// - Parameters:
///   - paths: Scenario files or folders, relative to the root of the package the test belongs to.
///   - filter: Only checks whose id, title or a tag contains this text run.
///   - now: The time waivers expire against and suites are stamped with.
///   - filePath: The test's file, which locates its package; leave the default.
///   - sourceLocation: Where a missing path is reported; leave the default.
/// - Returns: The run, as the report writers see it.
@discardableResult
public func expectPassing(
    scenarios paths: String...,
    filter: String? = nil,
    now: Date = Date(),
    filePath: String = #filePath,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> TestRun {
    let runner = ScenarioRunner(options: RunOptions(filter: filter, now: now))
    var sources: [ScenarioRunner.Source] = []
    for path in paths {
        let location = ScenarioPath(path, filePath: filePath)
        do throws(ScenarioError) {
            // Includes may reach anywhere in the test's package, as they may in the repository for `lzsim run`.
            sources += try ScenarioRunner.sources(in: [location.url.path]).map {
                ScenarioRunner.Source(file: $0.url, root: location.root)
            }
        } catch {
            Issue.record(
                Comment(rawValue: "\(error.message) (\(error.hint ?? "relative to \(location.root.path)"))"),
                sourceLocation: sourceLocation)
        }
    }
    let run = TestRun(suites: sources.map { runner.run($0) })
    ScenarioReporting.report(run, sourceLocation: sourceLocation)
    return run
}
