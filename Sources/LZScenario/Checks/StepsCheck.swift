import LZPolicy
import LZSim

/// Runs a `steps` check: API calls in order, each as its principal, each meeting its expected
/// outcome, on a world of its own (a copy, so checks never see each other's changes).
struct StepsCheck {
    let steps: [StepDeclaration]
    let built: BuiltFoundation
    var world: World
    let variables: [String: String]

    /// The verdict, and where the first unmet expectation is.
    mutating func run() throws(ScenarioError) -> (verdict: Verdict, location: SourceLocation?) {
        var saved: [String: Session] = [:]
        var texts = variables
        var log: [String] = []
        for (index, step) in steps.enumerated() {
            guard let entry = StepOperations.all[step.call.text] else {
                throw ScenarioError(
                    "lzsim cannot call '\(step.call.text)' in steps yet", at: step.call.location,
                    hint: Suggestion.hint(for: step.call.text, among: StepOperations.all.keys)
                        ?? "known calls: \(StepOperations.all.keys.sorted().joined(separator: ", "))")
            }
            let resolver = PrincipalResolver(built: built, world: world, saved: saved, variables: texts)
            let session = try resolver.session(for: step.principal)
            let built = self.built
            let known = texts
            let parameters = try StepParameters(
                step.parameters, call: step.call.text, allowed: entry.parameters, location: step.location
            ) { (text: String, location: SourceLocation) throws(ScenarioError) -> String in
                try built.substitute(text, at: location, extra: known)
            }
            let expected = step.expect.text
            let header = "step \(index + 1) (line \(step.location.line)): \(step.call.text) as \(session.arn)"
            do throws(StepOperations.StepFailure) {
                let value = try entry.run(&world, session, parameters)
                guard expected == "success" else {
                    log.append("\(header): succeeded")
                    return (failure("expected \(expected), but the call succeeded", header, log), step.location)
                }
                if let wanted = step.returns {
                    guard case .text(let returned) = value else {
                        throw .scenario(
                            ScenarioError(
                                "\(step.call.text) returns nothing 'returns' could compare", at: wanted.location,
                                hint: "calls that return a value: a status, an ID or an ARN, as the README lists"))
                    }
                    let expected = try StepOperations.read { () throws(ScenarioError) in
                        try built.substitute(wanted.text, at: wanted.location, extra: known)
                    }
                    guard returned == expected else {
                        log.append("\(header): returned \(returned)")
                        return (
                            failure("expected the call to return \(expected), it returned \(returned)", header, log),
                            wanted.location
                        )
                    }
                }
                log.append("\(header): succeeded")
                if let name = step.save {
                    switch value {
                    case .session(let session): saved[name] = session
                    case .text(let text): texts["steps.\(name)"] = text
                    case .none: break
                    }
                }
            } catch {
                switch error {
                case .scenario(let error): throw error
                case .aws(let error):
                    log.append("\(header): \(error.code): \(error.message)")
                    let matches =
                        expected == error.code.rawValue || (expected == "denied" && error.isAccessDenied)
                    guard matches else {
                        var lines = log
                        if let decision = error.decision { lines.append(decision.description) }
                        return (
                            failure("expected \(expected), got \(error.code): \(error.message)", header, lines),
                            step.location
                        )
                    }
                }
            }
        }
        return (.passed(trace: log.joined(separator: "\n")), nil)
    }

    private func failure(_ summary: String, _ header: String, _ log: [String]) -> Verdict {
        .failed(summary: summary, details: [header], trace: log.joined(separator: "\n"))
    }
}
