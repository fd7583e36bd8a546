import Foundation
import LZPolicy

/// What a SAML 2.0 identity provider asserts about a person signing in.
public struct SAMLAssertion: Sendable {
    /// The subject (`NameID`), for `SAML:sub`.
    public var subject: String
    /// The audience, for `SAML:aud`; AWS sign-in expects `https://signin.aws.amazon.com/saml`.
    public var audience: String
    /// The `RoleSessionName` attribute, which ends the session's ARN.
    public var roleSessionName: String
    /// `PrincipalTag:*` attributes, which become session tags (and need `sts:TagSession`).
    public var sessionTags: [String: String]
    /// Whether the person authenticated with MFA at the identity provider.
    public var multiFactorAuthenticated: Bool

    /// Creates an assertion.
    public init(
        subject: String,
        audience: String = "https://signin.aws.amazon.com/saml",
        roleSessionName: String? = nil,
        sessionTags: [String: String] = [:],
        multiFactorAuthenticated: Bool = false
    ) {
        self.subject = subject
        self.audience = audience
        self.roleSessionName = roleSessionName ?? subject
        self.sessionTags = sessionTags
        self.multiFactorAuthenticated = multiFactorAuthenticated
    }
}

extension World {
    /// `AssumeRoleWithSAML`: a federated sign-in through a SAML provider of the role's account;
    /// only the role's trust policy decides, naming the provider as a `Federated` principal
    /// (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithSAML.html).
    public func assumeRoleWithSAML(
        roleARN: String,
        principalARN providerARN: String,
        assertion: SAMLAssertion,
        durationSeconds: Int = 3_600
    ) throws(AWSError) -> Session {
        guard let accountID = Self.account(inARN: providerARN),
            accountsByID[accountID]?.iam.samlProviders[providerARN] != nil,
            let provider = Principal(arn: providerARN)
        else {
            throw AWSError(.invalidParameterValue, "no SAML provider \(providerARN)")
        }
        try Self.validateSessionName(assertion.roleSessionName)
        let name = roleARN.split(separator: "/").last.map(String.init) ?? ""
        guard Self.account(inARN: roleARN) == accountID, let role = accountsByID[accountID]?.iam.roles[name],
            role.arn == roleARN
        else {
            throw AWSError(.accessDenied, "Not authorized to perform sts:AssumeRoleWithSAML on \(roleARN)")
        }
        guard (900...role.maxSessionDuration).contains(durationSeconds) else {
            throw AWSError(
                .validation, "DurationSeconds must be 900 to \(role.maxSessionDuration), not \(durationSeconds)")
        }
        let federation = Session(principal: provider, issuedAt: now, sessionTags: assertion.sessionTags)
        var context: [String: [String]] = [
            "SAML:aud": [assertion.audience], "SAML:sub": [assertion.subject],
            "sts:RoleSessionName": [assertion.roleSessionName],
        ]
        context.merge(IAMNames.requestTagContext(assertion.sessionTags)) { $1 }
        let resource = ResourceReference(arn: role.arn, accountID: accountID, tags: role.tags, policy: role.trustPolicy)
        try requireAccess(
            AccessRequest(session: federation, action: "sts:AssumeRoleWithSAML", resource: resource, context: context))
        if !assertion.sessionTags.isEmpty {
            try requireAccess(
                AccessRequest(session: federation, action: "sts:TagSession", resource: resource, context: context))
        }
        let arn = "arn:\(partition):sts::\(accountID):assumed-role/\(role.name)/\(assertion.roleSessionName)"
        guard let principal = Principal(arn: arn, id: role.roleID) else {
            throw AWSError(.validation, "'\(arn)' is not a valid session ARN")
        }
        return Session(
            principal: principal, roleARN: role.arn, issuedAt: now, expiration: now + TimeInterval(durationSeconds),
            sessionTags: assertion.sessionTags,
            multiFactorAuthenticatedAt: assertion.multiFactorAuthenticated ? now : nil)
    }
}
