import Foundation
import LZPolicy

extension World {
    /// AWS's default key policy for a key made without one: the account principal gets `kms:*`,
    /// which lets the account's IAM policies govern the key
    /// (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html).
    public static func defaultKeyPolicy(accountID: String, partition: String = "aws") -> String {
        """
        {
          "Version": "2012-10-17",
          "Id": "key-default-1",
          "Statement": [
            {
              "Sid": "Enable IAM User Permissions",
              "Effect": "Allow",
              "Principal": {"AWS": "arn:\(partition):iam::\(accountID):root"},
              "Action": "kms:*",
              "Resource": "*"
            }
          ]
        }
        """
    }

    /// Parses and validates a key policy as KMS does: grammar and size (32 KB) give
    /// `MalformedPolicyDocumentException` and `LimitExceededException`; a principal that names a
    /// user or role the world does not have gives `MalformedPolicyDocumentException`.
    func compileKeyPolicy(_ text: String, keyARN: String) throws(AWSError) -> Policy {
        let policy = try compilePolicy(
            text, kind: .keyPolicy, name: "key policy of \(keyARN)",
            codes: DocumentErrorCodes(malformed: .malformedPolicyException, tooLarge: .limitExceededException))
        for statement in policy.document.statements {
            for entry in statement.principal?.entries ?? []
            where entry.type == .aws && Self.namesUserOrRole(entry.value) {
                guard let principal = Principal(arn: entry.value), let account = principal.accountID,
                    let iam = accountsByID[account]?.iam
                else { continue }
                let exists: Bool =
                    switch principal.kind {
                    case .user: iam.users[principal.name] != nil
                    case .role: iam.roles[principal.name] != nil
                    default: true
                    }
                guard exists else {
                    throw AWSError(
                        .malformedPolicyException,
                        "Policy contains a statement with one or more invalid principals: \(entry.value) does not exist"
                            + " (\(entry.position))")
                }
            }
        }
        return policy
    }

    /// Whether a principal value is an IAM user or role ARN (`...:user/...`, `...:role/...`), from its bytes.
    static func namesUserOrRole(_ value: String) -> Bool {
        var colons = 0
        var afterFifth = value.utf8.startIndex
        for index in value.utf8.indices where value.utf8[index] == 0x3A {
            colons += 1
            if colons == 5 {
                afterFifth = value.utf8.index(after: index)
                break
            }
        }
        guard colons == 5 else { return false }
        let rest = value.utf8[afterFifth...]
        return rest.starts(with: "user/".utf8) || rest.starts(with: "role/".utf8)
    }

    /// The policy lockout safety check: the new policy must let the caller call `PutKeyPolicy`
    /// later (https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-bypass-policy-lockout-safety-check).
    func checkPolicyLockout(
        _ policy: Policy, keyARN: String, accountID: String, caller: Session, prepared: PreparedCaller? = nil
    ) throws(AWSError) {
        let prepared = prepared ?? prepare(caller, memoizingDecisions: false)
        var request = AccessRequest(
            session: caller, action: "kms:PutKeyPolicy",
            resource: ResourceReference(
                arn: keyARN, accountID: accountID, policy: policy,
                context: KMSConditionKeys.bypassPolicyLockoutSafetyCheck(false)))
        request.typedContext = prepared.kmsContext
        let decision = authorize(request, as: prepared)
        guard decision.isAllowed else {
            throw AWSError(
                .malformedPolicyException,
                "The new key policy will not allow you to update the key policy in the future"
                    + " (\(caller.arn) would be denied kms:PutKeyPolicy on \(keyARN))")
        }
    }

