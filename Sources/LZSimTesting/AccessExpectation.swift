import LZPolicy
import LZScenario
import LZSim
import Testing

/// What an access expectation asks of a decision, and the issue it records when the decision
/// does not meet it.
struct AccessExpectation {
    var allow: Bool
    var kind: DenialKind?
    var policy: String?

    func check(
        _ request: AccessRequest, in world: World?, _ comment: Comment?, _ sourceLocation: Testing.SourceLocation
    ) -> Decision? {
        guard let world = world ?? ScenarioFoundation.active?.world else {
            Issue.record(
                Comment(rawValue: ScenarioTraitError().description + ", or pass the world with in:"),
                sourceLocation: sourceLocation)
            return nil
        }
        let caller = world.prepare(request.session)
        // An allow needs no explanation unless `by:` asks which statement granted it; a decision
        // that misses is explained so the issue says why.
        var decision = world.authorize(request, as: caller, options: Authorizer.Options(explain: policy != nil))
        guard let mismatch = mismatch(decision) else { return decision }
        decision = world.authorize(request, as: caller, options: Authorizer.Options(explain: true))
        let explained = self.mismatch(decision) ?? mismatch
        let lines = [
            "\(explained)",
            "  principal: \(request.session.arn)",
            "  action:    \(request.action)",
            "  resource:  \(request.resource.arn)",
            "  decision:  " + decision.description.split(separator: "\n").joined(separator: "\n  "),
        ]
        let text = ([comment?.rawValue].compactMap { $0 } + lines).joined(separator: "\n")
        Issue.record(Comment(rawValue: text), sourceLocation: sourceLocation)
        return decision
    }

    /// What is wrong with `decision`, or `nil` when it meets the expectation.
    func mismatch(_ decision: Decision) -> String? {
        let wanted = allow ? "allow" : (kind.map { "an \($0.rawValue) deny" } ?? "deny")
        switch (allow, decision.outcome) {
        case (true, .allowed), (false, .explicitlyDenied), (false, .implicitlyDenied):
            let actual: DenialKind = decision.outcome == .explicitlyDenied ? .explicit : .implicit
            if !allow, let kind, kind != actual {
                return "expected \(wanted), got an \(actual.rawValue) one: \(decision.summary)"
            }
            if let policy, !decision.comes(from: policy) {
                return
                    "expected \(wanted) by '\(policy)', but it came from \(decision.decidingPolicies): \(decision.summary)"
            }
            return nil
        default:
            return "expected \(wanted), got \(decision.summary)"
        }
    }
}
