/// Decides requests the way AWS's enforcement code does, across every policy type.
///
/// ```swift
/// let policies = PolicySet(identityPolicies: [readData], serviceControlPolicies: [[fullAccess], [denyRegions]])
/// let request = AuthorizationRequest(
///     principal: Principal(arn: "arn:aws:iam::111111111111:role/Dev")!,
///     action: "s3:GetObject", resource: "arn:aws:s3:::data/report.csv",
///     context: RequestContext(["aws:RequestedRegion": "eu-west-1"]))
/// let decision = Authorizer.evaluate(request, against: policies)
/// ```
///
/// The order follows "How AWS enforcement code logic evaluates requests"
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html):
/// explicit denies in every applicable policy, then RCPs, SCPs level by level, the resource-based
/// policy (whose effect depends on how it names the principal), identity policies, the
/// permissions boundary and session policies. Evaluation reads only compiled policies and is safe
/// to run concurrently.
public enum Authorizer {
    /// What to compute besides the decision.
    public struct Options: Sendable, Hashable {
        /// Fill ``Decision/explanation`` for allows and implicit denies too (denies always carry it).
        public var explain: Bool
        /// Fill ``Decision/trace`` with every statement considered.
        public var trace: Bool

        /// Creates options.
        public init(explain: Bool = false, trace: Bool = false) {
            self.explain = explain
            self.trace = trace
        }
    }

    /// Decides one request.
    /// - Parameters:
    ///   - request: The caller, action, resource and context.
    ///   - policies: Every policy that applies to the request.
    ///   - options: Whether to explain allows and implicit denies, and whether to trace every statement.
    /// - Returns: The decision with its reasons.
    public static func evaluate(
        _ request: AuthorizationRequest, against policies: PolicySet, options: Options = Options()
    ) -> Decision {
        withUnsafePointer(to: request) { requestPointer in
            withUnsafePointer(to: policies) { policiesPointer in
                let evaluation = ChainEvaluation(request: requestPointer, policies: policiesPointer)
                var decision = evaluation.decide(explain: options.explain || options.trace)
                if options.trace {
                    decision.trace = evaluation.fullTrace()
                }
                return decision
            }
        }
    }
}