    /// `PutKeyPolicy`: replaces the key policy (its name is always `default`).
    public mutating func putKeyPolicy(
        keyID: String,
        policy: String,
        policyName: String = "default",
        bypassPolicyLockoutSafetyCheck: Bool = false,
        as session: Session
    ) throws(AWSError) {
        guard policyName == "default" else {
            throw AWSError(.notFound, "No such policy exists: '\(policyName)'; a key's policy is named 'default'")
        }
        let (key, _) = try resolveKey(keyID, for: session, operation: "PutKeyPolicy", rules: .management)
        try requireKeyAccess(
            "kms:PutKeyPolicy", on: key, as: session,
            context: ["kms:BypassPolicyLockoutSafetyCheck": [bypassPolicyLockoutSafetyCheck ? "true" : "false"]])
        let compiled = try compileKeyPolicy(policy, keyARN: key.arn)
        if !bypassPolicyLockoutSafetyCheck {
            try checkPolicyLockout(compiled, keyARN: key.arn, accountID: key.accountID, caller: session)
        }
        try updateKey(key) { (key: inout KMSKey) throws(AWSError) in
            key.policyText = policy
            key.policy = compiled
        }
    }

    /// `GetKeyPolicy`: the policy as written.
    public func getKeyPolicy(keyID: String, policyName: String = "default", as session: Session) throws(AWSError)
        -> String
    {
        let (key, _) = try resolveKey(keyID, for: session, operation: "GetKeyPolicy", rules: .management)
        try requireKeyAccess("kms:GetKeyPolicy", on: key, as: session)
        guard policyName == "default" else {
            throw AWSError(.notFound, "the key \(key.arn) has no policy named '\(policyName)'; its policy is 'default'")
        }
        return key.policyText
    }

    /// `ListKeyPolicies`: always `["default"]`.
    public func listKeyPolicies(keyID: String, as session: Session) throws(AWSError) -> [String] {
        let (key, _) = try resolveKey(keyID, for: session, operation: "ListKeyPolicies", rules: .management)
        try requireKeyAccess("kms:ListKeyPolicies", on: key, as: session)
        return ["default"]
    }

    // MARK: - AWS managed keys

    /// The AWS services whose managed keys the world knows, with the actions their fixed key
    /// policies give to principals of the account calling through the service
    /// (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key).
    static let awsManagedKeyServices: [String: (viaService: String, actions: [String], metadata: [String])] = [
        "s3": (
            "s3", ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
            ["kms:Describe*", "kms:Get*", "kms:List*"]
        ),
        "ebs": (
            "ec2",
            [
                "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant",
                "kms:DescribeKey",
            ],
            ["kms:Describe*", "kms:Get*", "kms:List*", "kms:RevokeGrant"]
        ),
        "rds": (
            "rds",
            [
                "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant",
                "kms:ListGrants", "kms:DescribeKey",
            ],
            ["kms:Describe*", "kms:Get*", "kms:List*", "kms:RevokeGrant"]
        ),
        "secretsmanager": (
            "secretsmanager",
            [
                "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant",
                "kms:DescribeKey",
            ],
            ["kms:Describe*", "kms:Get*", "kms:List*"]
        ),
        "ssm": (
            "ssm", ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
            ["kms:Describe*", "kms:Get*", "kms:List*"]
        ),
        "lambda": (
            "lambda",
            [
                "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant",
                "kms:DescribeKey",
            ],
            ["kms:Describe*", "kms:Get*", "kms:List*"]
        ),
        "dynamodb": (
            "dynamodb",
            [
                "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant",
                "kms:DescribeKey",
            ],
            ["kms:Describe*", "kms:Get*", "kms:List*"]
        ),
        "sns": (
            "sns",
            [
                "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant",
                "kms:DescribeKey",
            ],
            ["kms:Describe*", "kms:Get*", "kms:List*"]
        ),
        "sqs": (
            "sqs",
            [
                "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant",
                "kms:DescribeKey",
            ],
            ["kms:Describe*", "kms:Get*", "kms:List*"]
        ),
        "backup": (
            "backup",
            [
                "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant",
                "kms:DescribeKey",
            ],
            ["kms:Describe*", "kms:Get*", "kms:List*"]
        ),
    ]

