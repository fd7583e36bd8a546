public import Foundation
public import LZReport
import Synchronization

/// Runs scenario suites: finds the files, loads and checks each, builds its foundation, runs
/// its checks in parallel against the built world, and collects the results for the report
/// writers. A broken file becomes error testcases at its lines; the others still run.
public struct ScenarioRunner: Sendable {
    /// Selection and evaluation options.
    public var options: RunOptions
    /// Where the time of the runs so far went.
    let phases = PhaseRecorder()
    /// Scenarios loaded and foundations built in this run.
    let cache: RunCache

    /// Creates a runner.
    public init(options: RunOptions = RunOptions()) {
        self.options = options
        cache = RunCache(phases: phases)
    }

    /// Where the time of this runner's runs went, phase by phase.
    public var measuredPhases: RunPhases { phases.current }

    /// A scenario file to run, with the folder its includes must stay inside.
    public struct Source: Sendable {
        /// The file.
        public var url: URL
        /// The suite's root.
        public var root: URL
    }

    /// The scenario files under `paths` (folders are searched for `.yaml` and `.yml` files;
    /// files without `checks:` are foundations others include, not scenarios), sorted by path.
    /// - Throws: ``ScenarioError`` naming a path that does not exist.
    public static func sources(in paths: [String]) throws(ScenarioError) -> [Source] {
        var sources: [Source] = []
        for path in paths {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw ScenarioError(
                    "no such file or folder '\(path)'", at: SourceLocation(file: path, line: 1, column: 1),
                    hint: "name a scenario file or a folder of them, such as scenarios/")
            }
            guard isDirectory.boolValue else {
                let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
                sources.append(Source(url: url, root: root))
                continue
            }
            let root = Self.suiteRoot(of: url)
            sources += scenarioFiles(in: url, root: root).map { Source(url: $0, root: root) }
        }
        var seen = Set<String>()
        return sources.filter { seen.insert($0.url.path).inserted }.sorted { $0.url.path < $1.url.path }
    }

    /// The scenario files in a folder and below it, sorted by path.
    static func scenarioFiles(in folder: URL, root: URL) -> [URL] {
        let loader = ScenarioLoader(root: root)
        return (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects ?? [])
            .compactMap { $0 as? URL }
            .filter { ["yaml", "yml"].contains($0.pathExtension) }
            .map(\.standardizedFileURL)
            .filter { loader.isScenario($0) }
            .sorted { $0.path < $1.path }
    }

    /// The root a folder's scenarios are confined to: the nearest folder named `scenarios` that
    /// holds it (so `lzsim run scenarios/mutations` lets mutations name the suites beside
    /// them), or the folder itself.
    static func suiteRoot(of folder: URL) -> URL {
        var candidate = folder.standardizedFileURL
        while candidate.path != "/" {
            if candidate.lastPathComponent == "scenarios" { return candidate }
            candidate = candidate.deletingLastPathComponent()
        }
        return folder.standardizedFileURL
    }

    /// Runs every scenario under `paths` that the shard and filter select.
    /// - Parameter progress: Told before each scenario runs: its position, the total and its file.
    /// - Throws: ``ScenarioError`` only for a path that does not exist; everything else is a result.
    public func run(
        paths: [String],
        progress: ((_ index: Int, _ count: Int, _ file: String) -> Void)? = nil
    ) throws(ScenarioError) -> TestRun {
        var selected = try Self.sources(in: paths)
        if let shard = options.shard {
            selected = selected.enumerated().filter { $0.offset % shard.count == shard.index - 1 }.map(\.element)
        }
        return TestRun(
            suites: selected.enumerated().map { index, source in
                progress?(index + 1, selected.count, PathResolver.display(source.url))
                return run(source)
            })
    }

    /// Loads, builds and runs one scenario file into its suite.
    public func run(_ source: Source) -> SuiteResult {
        let started = ContinuousClock.now
        let file = PathResolver.display(source.url)
        var suite = SuiteResult(
            name: ScenarioLoader.suiteName(for: file), file: file, timestamp: options.now)
        do throws(ScenarioError) {
            let scenario = try cache.scenario(at: source.url, root: source.root)
            suite.seed = scenario.seed
            suite.properties = scenario.frameworks.map { ReportProperty(PropertyName.frameworkPrefix + $0, "true") }
            if let mutation = scenario.mutation {
                suite.cases = MutationRunner(mutation: mutation, scenario: scenario, root: source.root, runner: self)
                    .run().filter { selected(name: $0.name) }
                suite.time = CheckRunner.seconds(ContinuousClock.now - started)
                return suite
            }
            let checks = scenario.checks.filter(selected)
            do throws(ScenarioError) {
                let built = try cache.foundation(of: scenario)
                suite.cases = runChecks(checks, built: built, file: file)
            } catch {
                // A foundation that cannot be built fails every check at the foundation's line, and
                // a file of a foundation alone reports it once, so it is never lost.
                let problem = Self.problem(error, prefix: "the foundation cannot be built")
                suite.cases = checks.map { check in
                    CaseResult(
                        name: check.name, location: ReportLocation(path: file, line: check.location.line),
                        properties: [ReportProperty(PropertyName.check, check.id.text)], outcome: .errored(problem))
                }
                if scenario.checks.isEmpty {
                    suite.cases = [
                        CaseResult(
                            name: "BUILD \(file)",
                            location: ReportLocation(path: error.location.file, line: error.location.line),
                            outcome: .errored(problem))
                    ]
                }
            }
        } catch {
            suite.cases = [
                CaseResult(
                    name: "LOAD \(file)",
                    location: ReportLocation(path: error.location.file, line: error.location.line),
                    outcome: .errored(Self.problem(error, prefix: "the scenario cannot be loaded")))
            ]
        }
        suite.time = CheckRunner.seconds(ContinuousClock.now - started)
        return suite
    }

    private func selected(_ check: CheckDeclaration) -> Bool {
        guard let filter = options.filter?.lowercased(), !filter.isEmpty else { return true }
        return ([check.id.text, check.title] + check.tags).contains { $0.lowercased().contains(filter) }
    }

    private func selected(name: String) -> Bool {
        guard let filter = options.filter?.lowercased(), !filter.isEmpty else { return true }
        return name.lowercased().contains(filter)
    }

    /// Checks run in `jobs` parallel lanes against the immutable built world (lane `k` takes
    /// every `jobs`-th check from `k`); results keep declaration order.
    func runChecks(_ checks: [CheckDeclaration], built: BuiltFoundation, file: String) -> [CaseResult] {
        phases.measure(.checks) { runLanes(checks, built: built, file: file) }
    }

    private func runLanes(_ checks: [CheckDeclaration], built: BuiltFoundation, file: String) -> [CaseResult] {
        let results = Mutex([[CaseResult]](repeating: [], count: checks.count))
        let now = options.now
        let lanes = min(options.jobs, max(1, checks.count))
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            for index in stride(from: lane, to: checks.count, by: lanes) {
                let cases = CheckRunner(check: checks[index], built: built, file: file, now: now).run()
                results.withLock { $0[index] = cases }
            }
        }
        return results.withLock { $0.flatMap { $0 } }
    }

    static func problem(_ error: ScenarioError, prefix: String) -> Problem {
        Problem(
            .scenarioError, message: "\(prefix): \(error.location): \(error.message)",
            details: error.hint.map { ["hint: \($0)"] } ?? [],
            location: ReportLocation(path: error.location.file, line: error.location.line))
    }
}
