import Foundation
import LZReport
import LZScenario

/// A throwaway suite folder: tests write scenario and policy files into it and run them.
struct ScenarioFolder {
    let url: URL

    init(_ files: [String: String]) throws {
        url = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("lzsim-scenarios-\(UUID().uuidString)/scenarios")
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
    }

    func run(_ options: RunOptions = RunOptions()) throws -> TestRun {
        try ScenarioRunner(options: options).run(paths: [url.path])
    }

    /// The outcome of every testcase by name, for compact assertions.
    static func outcomes(_ run: TestRun) -> [String: String] {
        var result: [String: String] = [:]
        for suite in run.suites {
            for testcase in suite.cases {
                result[testcase.name] =
                    switch testcase.outcome {
                    case .passed: "passed"
                    case .failed: "failed"
                    case .errored: "error"
                    case .skipped: "skipped"
                    case .advisory: "advisory"
                    }
            }
        }
        return result
    }

    /// The problem of the first errored or failed testcase.
    static func firstProblem(_ run: TestRun) -> Problem? {
        for suite in run.suites {
            for testcase in suite.cases {
                switch testcase.outcome {
                case .failed(let problem), .errored(let problem): return problem
                default: continue
                }
            }
        }
        return nil
    }

    /// The repository's `scenarios/` folder.
    static var repositoryScenarios: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("scenarios")
    }

    static let organization = """
        foundation:
          organization:
            management: management
            policy_types: [scp]
            root:
              units:
                Dev: { accounts: [dev] }
                Prod: { accounts: [prod] }
            policies:
              deny-s3-delete:
                type: scp
                document:
                  Version: "2012-10-17"
                  Statement: [{ Effect: Deny, Action: "s3:DeleteBucket", Resource: "*" }]
          accounts:
            dev:
              iam:
                roles:
                  Admin:
                    trust: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::${accounts.management}:root" }, Action: "sts:AssumeRole" }] }
                    managed_policies: [AdministratorAccess]
            prod:
              iam:
                roles:
                  Admin:
                    trust: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::${accounts.management}:root" }, Action: "sts:AssumeRole" }] }
                    managed_policies: [AdministratorAccess]

        """
}

extension ScenarioFolder {
    /// Runs one `assert` (as check `A-1`, titled `t`) over a foundation, and gives each
    /// resource's verdict: `passed`, the failure without its `[medium] t: ` prefix,
    /// `error: MESSAGE`, or `other`. `files` are written beside the scenario.
    static func assertVerdicts(_ foundation: String, _ assertion: String, files: [String: String] = [:]) throws
        -> [String: String]
    {
        let run = try ScenarioFolder(
            files.merging(["s.yaml": foundation + "checks:\n  - id: A-1\n    title: t\n    assert: \(assertion)\n"]) {
                $1
            }
        ).run()
        var result: [String: String] = [:]
        for testcase in run.suites.flatMap(\.cases) {
            let resource = String(testcase.name.dropFirst("A-1 t [".count).dropLast())
            switch testcase.outcome {
            case .passed: result[resource] = "passed"
            case .failed(let problem): result[resource] = String(problem.message.dropFirst("[medium] t: ".count))
            case .errored(let problem): result[resource] = "error: \(problem.message)"
            case .skipped, .advisory: result[resource] = "other"
            }
        }
        return result
    }
}
