import Foundation
import LZReport
import LZSim

/// Runs a mutation: each scenario it names is built with the mutation's foundation merged in,
/// broken by its overlay and changes, and replayed; each kill becomes a testcase that passes
/// when its check now fails as written, and one more testcase says whether any other check
/// failed too, so a mutation pins the exact blast radius of one breakage.
struct MutationRunner {
    let mutation: MutationDeclaration
    let scenario: Scenario
    let root: URL
    let runner: ScenarioRunner

    func run() -> [CaseResult] {
        let replayed: [CaseResult]
        do throws(ScenarioError) {
            replayed = try replay()
        } catch {
            let problem = ScenarioRunner.problem(error, prefix: "the mutation cannot be replayed")
            return mutation.kills.map { kill in
                testcase("kills \(kill.check.text)", kill.check, .errored(problem))
            }
        }
        var byCheck: [String: [CaseResult]] = [:]
        for result in replayed {
            let id = result.properties.first { $0.name == PropertyName.check }?.value ?? result.name
            byCheck[id, default: []].append(result)
        }
        var results = mutation.kills.map { kill(of: $0, byCheck) }
        results.append(collateral(byCheck))
        return results
    }

    /// The testcase of one kill: passed when the check fails now with the text the kill names.
    private func kill(of kill: MutationDeclaration.Kill, _ byCheck: [String: [CaseResult]]) -> CaseResult {
        let name = "kills \(kill.check.text)"
        guard let cases = byCheck[kill.check.text] else {
            let error = ScenarioError(
                "no check '\(kill.check.text)' in the scenarios this mutation replays", at: kill.check.location,
                hint: Suggestion.hint(for: kill.check.text, among: byCheck.keys))
            return testcase(
                name, kill.check, .errored(ScenarioRunner.problem(error, prefix: "the kill names no check")))
        }
        let failures = cases.compactMap(Self.failure)
        let matching = failures.filter { problem in
            kill.message.map { text in ([problem.message] + problem.details).contains { $0.contains(text) } } ?? true
        }
        if !matching.isEmpty {
            var result = testcase(name, kill.check, .passed)
            result.systemOut = matching.map(\.message).joined(separator: "\n")
            return result
        }
        let summary =
            failures.isEmpty
            ? "\(kill.check.text) still holds with this mutation (\(cases.count) testcase\(cases.count == 1 ? "" : "s") passed)"
            : "\(kill.check.text) fails, but no failure mentions '\(kill.message ?? "")': \(failures[0].message)"
        let problem = Problem(
            .expectationFailed, message: "[\(mutation.severity.rawValue)] \(title): \(summary)",
            details: ["mutation: \(scenario.file):\(mutation.location.line)", "check: \(kill.check.text)"]
                + cases.map { "replayed: \($0.name): \(Self.failure($0)?.message ?? "passed")" },
            location: ReportLocation(path: kill.check.location.file, line: kill.check.location.line))
        return testcase(name, kill.check, .failed(problem))
    }

    /// The testcase that lists the checks that failed without being named as kills.
    private func collateral(_ byCheck: [String: [CaseResult]]) -> CaseResult {
        let named = Set(mutation.kills.map(\.check.text))
        // Advisory findings never gate a build, so they are no collateral damage either.
        let others = byCheck.filter { !named.contains($0.key) }.compactMap { id, cases -> String? in
            guard let first = cases.lazy.filter(\.gates).compactMap(Self.failure).first else { return nil }
            return "\(id): \(first.message)"
        }.sorted()
        let anchor = Named(text: "no other check fails", location: mutation.location)
        guard !others.isEmpty else { return testcase(anchor.text, anchor, .passed) }
        let ids = others.map { String($0.prefix { $0 != ":" }) }
        let problem = Problem(
            .expectationFailed,
            message: "[\(mutation.severity.rawValue)] \(title): checks the mutation does not name fail too: "
                + ids.joined(separator: ", "),
            details: ["mutation: \(scenario.file):\(mutation.location.line)"] + others
                + ["hint: name them under 'kills' if the mutation should break them"],
            location: ReportLocation(path: mutation.location.file, line: mutation.location.line))
        return testcase(anchor.text, anchor, .failed(problem))
    }

