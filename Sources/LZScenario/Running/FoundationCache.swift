import Foundation
import Synchronization

/// Foundations built once per run and shared: the scenario files of a suite mostly include the
/// same foundation file and add nothing of their own, and mutations replay those same files,
/// so each distinct foundation is built once. A built world is a value, so sharing it is safe.
final class FoundationCache: Sendable {
    private let built = Mutex<[String: Result<BuiltFoundation, ScenarioError>]>([:])

    /// The scenario's built foundation: from the cache when another scenario with the same
    /// foundation was built in this run, else built now (failures are remembered too).
    func foundation(of scenario: Scenario) throws(ScenarioError) -> BuiltFoundation {
        guard let key = scenario.foundationKey else { return try FoundationBuilder(scenario: scenario).build() }
        if let cached = built.withLock({ $0[key] }) { return try cached.get() }
        let result: Result<BuiltFoundation, ScenarioError>
        do throws(ScenarioError) {
            result = .success(try FoundationBuilder(scenario: scenario).build())
        } catch {
            result = .failure(error)
        }
        built.withLock { $0[key] = result }
        return try result.get()
    }
}
