import LZSim

/// Control Tower's mandatory and strongly recommended preventive controls, and the Region deny
/// control where Regions are governed, checked as behaviour through ``Guardrail``
/// (https://docs.aws.amazon.com/controltower/latest/controlreference/mandatory-controls.html,
/// https://docs.aws.amazon.com/controltower/latest/controlreference/strongly-recommended-controls.html).
/// Every SCP of these controls exempts `AWSControlTowerExecution`, so an administrator role of the
/// member account asks instead.
extension ControlCatalog {
    static let controlTower: [Control] =
        [
            guardrail(
                "GRCLOUDTRAILENABLED", "Disallow configuration changes to CloudTrail", service: "cloudtrail",
                guidance: "M",
                denies:
                    "cloudtrail:DeleteTrail, PutEventSelectors, StopLogging and UpdateTrail on trail/aws-controltower-*",
                Guardrail(asker: .administrator) { account, region, _ in
                    ["DeleteTrail", "PutEventSelectors", "StopLogging", "UpdateTrail"].map {
                        .init(
                            action: "cloudtrail:\($0)",
                            resource:
                                "arn:aws:cloudtrail:\(region):\(account):trail/aws-controltower-BaselineCloudTrail",
                            region: region)
                    }
                }),
            guardrail(
                "GRCONFIGENABLED", "Disallow configuration changes to AWS Config", service: "config",
                guidance: "M",
                denies:
                    "config:Delete/Put/Stop of the configuration recorder, delivery channel and retention configuration",
                Guardrail(asker: .administrator) { _, region, _ in
                    [
                        "DeleteConfigurationRecorder", "DeleteDeliveryChannel", "DeleteRetentionConfiguration",
                        "PutConfigurationRecorder", "PutDeliveryChannel", "PutRetentionConfiguration",
                        "StopConfigurationRecorder",
                    ].map { .init(action: "config:\($0)", resource: "*", region: region) }
                }),
            guardrail(
                "GRIAMROLEPOLICY", "Disallow changes to IAM roles set up by AWS Control Tower and AWS CloudFormation",
                service: "iam", guidance: "M",
                denies: "role writes on role/aws-controltower-* and role/*AWSControlTower*",
                Guardrail(asker: .administrator) { account, _, _ in
                    let actions = [
                        "AttachRolePolicy", "DeleteRole", "DeleteRolePolicy", "DetachRolePolicy", "PutRolePolicy",
                        "UpdateAssumeRolePolicy", "UpdateRole",
                    ]
                    return ["aws-controltower-AdministratorExecutionRole", "AWSControlTowerExecution"].flatMap { role in
                        actions.map {
                            .init(action: "iam:\($0)", resource: "arn:aws:iam::\(account):role/\(role)", region: nil)
                        }
                    }
                }),
            guardrail(
                "GRLOGGROUPPOLICY", "Disallow changes to the AWS Control Tower CloudWatch Logs log groups",
                service: "logs", guidance: "M",
                denies: "logs:DeleteLogGroup and logs:PutRetentionPolicy on log-group:*aws-controltower*",
                Guardrail(asker: .administrator) { account, region, _ in
                    ["DeleteLogGroup", "PutRetentionPolicy"].map {
                        .init(
                            action: "logs:\($0)",
                            resource: "arn:aws:logs:\(region):\(account):log-group:aws-controltower/CloudTrailLogs:*",
                            region: region)
                    }
                }),
        ] + auditBucket + [
            guardrail(
                "GRRESTRICTROOTUSER", "Disallow actions as a root user", service: "iam",
                guidance: "SR", denies: "every action",
                Guardrail(asker: .root) { account, region, _ in
                    [
                        ("iam:CreateUser", "arn:aws:iam::\(account):user/probe"),
                        ("ec2:CreateVpc", "arn:aws:ec2:\(region):\(account):vpc/*"), ("s3:CreateBucket", "*"),
                    ].map { .init(action: $0.0, resource: $0.1, region: region) }
                }),
            guardrail(
                "GRRESTRICTROOTUSERACCESSKEYS", "Disallow creation of access keys for the root user", service: "iam",
                guidance: "SR", denies: "iam:CreateAccessKey",
                Guardrail(asker: .root) { account, _, _ in
                    [.init(action: "iam:CreateAccessKey", resource: "arn:aws:iam::\(account):root", region: nil)]
                }),
            guardrail(
                "GRREGIONDENY", "Deny access to AWS based on the requested AWS Region", service: "multi",
                guidance: "E",
                denies: "regional actions in Regions outside the 'regions' parameter (global services exempt)",
                Guardrail(asker: .administrator) { account, _, input in
                    let governed = input.strings("regions")
                    guard !governed.isEmpty else { return [] }
                    let outside =
                        input.world.regions.first { !governed.contains($0) }
                        ?? ["ap-southeast-2", "sa-east-1"].first { !governed.contains($0) }!
                    return [
                        .init(
                            action: "ec2:CreateVpc", resource: "arn:aws:ec2:\(outside):\(account):vpc/*",
                            region: outside),
                        .init(action: "s3:CreateBucket", resource: "*", region: outside),
                    ]
                },
                parameters: [.init(name: "regions", summary: "the governed Regions", kind: .regions, defaultValue: [])]),
            guardrail(
                "LZ.G1", "Disallow leaving the organization", service: "organizations",
                guidance: "LZA",
                denies: "organizations:LeaveOrganization",
                Guardrail(asker: .administrator) { _, _, _ in
                    [.init(action: "organizations:LeaveOrganization", resource: "*", region: nil)]
                }),
        ]