    /// Builds, breaks and replays every scenario the mutation names.
    private func replay() throws(ScenarioError) -> [CaseResult] {
        var results: [CaseResult] = []
        // Targets that share a foundation (they include the same files) share its broken variant:
        // the world is a value and the breakage deterministic, so it is made once per foundation.
        var broken: [String: BuiltFoundation] = [:]
        for url in try targetFiles() {
            let target = try runner.cache.scenario(at: url, root: root)
            if target.mutation != nil { continue }
            let built: BuiltFoundation
            if let key = target.foundationKey, let shared = broken[key] {
                built = shared
            } else {
                built = try breaking(target)
                if let key = target.foundationKey { broken[key] = built }
            }
            results += runner.runChecks(target.checks, built: built, file: target.file)
        }
        return results
    }

    /// A target's foundation with the mutation's own foundation merged in, then its overlay,
    /// changes and clock applied.
    private func breaking(_ target: Scenario) throws(ScenarioError) -> BuiltFoundation {
        var built: BuiltFoundation
        if scenario.declaresFoundation {
            var foundation = target.foundation
            try foundation.merge(scenario.foundation)
            built = try runner.cache.build(target.with(foundation: foundation))
        } else {
            built = try runner.cache.foundation(of: target)
        }
        if let overlay = mutation.overlay {
            built.world = try built.world(applying: overlay)
        }
        if !mutation.changes.isEmpty {
            var changes = StepsCheck(steps: mutation.changes, built: built, world: built.world, variables: [:])
            let (verdict, location) = try changes.run()
            if case .failed(let summary, _, _) = verdict {
                throw ScenarioError("a change did not go as written: \(summary)", at: location ?? mutation.location)
            }
            built.world = changes.world
            built.nameAccountsMadeSince()
        }
        try mutation.clock?.apply(to: &built.world)
        return built
    }

    /// The scenario files the mutation names: files as named, folders searched as `lzsim run` does.
    private func targetFiles() throws(ScenarioError) -> [URL] {
        let resolver = PathResolver(root: root, folder: URL(fileURLWithPath: scenario.file).deletingLastPathComponent())
        var files: [URL] = []
        for target in mutation.targets {
            let url = try resolver.resolve(target.text, from: target.location)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw ScenarioError("'\(target.text)' does not exist", at: target.location)
            }
            files += isDirectory.boolValue ? runner.cache.scenarioFiles(in: url, root: root) : [url]
        }
        guard !files.isEmpty else {
            throw ScenarioError("the mutation names no scenario with checks", at: mutation.location)
        }
        return files
    }

    private var title: String { scenario.title ?? scenario.suiteName }

    private func testcase(_ name: String, _ anchor: Named, _ outcome: Outcome) -> CaseResult {
        CaseResult(
            name: name, location: ReportLocation(path: anchor.location.file, line: anchor.location.line),
            properties: [
                ReportProperty(PropertyName.check, anchor.text),
                ReportProperty(PropertyName.severity, mutation.severity.rawValue),
            ], outcome: outcome)
    }

    /// The problem of a replayed testcase that did not hold: failed, advisory or errored.
    private static func failure(_ result: CaseResult) -> Problem? {
        switch result.outcome {
        case .failed(let problem), .advisory(let problem), .errored(let problem): problem
        case .passed, .skipped: nil
        }
    }
}

extension Scenario {
    /// The same scenario with another foundation, for a mutation's variant of it.
    func with(foundation: FoundationDeclaration) -> Scenario {
        Scenario(
            file: file, suiteName: suiteName, title: title, seed: seed, clock: clock, frameworks: frameworks,
            foundation: foundation, checks: checks, location: location, mutation: mutation)
    }
}

extension CaseResult {
    /// Whether the outcome fails a build: a failure or an error, not an advisory finding.
    var gates: Bool {
        switch outcome {
        case .failed, .errored: true
        case .passed, .skipped, .advisory: false
        }
    }
}
