import LZSim

/// Security Hub's controls on the security services themselves, one finding per account and
/// Region of the world, as AWS Config evaluates them in each Region.
extension ControlCatalog {
    static let securityServices: [Control] = [
        Control(
            id: "GuardDuty.1", title: "GuardDuty should be enabled", service: "guardduty", severity: .high,
            mappings: [.init(framework: .fsbp, reference: "GuardDuty.1")],
            parameters: [], resourceType: "AWS::::Account", needs: "accounts",
            logic: "Each account and Region: NON_COMPLIANT unless the account has a GuardDuty detector there "
                + "whose status is ENABLED (guardduty-enabled-centralized).",
            requirement: "an enabled GuardDuty detector in every Region",
            remediation: "Create a detector, or let the GuardDuty delegated administrator auto-enable the account "
                + "(UpdateOrganizationConfiguration --auto-enable-organization-members ALL)",
            evaluate: { input in
                perRegion(input, "guardduty") { account, region in
                    guard let detector = input.world.detector(account: account.id, region: region) else {
                        return .nonCompliant("no GuardDuty detector in \(region)")
                    }
                    return detector.status == .enabled
                        ? .compliant("detector \(detector.detectorID) is enabled in \(region)")
                        : .nonCompliant("detector \(detector.detectorID) is \(detector.status) in \(region)")
                }
            }),
        Control(
            id: "IAM.28", title: "IAM Access Analyzer external access analyzer should be enabled", service: "iam",
            severity: .high,
            mappings: [.init(framework: .fsbp, reference: "IAM.28"), .init(framework: .cis30, reference: "1.20")],
            parameters: [], resourceType: "AWS::::Account", needs: "accounts",
            logic: "Each account and Region: NON_COMPLIANT if the account has no external access analyzer of its "
                + "own there (iam-external-access-analyzer-enabled); an organization analyzer in the delegated "
                + "administrator does not count for the other member accounts.",
            requirement: "an external access analyzer (ACCOUNT or ORGANIZATION) in the account, in every Region",
            remediation: "Create an analyzer with CreateAnalyzer --type ACCOUNT, or ORGANIZATION from the "
                + "management or delegated administrator account",
            evaluate: { input in
                perRegion(input, "access-analyzer") { account, region in
                    let analyzers = input.world.analyzers(account: account.id, region: region)
                    guard let analyzer = analyzers.first else {
                        return .nonCompliant("no external access analyzer in \(region)")
                    }
                    return .compliant("\(analyzer.type) analyzer \(analyzer.name) is active in \(region)")
                }
            }),
    ]

    /// One finding per account in scope and Region of the world.
    static func perRegion(
        _ input: ControlInput,
        _ type: String,
        _ status: (ControlInput.ScopedAccount, String) -> ControlStatus
    ) -> [ControlFinding] {
        input.accounts.flatMap { account in
            input.world.regions.map { region in
                input.finding(account.name, type, region, id: "\(account.id)/\(region)", status(account, region))
            }
        }
    }
}
