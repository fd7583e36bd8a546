import Foundation
import LZPolicy

extension World {
    /// `CreateResourceShare` (AWS RAM) for private CAs: shares CAs with accounts, OUs or the whole
    /// organization by attaching the CA policy of RAM's default permission for CAs
    /// (`AWSRAMDefaultPermissionCertificateAuthority`: issue end-entity certificates, read them
    /// and the CA). Without `allowExternalPrincipals`, every principal must be in the organization.
    /// - Parameter principals: Account IDs, or organization and OU ARNs.
    /// - Returns: The share's ARN.
    /// - Throws: `InvalidParameterException` for a principal outside the organization, `ResourceNotFoundException`,
    ///   or `AccessDeniedException`.
    @discardableResult
    public mutating func createResourceShare(
        name: String,
        resourceARNs: [String],
        principals: [String],
        allowExternalPrincipals: Bool = false,
        as session: Session
    ) throws(AWSError) -> String {
        let accountID = session.accountID
        let region = session.attributes.region ?? regions[0]
        let arn = "arn:\(partition):ram:\(region):\(accountID):resource-share/\(ids.uuid())"
        try requireAccess(
            AccessRequest(
                session: session, action: "ram:CreateResourceShare", resource: .init(arn: arn, accountID: accountID)),
            deniedCode: .accessDeniedException)
        var accounts: [String] = []
        var orgPaths: [String] = []
        for principal in principals {
            if principal.allSatisfy(\.isNumber), principal.count == 12 {
                let inOrganization = organization?.organizationPath(of: principal) != nil
                guard allowExternalPrincipals || inOrganization else {
                    throw AWSError(
                        .invalidParameter,
                        "Principal \(principal) is not in the organization and external sharing is off")
                }
                accounts.append(principal)
            } else if let organization, principal.hasPrefix("arn:\(partition):organizations::"),
                let id = principal.split(separator: "/").last
            {
                let unit = String(id)
                guard unit.hasPrefix("o-") || organization.parents[unit] != nil else {
                    throw AWSError(.invalidParameter, "Principal \(principal) is not in the organization")
                }
                let levels = unit.hasPrefix("o-") ? [] : organization.path(to: unit)
                orgPaths.append(([organization.id] + levels).joined(separator: "/") + "/*")
            } else {
                throw AWSError(.invalidParameter, "Principal \(principal) is not an account ID or an organization ARN")
            }
        }
        for resourceARN in resourceARNs {
            let authority = try requireAuthority(resourceARN)
            guard authority.accountID == accountID else {
                throw AWSError(.invalidParameter, "\(resourceARN) does not belong to the account \(accountID)")
            }
            let policy = Self.sharingPolicy(resourceARN, accounts: accounts, orgPaths: orgPaths, partition: partition)
            let compiled = try compilePolicy(
                policy, kind: .resource, name: "\(name) share of \(resourceARN)",
                codes: DocumentErrorCodes(malformed: .invalidPolicy, tooLarge: .invalidPolicy))
            try updateTLS(of: accountID) { (tls: inout TLSResources) throws(AWSError) in
                tls.certificateAuthorities[resourceARN]?.policy = compiled
                tls.certificateAuthorities[resourceARN]?.policyText = policy
            }
        }
        return arn
    }

    private static func sharingPolicy(_ arn: String, accounts: [String], orgPaths: [String], partition: String)
        -> String
    {
        let read =
            #"["acm-pca:DescribeCertificateAuthority","acm-pca:GetCertificate","acm-pca:GetCertificateAuthorityCertificate","acm-pca:ListPermissions","acm-pca:ListTags"]"#
        let template = "arn:\(partition):acm-pca:::template/EndEntityCertificate/V1"
        var statements: [String] = []
        func quoted(_ values: [String]) -> String { "[" + values.map { "\"\($0)\"" }.joined(separator: ",") + "]" }
        if !accounts.isEmpty {
            let principal = #"{"AWS":\#(quoted(accounts))}"#
            statements.append(#"{"Effect":"Allow","Principal":\#(principal),"Action":\#(read),"Resource":"\#(arn)"}"#)
            statements.append(
                #"{"Effect":"Allow","Principal":\#(principal),"Action":"acm-pca:IssueCertificate","Resource":"\#(arn)","Condition":{"StringEquals":{"acm-pca:TemplateArn":"\#(template)"}}}"#
            )
        }
        if !orgPaths.isEmpty {
            let condition = #""ForAnyValue:StringLike":{"aws:PrincipalOrgPaths":\#(quoted(orgPaths))}"#
            statements.append(
                #"{"Effect":"Allow","Principal":"*","Action":\#(read),"Resource":"\#(arn)","Condition":{\#(condition)}}"#
            )
            statements.append(
                #"{"Effect":"Allow","Principal":"*","Action":"acm-pca:IssueCertificate","Resource":"\#(arn)","Condition":{\#(condition),"StringEquals":{"acm-pca:TemplateArn":"\#(template)"}}}"#
            )
        }
        return #"{"Version":"2012-10-17","Statement":[\#(statements.joined(separator: ","))]}"#
    }
}
