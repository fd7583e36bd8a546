import LZSim

/// Security Hub's CloudTrail controls
/// (https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html). The world's
/// trails log every management event, read and write.
extension ControlCatalog {
    static let cloudTrail: [Control] = [
        Control(
            id: "CloudTrail.1",
            title:
                "CloudTrail should be enabled and configured with at least one multi-Region trail that includes read and write management events",
            service: "cloudtrail", severity: .high,
            mappings: [.init(framework: .fsbp, reference: "CloudTrail.1"), .init(framework: .cis30, reference: "3.1")],
            parameters: [], resourceType: "AWS::::Account", needs: "accounts",
            logic: "Each account: NON_COMPLIANT unless a multi-Region trail logs its read and write management "
                + "events: one of its own, or an organization trail of its organization "
                + "(multi-region-cloudtrail-enabled).",
            requirement: "a multi-Region trail (own or organization) logging management events",
            remediation: "Create a multi-Region trail, or an organization trail in the management account",
            evaluate: { input in
                let trails = input.world.cloudTrail.trails.values.filter(\.isMultiRegionTrail)
                let members = Set(input.world.organization?.accountIDs ?? [])
                let management = input.world.organization?.managementAccountID
                return input.accounts.map { account in
                    let own = trails.filter { $0.accountID == account.id }.map(\.name).sorted()
                    let organization = trails.filter {
                        $0.isOrganizationTrail && $0.accountID == management && members.contains(account.id)
                    }.map(\.name).sorted()
                    let status: ControlStatus =
                        if let name = own.first {
                            .compliant("multi-Region trail \(name) logs the account")
                        } else if let name = organization.first {
                            .compliant("organization trail \(name) logs the account")
                        } else {
                            .nonCompliant("no multi-Region trail logs the account's management events")
                        }
                    return input.finding(account.name, "account", "cloudtrail", id: account.id, status, tags: nil)
                }
            }),
        Control(
            id: "CloudTrail.2", title: "CloudTrail should have encryption at-rest enabled", service: "cloudtrail",
            severity: .medium,
            mappings: [.init(framework: .fsbp, reference: "CloudTrail.2"), .init(framework: .cis30, reference: "3.5")],
            parameters: [], resourceType: "AWS::CloudTrail::Trail", needs: "CloudTrail trails",
            logic: "Each trail: NON_COMPLIANT if it has no KmsKeyId (cloud-trail-encryption-enabled).",
            requirement: "the trail encrypts its log files with a KMS key (SSE-KMS)",
            remediation: "Set a customer managed KMS key on the trail with UpdateTrail --kms-key-id",
            evaluate: { input in
                trails(input).map { account, trail in
                    let status: ControlStatus =
                        trail.kmsKeyID == nil
                        ? .nonCompliant("trail \(trail.name) does not encrypt its log files with a KMS key")
                        : .compliant("trail \(trail.name) encrypts its log files with \(trail.kmsKeyID!)")
                    return input.finding(account, "trail", trail.name, id: trail.trailARN, status)
                }
            }),
        Control(
            id: "CloudTrail.4", title: "CloudTrail log file validation should be enabled", service: "cloudtrail",
            severity: .low,
            mappings: [.init(framework: .fsbp, reference: "CloudTrail.4"), .init(framework: .cis30, reference: "3.2")],
            parameters: [], resourceType: "AWS::CloudTrail::Trail", needs: "CloudTrail trails",
            logic:
                "Each trail: NON_COMPLIANT if LogFileValidationEnabled is false (cloud-trail-log-file-validation-enabled).",
            requirement: "log file validation enabled",
            remediation: "Turn on log file validation with UpdateTrail --enable-log-file-validation",
            evaluate: { input in
                trails(input).map { account, trail in
                    let status: ControlStatus =
                        trail.logFileValidationEnabled
                        ? .compliant("trail \(trail.name) writes digest files")
                        : .nonCompliant("trail \(trail.name) has log file validation off")
                    return input.finding(account, "trail", trail.name, id: trail.trailARN, status)
                }
            }),
        Control(
            id: "CloudTrail.5", title: "CloudTrail trails should be integrated with Amazon CloudWatch Logs",
            service: "cloudtrail", severity: .low,
            mappings: [.init(framework: .fsbp, reference: "CloudTrail.5")],
            parameters: [], resourceType: "AWS::CloudTrail::Trail", needs: "CloudTrail trails",
            logic:
                "Each trail: NON_COMPLIANT if it has no CloudWatchLogsLogGroupArn (cloud-trail-cloud-watch-logs-enabled).",
            requirement: "the trail delivers its events to a CloudWatch Logs log group",
            remediation:
                "Set a log group and a role CloudTrail may assume with UpdateTrail --cloud-watch-logs-log-group-arn",
            evaluate: { input in
                trails(input).map { account, trail in
                    let status: ControlStatus =
                        if let logs = trail.cloudWatchLogs {
                            .compliant("trail \(trail.name) delivers to \(logs.logGroupARN)")
                        } else {
                            .nonCompliant("trail \(trail.name) delivers to no CloudWatch Logs log group")
                        }
                    return input.finding(account, "trail", trail.name, id: trail.trailARN, status)
                }
            }),
    ]

    /// Trails of the accounts in scope, sorted by name.
    static func trails(_ input: ControlInput) -> [(String, Trail)] {
        input.world.cloudTrail.trails.values.compactMap { trail in input.account(trail.accountID).map { ($0, trail) } }
            .sorted { $0.1.name < $1.1.name }
    }
}
