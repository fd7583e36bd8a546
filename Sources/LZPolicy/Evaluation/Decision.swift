/// The answer to an authorization request, with the reasons for it.
public struct Decision: Sendable, CustomStringConvertible {
    /// The three outcomes of AWS's evaluation logic.
    public enum Outcome: String, Sendable, Hashable {
        /// Some policy allows and nothing denies.
        case allowed = "Allowed"
        /// A Deny statement applies.
        case explicitlyDenied = "ExplicitlyDenied"
        /// No Deny applies, but a required Allow is missing.
        case implicitlyDenied = "ImplicitlyDenied"
    }

    /// The outcome.
    public var outcome: Outcome
    /// The kinds holding a Deny statement that applies.
    public var explicitDenyIn: [PolicySource]
    /// The kinds whose missing Allow decided an implicit deny.
    public var implicitDenyIn: [PolicySource]
    /// The deciding statements: the denies that applied, or (when explanations were asked for) the
    /// allows that granted, or the statements of a kind that lacked an Allow and why each missed.
    public var explanation: [StatementTrace]
    /// Notes on chain steps that are not statements (exemptions, missing policies, delegation).
    public var notes: [String]
    /// Every statement considered and why it matched or not, when a full trace was asked for.
    public var trace: [StatementTrace]

    /// Whether the request is allowed.
    public var isAllowed: Bool { outcome == .allowed }

    /// Creates a decision.
    public init(
        outcome: Outcome,
        explicitDenyIn: [PolicySource] = [],
        implicitDenyIn: [PolicySource] = [],
        explanation: [StatementTrace] = [],
        notes: [String] = [],
        trace: [StatementTrace] = []
    ) {
        self.outcome = outcome
        self.explicitDenyIn = explicitDenyIn
        self.implicitDenyIn = implicitDenyIn
        self.explanation = explanation
        self.notes = notes
        self.trace = trace
    }

    /// One line for a terminal or a JUnit failure message, such as
    /// `ExplicitlyDenied by scp (scp[1][0] Sid "DenyRegions")`.
    public var summary: String {
        switch outcome {
        case .allowed:
            return "Allowed"
        case .explicitlyDenied:
            let statements = explanation.filter { $0.effect == .deny && $0.matched }.map(\.reference)
            let detail = statements.isEmpty ? "" : " (\(statements.joined(separator: "; ")))"
            return "ExplicitlyDenied by \(explicitDenyIn.map(\.rawValue).joined(separator: ", "))\(detail)"
        case .implicitlyDenied:
            return "ImplicitlyDenied: no Allow in \(implicitDenyIn.map(\.rawValue).joined(separator: ", "))"
        }
    }

    /// The summary, then the notes and the explanation, one item a line.
    public var description: String {
        var lines = [summary]
        lines += notes.map { "  note: \($0)" }
        lines += explanation.map { "  " + $0.description.replacingNewlines(with: "\n  ") }
        return lines.joined(separator: "\n")
    }
}

/// How one statement fared against a request.
public struct StatementTrace: Sendable, CustomStringConvertible {
    /// The chain position of the statement's policy.
    public var source: PolicySource
    /// The policy's name.
    public var policyName: String
    /// The SCP or RCP level, from 0 at the root, when the policy is one.
    public var level: Int?
    /// `Sid "X"` or `statement N`.
    public var statement: String
    /// Where the statement starts in its policy text.
    public var position: SourcePosition
    /// The statement's effect.
    public var effect: Effect
    /// Whether the statement applied to the request.
    public var matched: Bool
    /// Why: one entry for the action, resource, principal and each condition clause checked.
    public var reasons: [String]

    /// `kind policy statement`, such as `scp[1] ou-prod/DenyRegions Sid "DenyRegions"`; a policy
    /// named by its place in a case (`scps[1][0]`) already says its kind and level.
    public var reference: String {
        if policyName.contains("[") || policyName.hasPrefix(source.rawValue) { return "\(policyName) \(statement)" }
        return "\(source.rawValue)\(level.map { "[\($0)]" } ?? "") \(policyName) \(statement)"
    }

    /// The reference, the effect and whether it matched, then the reasons, indented.
    public var description: String {
        let verdict = matched ? "applies" : "does not apply"
        return (["\(reference) at \(position): \(effect.rawValue) \(verdict)"] + reasons.map { "  - \($0)" })
            .joined(separator: "\n")
    }
}

extension String {
    func replacingNewlines(with separator: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: separator)
    }
}
