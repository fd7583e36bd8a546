import LZPolicy
import LZReport
import LZSim

/// Runs an `access` check: one request per action and resource, each compared with the expectation.
struct AccessCheck {
    let declaration: AccessDeclaration
    let built: BuiltFoundation
    let world: World
    let variables: [String: String]

    /// One verdict per action and resource, in declaration order (actions first).
    func run() throws(ScenarioError) -> [(action: String, resource: String, verdict: Verdict)] {
        let resolver = PrincipalResolver(built: built, world: world, saved: [:], variables: variables)
        let session = try resolver.session(for: declaration.principal)
        let caller = world.prepare(session)
        var context: [String: [String]] = [:]
        for (key, values, location) in declaration.context {
            var substituted: [String] = []
            for value in values { substituted.append(try built.substitute(value, at: location, extra: variables)) }
            context[key] = substituted
        }
        var resources: [ResourceReference] = []
        for name in declaration.resources { resources.append(try resource(name)) }
        var verdicts: [(String, String, Verdict)] = []
        for action in declaration.actions {
            let text = try built.substitute(action.text, at: action.location, extra: variables)
            for resource in resources {
                let request = AccessRequest(session: session, action: text, resource: resource, context: context)
                // Explanations cost more than decisions (a large managed policy has thousands of
                // entries to describe), so a decision is explained only when the check does not
                // hold at first sight, which also gives `by:` the statements it names.
                let decision = world.authorize(request, as: caller)
                var result = verdict(decision, request: request)
                if case .failed = result {
                    let explained = world.authorize(request, as: caller, options: Authorizer.Options(explain: true))
                    result = verdict(explained, request: request)
                }
                verdicts.append((text, resource.arn, result))
            }
        }
        return verdicts
    }

    /// The resource of a request: a KMS key of the world brings its key policy and grants, as
    /// KMS decides with them; `resource_account` and `resource_policy` apply to every resource.
    private func resource(_ name: Named) throws(ScenarioError) -> ResourceReference {
        let arn = try built.substitute(name.text, at: name.location, extra: variables)
        var resource = world.keyResource(arn: arn) ?? ResourceReference(arn: arn)
        if let account = declaration.resourceAccount {
            let text = try built.substitute(account.text, at: account.location, extra: variables)
            resource.accountID = try built.accountID(Named(text: text, location: account.location))
        }
        if let source = declaration.resourcePolicy {
            let text = try built.substitute(source.text, at: source.location, extra: variables)
            do {
                resource.policy = try Policy(
                    json: text, kind: .resource, name: "resource_policy", file: source.isFile ? source.file : nil)
            } catch {
                let first = error.diagnostics.first
                throw ScenarioError(
                    "the resource policy is not valid: \(first?.message ?? "\(error)")",
                    at: source.isFile && first != nil
                        ? SourceLocation(file: source.file, line: first!.position.line, column: first!.position.column)
                        : source.location)
            }
        }
        return resource
    }

    private func verdict(_ decision: Decision, request: AccessRequest) -> Verdict {
        let expected = declaration.expect == .allow ? "allow" : "deny"
        var mismatch: String?
        switch (declaration.expect, decision.outcome) {
        case (.allow, .allowed), (.deny, .explicitlyDenied), (.deny, .implicitlyDenied):
            if let because = declaration.because?.text {
                let actual = decision.outcome == .explicitlyDenied ? "explicit" : "implicit"
                if because != actual { mismatch = "expected an \(because) deny, got an \(actual) one" }
            }
            if mismatch == nil, let by = declaration.by?.text, !Self.decision(decision, isBy: by) {
                mismatch = "expected the decision to come from '\(by)', but it came from \(Self.sources(decision))"
            }
        default:
            mismatch = "expected \(expected), got \(decision.outcome == .allowed ? "allow" : "deny")"
        }
        var details = [
            "principal: \(request.session.arn)", "action: \(request.action)", "resource: \(request.resource.arn)",
            "expected: \(expected)\(declaration.because.map { " (\($0.text))" } ?? "")\(declaration.by.map { " by \($0.text)" } ?? "")",
            "actual:   \(decision.summary)",
        ]
        details += decision.notes.map { "note: \($0)" }
        guard let mismatch else { return .passed(trace: decision.summary) }
        return .failed(summary: "\(mismatch): \(decision.summary)", details: details, trace: decision.description)
    }

    /// `by:` names a policy kind (`scp`, `identity`, `boundary`...), a policy by its name (an
    /// inline policy by its own name, without its role's), or a statement by its `Sid`.
    static func decision(_ decision: Decision, isBy by: String) -> Bool {
        let kinds = decision.outcome == .explicitlyDenied ? decision.explicitDenyIn : decision.implicitDenyIn
        if kinds.contains(where: { $0.rawValue == by }) { return true }
        return decision.explanation.contains { trace in
            guard trace.matched || decision.outcome == .implicitlyDenied else { return false }
            let ownName = trace.policyName.split(separator: "/").last.map(String.init) ?? trace.policyName
            return trace.policyName == by || ownName == by || trace.statement == "Sid \"\(by)\""
        }
    }

    static func sources(_ decision: Decision) -> String {
        let kinds = decision.outcome == .explicitlyDenied ? decision.explicitDenyIn : decision.implicitDenyIn
        let names = decision.explanation.filter(\.matched).map(\.policyName)
        let all = kinds.map(\.rawValue) + names
        return all.isEmpty ? "no policy" : all.joined(separator: ", ")
    }
}

/// What one evaluation of a check came to, before severity, waivers and the report's shape.
enum Verdict: Sendable {
    /// The expectation held; the trace explains the decision.
    case passed(trace: String)
    /// The expectation did not hold.
    case failed(summary: String, details: [String], trace: String)
}
