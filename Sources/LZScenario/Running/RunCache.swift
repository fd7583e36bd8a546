import Foundation
import Synchronization

/// Scenarios loaded and foundations built once per run, and shared: the scenario files of a
/// suite mostly include the same foundation file and add nothing of their own, and mutations
/// replay those same files, so each file is read once and each distinct foundation built once.
/// Loaded scenarios and built worlds are values, so sharing them is safe.
final class RunCache: Sendable {
    private let built = Mutex<[String: Result<BuiltFoundation, ScenarioError>]>([:])
    private let loaded = Mutex<[String: Result<Scenario, ScenarioError>]>([:])
    private let listed = Mutex<[String: [URL]]>([:])
    let phases: PhaseRecorder

    init(phases: PhaseRecorder) {
        self.phases = phases
    }

    /// The scenario in `url`, loaded now or earlier in this run (failures are remembered too).
    func scenario(at url: URL, root: URL) throws(ScenarioError) -> Scenario {
        let key = url.standardizedFileURL.path + "\n" + root.standardizedFileURL.path
        return try Self.remembered(key, in: loaded) { () throws(ScenarioError) in
            try phases.measure(.load) { () throws(ScenarioError) in try ScenarioLoader(root: root).load(url) }
        }
    }

    /// The scenario files of a folder, listed once per run: every mutation of a suite names the
    /// same folder, and telling scenarios from foundation files reads each file.
    func scenarioFiles(in folder: URL, root: URL) -> [URL] {
        let key = folder.standardizedFileURL.path + "\n" + root.standardizedFileURL.path
        if let cached = listed.withLock({ $0[key] }) { return cached }
        let files = phases.measure(.load) { ScenarioRunner.scenarioFiles(in: folder, root: root) }
        listed.withLock { $0[key] = files }
        return files
    }

    /// The scenario's built foundation: from the cache when another scenario with the same
    /// foundation was built in this run, else built now (failures are remembered too).
    func foundation(of scenario: Scenario) throws(ScenarioError) -> BuiltFoundation {
        guard let key = scenario.foundationKey else { return try build(scenario) }
        if built.withLock({ $0[key] != nil }) { phases.countFoundation(reused: true) }
        return try Self.remembered(key, in: built) { () throws(ScenarioError) in try build(scenario) }
    }

    /// The value remembered under `key`, or `make`'s outcome, remembered for the next caller.
    private static func remembered<Value: Sendable>(
        _ key: String,
        in table: borrowing Mutex<[String: Result<Value, ScenarioError>]>,
        _ make: () throws(ScenarioError) -> Value
    ) throws(ScenarioError) -> Value {
        if let cached = table.withLock({ $0[key] }) { return try cached.get() }
        let result: Result<Value, ScenarioError>
        do throws(ScenarioError) {
            result = .success(try make())
        } catch {
            result = .failure(error)
        }
        table.withLock { $0[key] = result }
        return try result.get()
    }

    /// Builds a foundation now, timed and counted.
    func build(_ scenario: Scenario) throws(ScenarioError) -> BuiltFoundation {
        phases.countFoundation(reused: false)
        return try phases.measure(.build) { () throws(ScenarioError) in
            try FoundationBuilder(scenario: scenario).build()
        }
    }
}
