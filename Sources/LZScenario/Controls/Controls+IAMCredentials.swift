import LZSim

/// Security Hub's IAM controls on credentials: access keys, console passwords and MFA, read
/// from the accounts' credential state (https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html).
extension ControlCatalog {
    static let iamCredentials: [Control] = [
        Control(
            id: "IAM.3", title: "IAM users' access keys should be rotated every 90 days or less", service: "iam",
            severity: .medium,
            mappings: [.init(framework: .fsbp, reference: "IAM.3"), .init(framework: .cis30, reference: "1.14")],
            parameters: [
                .init(
                    name: "maxAccessKeyAge", summary: "the oldest an active access key may be, in days", kind: .integer,
                    defaultValue: ["90"], range: 1...365)
            ],
            resourceType: "AWS::IAM::User", needs: "IAM users with access keys",
            logic: "Each IAM user with access keys: NON_COMPLIANT if an active key is older than maxAccessKeyAge days "
                + "(access-keys-rotated). Inactive keys do not count.",
            requirement: "every active access key younger than maxAccessKeyAge days",
            remediation: "Create a new key, move its users to it, then deactivate and delete the old one",
            evaluate: { input in
                let limit = input.int("maxAccessKeyAge")
                return users(input).compactMap { account, user, credentials in
                    let keys = credentials.accessKeys(of: user.name)
                    guard !keys.isEmpty else { return nil }
                    let old = keys.filter { $0.status == .active && $0.age(at: input.world.now) > limit }
                    let status: ControlStatus =
                        if let key = old.first {
                            .nonCompliant(
                                "user '\(user.name)' access key \(key.accessKeyId) is \(key.age(at: input.world.now)) "
                                    + "days old, more than \(limit)")
                        } else {
                            .compliant("user '\(user.name)' has no active access key older than \(limit) days")
                        }
                    return input.finding(account, "user", user.name, id: user.arn, status, tags: user.tags)
                }
            }),
        rootControl(
            id: "IAM.4", title: "IAM root user access key should not exist", severity: .critical, cis: "1.4",
            logic: "Each account: NON_COMPLIANT if the root user has an access key (iam-root-access-key-check).",
            requirement: "no root user access key",
            remediation: "Delete the root user's access keys and use IAM roles instead"
        ) { credentials in
            let keys = credentials.accessKeys(of: nil)
            return keys.isEmpty
                ? .compliant("the root user has no access keys")
                : .nonCompliant(
                    "the root user has access key\(keys.count == 1 ? "" : "s") "
                        + keys.map(\.accessKeyId).joined(separator: ", "))
        },
        Control(
            id: "IAM.5", title: "MFA should be enabled for all IAM users that have a console password", service: "iam",
            severity: .medium,
            mappings: [.init(framework: .fsbp, reference: "IAM.5"), .init(framework: .cis30, reference: "1.10")],
            parameters: [], resourceType: "AWS::IAM::User", needs: "IAM users with console passwords",
            logic: "Each IAM user with a console password: NON_COMPLIANT if it has no MFA device "
                + "(mfa-enabled-for-iam-console-access). Users without a password are not evaluated.",
            requirement: "an MFA device for every user with a console password",
            remediation: "Assign an MFA device to the user, or delete the user's console password",
            evaluate: { input in
                users(input).compactMap { account, user, credentials in
                    guard credentials.loginProfiles[user.name] != nil else { return nil }
                    let status: ControlStatus =
                        user.mfaDevices.isEmpty
                        ? .nonCompliant("user '\(user.name)' has a console password and no MFA device")
                        : .compliant("user '\(user.name)' signs in to the console with MFA")
                    return input.finding(account, "user", user.name, id: user.arn, status, tags: user.tags)
                }
            }),
        rootControl(
            id: "IAM.6", title: "Hardware MFA should be enabled for the root user", severity: .critical, cis: "1.6",
            logic: "Each account: NON_COMPLIANT if the root user has no MFA device, or a virtual one "
                + "(root-account-hardware-mfa-enabled).",
            requirement: "a hardware MFA device on the root user",
            remediation: "Assign a hardware MFA device to the root user"
        ) { credentials in
            guard let device = credentials.rootMFADevice else {
                return .nonCompliant("the root user has no MFA device")
            }
            return device.isVirtual
                ? .nonCompliant("the root user's MFA device \(device.serialNumber) is virtual, not hardware")
                : .compliant("the root user uses hardware MFA device \(device.serialNumber)")
        },
        rootControl(
            id: "IAM.9", title: "MFA should be enabled for the root user", severity: .critical, cis: "1.5",
            logic: "Each account: NON_COMPLIANT if the root user has no MFA device (root-account-mfa-enabled).",
            requirement: "an MFA device on the root user",
            remediation: "Assign an MFA device (hardware preferred) to the root user"
        ) { credentials in
            credentials.rootMFADevice.map { .compliant("the root user has MFA device \($0.serialNumber)") }
                ?? .nonCompliant("the root user has no MFA device")
        },
        Control(
            id: "IAM.19", title: "MFA should be enabled for all IAM users", service: "iam", severity: .medium,
            mappings: [.init(framework: .fsbp, reference: "IAM.19")], parameters: [], resourceType: "AWS::IAM::User",
            needs: "IAM users",
            logic: "Each IAM user: NON_COMPLIANT if it has no MFA device (iam-user-mfa-enabled).",
            requirement: "an MFA device for the user", remediation: "Assign an MFA device to the user",
            evaluate: { input in
                users(input).map { account, user, _ in
                    let status: ControlStatus =
                        user.mfaDevices.isEmpty
                        ? .nonCompliant("user '\(user.name)' has no MFA device")
                        : .compliant("user '\(user.name)' has MFA device \(user.mfaDevices[0])")
                    return input.finding(account, "user", user.name, id: user.arn, status, tags: user.tags)
                }
            }),
    ]

    /// The users of the accounts in scope with their account's credentials, sorted by account and name.
    static func users(_ input: ControlInput) -> [(String, IAMUser, IAMCredentials)] {
        input.accounts.flatMap { account -> [(String, IAMUser, IAMCredentials)] in
            guard let iam = input.world.account(account.id)?.iam else { return [] }
            return iam.users.values.sorted { $0.name < $1.name }.map { (account.name, $0, iam.credentials) }
        }
    }

    /// A control on each account's root user, labelled `ACCOUNT/account/root`.
    private static func rootControl(
        id: String, title: String, severity: ControlSeverity, cis: String, logic: String, requirement: String,
        remediation: String, _ status: @escaping @Sendable (IAMCredentials) -> ControlStatus
    ) -> Control {
        Control(
            id: id, title: title, service: "iam", severity: severity,
            mappings: [.init(framework: .fsbp, reference: id), .init(framework: .cis30, reference: cis)],
            parameters: [], resourceType: "AWS::::Account", needs: "accounts", logic: logic, requirement: requirement,
            remediation: remediation,
            evaluate: { input in
                input.accounts.map { account in
                    let credentials = input.world.account(account.id)?.iam.credentials ?? IAMCredentials()
                    return input.finding(
                        account.name, "account", "root", id: "arn:aws:iam::\(account.id):root", status(credentials),
                        tags: nil)
                }
            })
    }
}