    /// AWS's fixed key policy of the managed key of `service` (`auto-SERVICE-2`): principals of
    /// the account may use it through the service only, and the account may read its metadata.
    public static func awsManagedKeyPolicy(
        service: String, accountID: String, region: String, partition: String = "aws"
    ) -> String? {
        guard let entry = awsManagedKeyServices[service] else { return nil }
        let quoted = { (actions: [String]) in actions.map { "\"\($0)\"" }.joined(separator: ", ") }
        return """
            {
              "Version": "2012-10-17",
              "Id": "auto-\(service)-2",
              "Statement": [
                {
                  "Sid": "Allow access through \(service) for all principals in the account that are authorized to use \(service)",
                  "Effect": "Allow",
                  "Principal": {"AWS": "*"},
                  "Action": [\(quoted(entry.actions))],
                  "Resource": "*",
                  "Condition": {
                    "StringEquals": {
                      "kms:CallerAccount": "\(accountID)",
                      "kms:ViaService": "\(entry.viaService).\(region).amazonaws.com"
                    }
                  }
                },
                {
                  "Sid": "Allow direct access to key metadata to the account",
                  "Effect": "Allow",
                  "Principal": {"AWS": "arn:\(partition):iam::\(accountID):root"},
                  "Action": [\(quoted(entry.metadata))],
                  "Resource": "*"
                }
              ]
            }
            """
    }

    /// The AWS managed key of `service` (`aws/s3`, `aws/ebs`, `aws/rds`...) in an account and
    /// Region, created with AWS's fixed policy and the `alias/aws/SERVICE` alias the first time a
    /// service uses it, as KMS does.
    /// - Throws: `NotFoundException` for a service without a managed key in lzsim.
    @discardableResult
    public mutating func awsManagedKey(service: String, accountID: String, region: String) throws(AWSError) -> KMSKey {
        let aliasName = "alias/aws/\(service)"
        if let target = kmsRegion(accountID, region)?.aliases[aliasName]?.targetKeyID,
            let key = liveKey(accountID, region, target)
        {
            return key
        }
        guard
            let text = Self.awsManagedKeyPolicy(
                service: service, accountID: accountID, region: region, partition: partition)
        else {
            throw AWSError(.notFound, "lzsim knows no AWS managed key for the service '\(service)'")
        }
        _ = try requireAccount(accountID)
        let keyID = Self.uuid(&ids)
        let arn = keyARN(accountID, region, keyID)
        let policy = try compileKeyPolicy(text, keyARN: arn)
        var key = try insertKey(
            keyID: keyID, accountID: accountID, region: region,
            description: "Default key that protects my \(service.uppercased()) data when no other key is defined",
            keySpec: .symmetricDefault, keyUsage: .encryptDecrypt, origin: .awsKMS, keyManager: .aws, policyText: text,
            policy: policy, tags: [:], primaryRegion: nil, managingService: service,
            material: KeyMaterial(seed: seed, materialID: keyID, spec: .symmetricDefault, usage: .encryptDecrypt))
        // AWS managed keys rotate every year, and this cannot be changed.
        let now = self.now
        key = try updateKey(key) { (key: inout KMSKey) throws(AWSError) -> KMSKey in
            key.rotation.isEnabled = true
            key.rotation.periodDays = 365
            key.rotation.nextRotation = now + 365 * 86_400
            key.aliasNames = [aliasName]
            return key
        }
        let entry = AliasListEntry(
            aliasName: aliasName, aliasARN: aliasARN(accountID, region, aliasName), targetKeyID: keyID,
            creationDate: now, lastUpdatedDate: now)
        try updateKMS(of: accountID, region: region) { (store: inout KMSRegion) throws(AWSError) in
            store.aliases[aliasName] = entry
        }
        return liveKey(accountID, region, keyID) ?? key
    }
}