    /// The five log archive bucket controls, each denying one kind of change to `aws-controltower*` buckets.
    static let auditBucket: [Control] = [
        ("GRAUDITBUCKETDELETIONPROHIBITED", "Disallow deletion of the log archive", ["s3:DeleteBucket"]),
        (
            "GRAUDITBUCKETENCRYPTIONCHANGESPROHIBITED",
            "Disallow changes to encryption configuration for Amazon S3 buckets",
            ["s3:PutEncryptionConfiguration"]
        ),
        (
            "GRAUDITBUCKETLOGGINGCONFIGURATIONCHANGESPROHIBITED",
            "Disallow changes to logging configuration for Amazon S3 buckets",
            ["s3:PutBucketLogging"]
        ),
        (
            "GRAUDITBUCKETPOLICYCHANGESPROHIBITED", "Disallow changes to bucket policy for Amazon S3 buckets",
            ["s3:PutBucketPolicy", "s3:DeleteBucketPolicy"]
        ),
        (
            "GRAUDITBUCKETLIFECYCLECONFIGURATIONCHANGESPROHIBITED",
            "Disallow changes to lifecycle configuration for Amazon S3 buckets", ["s3:PutLifecycleConfiguration"]
        ),
    ].map { id, title, actions in
        guardrail(
            id, title, service: "s3", guidance: "M",
            denies: "\(actions.joined(separator: " and ")) on arn:aws:s3:::aws-controltower*",
            Guardrail(asker: .administrator) { account, region, _ in
                actions.map {
                    .init(
                        action: $0, resource: "arn:aws:s3:::aws-controltower-logs-\(account)-\(region)", region: region)
                }
            })
    }

    /// What the guidance codes of the mappings mean, said first in each guardrail's logic.
    private static let guidance = [
        "M": "Mandatory preventive control (M/PV). ", "SR": "Strongly recommended preventive control (SR/PV). ",
        "E": "Elective preventive control (E/PV), a landing zone setting in Control Tower. ",
        "LZA": "A Landing Zone Accelerator guardrail (GRSEC), not a Control Tower control; run with the "
            + "control-tower framework because member accounts need it as much. ",
    ]

    private static func guardrail(
        _ id: String, _ title: String, service: String, guidance: String, denies: String, _ guardrail: Guardrail,
        parameters: [ControlParameter] = []
    ) -> Control {
        let asker = guardrail.asker == .root ? "the root user" : "an administrator role"
        return Control(
            id: id, title: title, service: service, severity: guidance == "M" ? .high : .medium,
            mappings: [.init(framework: .controlTower, reference: "\(id) \(guidance)/PV")],
            parameters: (guardrail.asker == .administrator ? [Guardrail.roleParameter] : []) + parameters,
            resourceType: "AWS::::Account", needs: "an organization with member accounts",
            logic: Self.guidance[guidance, default: ""]
                + "Each member account: asks the authorization gateway whether \(asker) of the account may "
                + "perform \(denies); COMPLIANT when every request is denied, NON_COMPLIANT naming the first "
                + "request allowed and the statements that allowed it. The management account is not applicable.",
            requirement: "\(denies) denied to \(asker)",
            remediation: "Attach the guardrail's SCP to the account's OU (or enable the control in Control Tower)",
            evaluate: { guardrail.evaluate($0) })
    }
}
