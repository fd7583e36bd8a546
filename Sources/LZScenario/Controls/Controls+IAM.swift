import LZPolicy
import LZSim

/// Security Hub's IAM controls that read policies and users
/// (https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html).
extension ControlCatalog {
    static let iam: [Control] = [
        Control(
            id: "IAM.1", title: "IAM policies should not allow full \"*\" administrative privileges", service: "iam",
            severity: .high, mappings: [.init(framework: .fsbp, reference: "IAM.1")], parameters: [],
            resourceType: "AWS::IAM::Policy", needs: "customer managed policies",
            logic:
                "Each customer managed policy, attached or not, by its default version: NON_COMPLIANT if a statement has "
                + "Effect Allow, Action \"*\" and Resource \"*\". AWS managed and inline policies are not evaluated; "
                + "policies used as permissions boundaries are excluded (excludePermissionBoundaryPolicy).",
            requirement: "no statement allows Action \"*\" on Resource \"*\"",
            remediation: "Replace the \"*\" statement with the actions and resources the policy's users need",
            evaluate: { input in
                customerPolicies(input).map { account, policy in
                    let status: ControlStatus =
                        if let statement = PolicyStatements.fullAdministrator(policy.policy) {
                            .nonCompliant(
                                "policy '\(policy.name)' allows Action \"*\" on Resource \"*\" (\(statement.label))")
                        } else {
                            .compliant("policy '\(policy.name)' grants no full administrative access")
                        }
                    return input.finding(account, "policy", policy.name, id: policy.arn, status)
                }
            }),
        Control(
            id: "IAM.2", title: "IAM users should not have IAM policies attached", service: "iam", severity: .low,
            mappings: [.init(framework: .fsbp, reference: "IAM.2"), .init(framework: .cis30, reference: "1.15")],
            parameters: [], resourceType: "AWS::IAM::User", needs: "IAM users",
            logic:
                "Each IAM user: NON_COMPLIANT if it has an inline policy or an attached managed policy "
                + "(iam-user-no-policies-check); permissions should come from groups.",
            requirement: "no inline or attached managed policies on the user",
            remediation: "Move the user's policies to a group and add the user to it",
            evaluate: { input in
                input.accounts.flatMap { account in
                    let users = input.world.account(account.id)?.iam.users.values.sorted { $0.name < $1.name } ?? []
                    return users.map { user in
                        let policies =
                            user.inlinePolicies.keys.sorted().map { "inline '\($0)'" }
                            + user.attachedPolicyARNs.map { "managed '\(policyName($0))'" }
                        let status: ControlStatus =
                            policies.isEmpty
                            ? .compliant("user '\(user.name)' has no policies of its own")
                            : .nonCompliant(
                                "user '\(user.name)' has policies \(policies.joined(separator: ", "))")
                        return input.finding(account.name, "user", user.name, id: user.arn, status, tags: user.tags)
                    }
                }
            }),
        Control(
            id: "IAM.21",
            title:
                "IAM customer managed policies that you create should not allow wildcard actions for services",
            service: "iam", severity: .low, mappings: [.init(framework: .fsbp, reference: "IAM.21")], parameters: [],
            resourceType: "AWS::IAM::Policy", needs: "customer managed policies",
            logic:
                "Each customer managed policy by its default version: NON_COMPLIANT if an Allow statement has an "
                + "action of the form \"service:*\" (iam-policy-no-statements-with-full-access). Boundary policies excluded.",
            requirement: "no Allow statement with a \"service:*\" action",
            remediation: "Name the service's actions the policy needs instead of \"service:*\"",
            evaluate: { input in
                customerPolicies(input).map { account, policy in
                    let status: ControlStatus =
                        if let (statement, action) = PolicyStatements.serviceWildcard(policy.policy) {
                            .nonCompliant("policy '\(policy.name)' allows \"\(action)\" (\(statement.label))")
                        } else {
                            .compliant("policy '\(policy.name)' names its actions")
                        }
                    return input.finding(account, "policy", policy.name, id: policy.arn, status)
                }
            }),
    ]

    /// Customer managed policies of the accounts in scope, without those any user or role of
    /// the account uses as its permissions boundary, sorted by account and name.
    static func customerPolicies(_ input: ControlInput) -> [(String, ManagedPolicy)] {
        input.accounts.flatMap { account -> [(String, ManagedPolicy)] in
            guard let iam = input.world.account(account.id)?.iam else { return [] }
            let boundaries = Set(
                iam.users.values.compactMap(\.permissionsBoundaryARN)
                    + iam.roles.values.compactMap(\.permissionsBoundaryARN))
            return iam.policies.values.filter { !$0.isAWSManaged && !boundaries.contains($0.arn) }
                .sorted { $0.name < $1.name }.map { (account.name, $0) }
        }
    }

    /// The name at the end of a policy ARN.
    static func policyName(_ arn: String) -> String {
        String(arn.split(separator: "/").last ?? Substring(arn))
    }
}
