/// The organization's security services as a foundation declares them: GuardDuty and Security
/// Hub under one delegated administrator, and IAM Access Analyzer's external access analyzer.
///
/// ```yaml
/// security_services:
///   delegated_administrator: audit
///   guardduty: { auto_enable: ALL }
///   security_hub: { auto_enable: true, standards: [aws-foundational-security-best-practices] }
///   access_analyzer: { name: organization-external-access, type: ORGANIZATION }
/// ```
struct SecurityServicesDeclaration: Sendable {
    struct GuardDuty: Sendable {
        /// `ALL`, `NEW` or `NONE`.
        var autoEnable: String
        var location: SourceLocation
    }

    struct SecurityHub: Sendable {
        /// Whether accounts that join the organization later are enabled.
        var autoEnable: Bool
        /// The standards every account's hub has, by short name; `nil` for Security Hub's defaults.
        var standards: [Named]?
        var location: SourceLocation
    }

    struct AccessAnalyzer: Sendable {
        var name: String
        /// `ORGANIZATION` (in the delegated administrator) or `ACCOUNT` (in every member).
        var type: String
        var location: SourceLocation
    }

    var delegatedAdministrator: Named?
    var guardDuty: GuardDuty?
    var securityHub: SecurityHub?
    var accessAnalyzer: AccessAnalyzer?
    var location: SourceLocation
}
