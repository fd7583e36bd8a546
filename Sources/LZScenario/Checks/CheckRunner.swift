import Foundation
import LZReport
import LZSim

/// Runs one check against a built foundation: fans it out (`for_each`, several actions),
/// applies its overlay, and turns each verdict into a testcase with severity, waiver and
/// advisory applied.
struct CheckRunner {
    let check: CheckDeclaration
    let built: BuiltFoundation
    let file: String
    let now: Date

    func run() -> [CaseResult] {
        let started = ContinuousClock.now
        var results: [CaseResult] = []
        do throws(ScenarioError) {
            let world = try advanced(try overlaid())
            for account in try fanOut() {
                var variables: [String: String] = [:]
                if let account {
                    variables["account"] = account
                    variables["account.id"] = built.accountIDs[account] ?? account
                }
                switch check.kind {
                case .access(let access):
                    let verdicts = try AccessCheck(
                        declaration: access, built: built, world: world, variables: variables
                    ).run()
                    for (action, resource, verdict) in verdicts {
                        let parts = [
                            account, access.actions.count > 1 ? action : nil,
                            access.resources.count > 1 ? resource : nil,
                        ].compactMap { $0 }
                        results.append(
                            result(
                                verdict, resource: parts.isEmpty ? nil : parts.joined(separator: " "),
                                at: check.location))
                    }
                case .assert(let assertion):
                    let verdicts = try AssertCheck(declaration: assertion, built: built, world: world).run()
                    if verdicts.isEmpty {
                        results.append(notApplicable(assertion))
                    }
                    for (resource, verdict) in verdicts {
                        results.append(
                            result(
                                verdict, resource: [account, resource].compactMap { $0 }.joined(separator: " "),
                                at: check.location))
                    }
                case .control(let control):
                    results += try ControlCheck(
                        check: check, declaration: control, built: built, world: world, file: file, now: now,
                        account: account
                    ).run()
                case .reach(let reach):
                    let verdict = try ReachCheck(
                        declaration: reach, built: built, world: world, variables: variables
                    ).run()
                    results.append(result(verdict, resource: account, at: check.location))
                case .exposure(let exposure):
                    let verdict = try ExposureCheck(
                        declaration: exposure, built: built, world: world, variables: variables
                    ).run()
                    results.append(result(verdict, resource: account, at: check.location))
                case .steps(let steps):
                    var runner = StepsCheck(steps: steps, built: built, world: world, variables: variables)
                    let (verdict, location) = try runner.run()
                    results.append(result(verdict, resource: account, at: location ?? check.location))
                }
            }
        } catch {
            results = [errored(error)]
        }
        let seconds = Self.seconds(ContinuousClock.now - started) / Double(max(1, results.count))
        return results.map {
            var result = $0; result.time = seconds; return result
        }
    }

    /// The world the check runs against: the foundation, or a what-if variant of it.
    private func overlaid() throws(ScenarioError) -> World {
        guard let overlay = check.overlay else { return built.world }
        return try built.world(applying: overlay)
    }

    /// The accounts a `for_each` names, sorted; `[nil]` for a check that does not fan out.
    private func fanOut() throws(ScenarioError) -> [String?] {
        guard let forEach = check.forEach else { return [nil] }
        var accounts: [String] = []
        for account in forEach.accounts {
            _ = try built.accountID(account)
            accounts.append(account.text)
        }
        if let unit = forEach.organizationalUnit {
            accounts += try built.accounts(under: unit).keys
        }
        return Array(Set(accounts)).sorted()
    }

    private func result(_ verdict: Verdict, resource: String?, at location: SourceLocation) -> CaseResult {
        var result = CaseResult(
            name: check.name + (resource.map { " [\($0)]" } ?? ""),
            location: ReportLocation(path: location.file, line: location.line), properties: properties(resource))
        switch verdict {
        case .passed(let trace):
            result.outcome = .passed
            result.systemOut = trace
        case .failed(let summary, let details, let trace):
            let message = "[\(check.severity.rawValue)] \(check.title): \(summary)"
            let problem = Problem(
                .expectationFailed, message: message, details: ["scenario: \(file):\(check.location.line)"] + details,
                location: ReportLocation(path: location.file, line: location.line))
            result.systemOut = trace
            result.outcome = check.outcome(failing: problem, summary: summary, info: check.severity == .info, now: now)
        }
        return result
    }

    /// An assertion with nothing to assert on is not applicable (a skip, not a pass).
    private func notApplicable(_ assertion: AssertDeclaration) -> CaseResult {
        CaseResult(
            name: check.name, location: ReportLocation(path: check.location.file, line: check.location.line),
            properties: properties(nil),
            outcome: .skipped(Skip(.notApplicable, "no \(assertion.resourceType.text) in scope")))
    }

    private func errored(_ error: ScenarioError) -> CaseResult {
        CaseResult(
            name: check.name, location: ReportLocation(path: check.location.file, line: check.location.line),
            properties: properties(nil),
            outcome: .errored(
                Problem(
                    .scenarioError, message: "scenario error: \(error.message)",
                    details: error.hint.map { ["hint: \($0)"] } ?? [],
                    location: ReportLocation(path: error.location.file, line: error.location.line))))
    }

    private func properties(_ resource: String?) -> [ReportProperty] {
        var properties = [
            ReportProperty(PropertyName.check, check.id.text),
            ReportProperty(PropertyName.severity, check.severity.rawValue),
        ]
        switch check.kind {
        case .access(let access):
            if let service = access.actions.first?.text.split(separator: ":").first {
                properties.append(ReportProperty(PropertyName.service, String(service)))
            }
        case .assert(let assertion):
            if let service = assertion.resourceType.text.split(separator: ":").first {
                properties.append(ReportProperty(PropertyName.service, String(service)))
            }
        case .steps, .control:
            break
        case .reach, .exposure:
            properties.append(ReportProperty(PropertyName.service, "ec2"))
        }
        if let resource { properties.append(ReportProperty(PropertyName.resource, resource)) }
        return properties + check.trailingProperties(controls: check.controls)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

extension CheckDeclaration {
    /// What a failure becomes: skipped while a waiver holds, advisory for an advisory or `info`
    /// check, else failed.
    func outcome(failing problem: Problem, summary: String, info: Bool, now: Date) -> Outcome {
        if let waiver, waiver.until.map({ now < $0 }) ?? true {
            let until = waiver.until.map { " until \(ReportFormat.timestamp($0).prefix(10))" } ?? ""
            return .skipped(Skip(.waived, "\(waiver.reason)\(until) (would fail: \(summary))"))
        }
        return advisory || info ? .advisory(problem) : .failed(problem)
    }

    /// The testcase properties every kind of check ends with: each control reference, then the
    /// waiver's reason.
    func trailingProperties(controls: [String]) -> [ReportProperty] {
        var properties = controls.enumerated().map { index, control in
            ReportProperty(index == 0 ? PropertyName.control : "\(PropertyName.control).\(index + 1)", control)
        }
        if let waiver { properties.append(ReportProperty(PropertyName.waiver, waiver.reason)) }
        return properties
    }
}
