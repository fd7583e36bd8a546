import Foundation
import LZPolicy

extension World {
    /// `CreateCertificateAuthority`: a root or subordinate CA in `PENDING_CERTIFICATE` state. A root
    /// becomes `ACTIVE` once its own certificate is installed (``activateRootCertificateAuthority(certificateAuthorityARN:validity:as:)``,
    /// or `IssueCertificate` with the root template and ``importCertificateAuthorityCertificate(certificateAuthorityARN:certificate:certificateChain:as:)``).
    /// - Parameters:
    ///   - keyAlgorithm: RSA_2048, RSA_3072, RSA_4096, EC_prime256v1, EC_secp384r1 or EC_secp521r1.
    ///   - signingAlgorithm: `SHA256WITHRSA`, `SHA384WITHECDSA`...: the family of the key.
    /// - Returns: The CA's ARN.
    /// - Throws: `InvalidArgsException`, `LimitExceededException`, or `AccessDeniedException`.
    @discardableResult
    public mutating func createCertificateAuthority(
        certificateAuthorityType: CertificateAuthorityType,
        keyAlgorithm: KeyAlgorithm,
        signingAlgorithm: String,
        subject: CertificateAuthoritySubject,
        usageMode: String = "GENERAL_PURPOSE",
        tags: [String: String] = [:],
        as session: Session
    ) throws(AWSError) -> String {
        let accountID = session.accountID
        let region = session.attributes.region ?? regions[0]
        guard keyAlgorithm != .rsa1024 else {
            throw AWSError(.invalidArgs, "Key algorithm RSA_1024 is not supported for certificate authorities")
        }
        let family = keyAlgorithm.isRSA ? "WITHRSA" : "WITHECDSA"
        guard ["SHA256", "SHA384", "SHA512"].contains(where: { signingAlgorithm == $0 + family }) else {
            throw AWSError(
                .invalidArgs,
                "Signing algorithm \(signingAlgorithm) does not match key algorithm \(keyAlgorithm.rawValue)")
        }
        guard !subject.commonName.isEmpty, subject.commonName.count <= 64,
            subject.country.map({ $0.count == 2 }) ?? true
        else {
            throw AWSError(
                .invalidArgs, "the CA subject needs a common name of 1 to 64 characters and a 2-letter country")
        }
        try requireAccess(
            AccessRequest(
                session: session, action: "acm-pca:CreateCertificateAuthority",
                resource: .init(arn: "*", accountID: accountID), context: ACMTags.requestTagContext(tags),
                region: region),
            deniedCode: .accessDeniedException)
        let arn = "arn:\(partition):acm-pca:\(region):\(accountID):certificate-authority/\(ids.uuid())"
        let authority = CertificateAuthority(
            arn: arn, accountID: accountID, type: certificateAuthorityType, keyAlgorithm: keyAlgorithm,
            signingAlgorithm: signingAlgorithm, subject: subject, usageMode: usageMode, createdAt: now,
            storedStatus: .pendingCertificate, tags: tags, materialSeed: ids.materialSeed())
        try updateTLS(of: accountID) { $0.certificateAuthorities[arn] = authority }
        return arn
    }

    /// `DescribeCertificateAuthority`: the CA with its status as of now.
    public func describeCertificateAuthority(certificateAuthorityARN: String, as session: Session) throws(AWSError)
        -> CertificateAuthority
    {
        let authority = try requireAuthority(certificateAuthorityARN)
        try authorizeOnAuthority("acm-pca:DescribeCertificateAuthority", authority, as: session)
        var described = authority
        described.storedStatus = authority.status(at: now)
        return described
    }

    /// `ListCertificateAuthorities`: the caller's CAs in its Region, with their status as of now.
    public func listCertificateAuthorities(as session: Session) throws(AWSError) -> [CertificateAuthority] {
        let region = session.attributes.region ?? regions[0]
        try requireAccess(
            AccessRequest(
                session: session, action: "acm-pca:ListCertificateAuthorities",
                resource: .init(arn: "*", accountID: session.accountID)),
            deniedCode: .accessDeniedException)
        return try requireAccount(session.accountID).tls.certificateAuthorities.values
            .filter { $0.arn.hasPrefix("arn:\(partition):acm-pca:\(region):") }
            .sorted { ($0.createdAt, $0.arn) < ($1.createdAt, $1.arn) }
            .map { authority in
                var listed = authority
                listed.storedStatus = authority.status(at: now)
                return listed
            }
    }

    /// Installs a root CA's self-signed certificate, as the console's "Install CA certificate"
    /// does (`IssueCertificate` with the root template, then `ImportCertificateAuthorityCertificate`),
    /// without making the key until the certificate is first inspected.
    public mutating func activateRootCertificateAuthority(
        certificateAuthorityARN: String,
        validity: PrivateCAValidity = .years(10),
        as session: Session
    ) throws(AWSError) {
        let authority = try requireAuthority(certificateAuthorityARN)
        guard authority.type == .root, authority.storedStatus == .pendingCertificate else {
            throw AWSError(
                .invalidStateException,
                "\(certificateAuthorityARN) is a \(authority.type.rawValue) CA in \(authority.storedStatus.rawValue); "
                    + "only a root pending its certificate can be activated")
        }
        let template = "arn:\(partition):acm-pca:::template/\(PrivateCATemplate.rootCA.rawValue)"
        try authorizeOnAuthority(
            "acm-pca:IssueCertificate", authority, as: session, context: ["acm-pca:TemplateArn": [template]])
        try authorizeOnAuthority("acm-pca:ImportCertificateAuthorityCertificate", authority, as: session)
        let end = validity.end(from: now)
        try updateTLS(of: authority.accountID) { [now] (tls: inout TLSResources) throws(AWSError) in
            tls.certificateAuthorities[certificateAuthorityARN]?.notBefore = now
            tls.certificateAuthorities[certificateAuthorityARN]?.notAfter = end
            tls.certificateAuthorities[certificateAuthorityARN]?.storedStatus = .active
        }
    }

    /// `UpdateCertificateAuthority`: enables or disables an installed CA.
    public mutating func updateCertificateAuthority(
        certificateAuthorityARN: String,
        status: CertificateAuthorityStatus,
        as session: Session
    ) throws(AWSError) {
        let authority = try requireAuthority(certificateAuthorityARN)
        try authorizeOnAuthority("acm-pca:UpdateCertificateAuthority", authority, as: session)
        guard status == .active || status == .disabled, authority.notAfter != nil,
            authority.storedStatus == .active || authority.storedStatus == .disabled
        else {
            throw AWSError(
                .invalidStateException,
                "\(certificateAuthorityARN) is \(authority.storedStatus.rawValue) and cannot become \(status.rawValue)")
        }
        try updateTLS(of: authority.accountID) {
            $0.certificateAuthorities[certificateAuthorityARN]?.storedStatus = status
        }
    }

    /// `DeleteCertificateAuthority`: the CA goes to `DELETED` (ACTIVE CAs must be disabled first).
    public mutating func deleteCertificateAuthority(certificateAuthorityARN: String, as session: Session)
        throws(AWSError)
    {
        let authority = try requireAuthority(certificateAuthorityARN)
        try authorizeOnAuthority("acm-pca:DeleteCertificateAuthority", authority, as: session)
        guard authority.status(at: now) != .active else {
            throw AWSError(
                .invalidStateException, "\(certificateAuthorityARN) is ACTIVE; disable it before deleting it")
        }
        try updateTLS(of: authority.accountID) {
            $0.certificateAuthorities[certificateAuthorityARN]?.storedStatus = .deleted
        }
    }

    /// `PutPolicy`: the CA's resource policy, which lets other accounts use it.
    public mutating func putPolicy(resourceARN: String, policy: String, as session: Session) throws(AWSError) {
        let authority = try requireAuthority(resourceARN)
        try authorizeOnAuthority("acm-pca:PutPolicy", authority, as: session)
        let compiled = try compilePolicy(
            policy, kind: .resource, name: "\(resourceARN) policy",
            codes: DocumentErrorCodes(malformed: .invalidPolicy, tooLarge: .invalidPolicy))
        try updateTLS(of: authority.accountID) { (tls: inout TLSResources) throws(AWSError) in
            tls.certificateAuthorities[resourceARN]?.policy = compiled
            tls.certificateAuthorities[resourceARN]?.policyText = policy
        }
    }

    /// The CA an ARN names, wherever it lives.
    func certificateAuthority(arn: String) -> CertificateAuthority? {
        guard let accountID = Self.account(inARN: arn) else { return nil }
        return accountsByID[accountID]?.tls.certificateAuthorities[arn]
    }

    /// The CA an ARN names, not deleted.
    /// - Throws: `ResourceNotFoundException`.
    func requireAuthority(_ arn: String) throws(AWSError) -> CertificateAuthority {
        guard let authority = certificateAuthority(arn: arn) else {
            throw AWSError(.resourceNotFound, "Could not find certificate authority \(arn)")
        }
        return authority
    }

    /// Authorizes an `acm-pca:` action on a CA, with its tags and resource policy.
    func authorizeOnAuthority(
        _ action: String,
        _ authority: CertificateAuthority,
        as session: Session,
        context: [String: [String]] = [:]
    ) throws(AWSError) {
        try requireAccess(
            AccessRequest(
                session: session, action: action,
                resource: .init(
                    arn: authority.arn, accountID: authority.accountID, tags: authority.tags, policy: authority.policy),
                context: context),
            deniedCode: .accessDeniedException)
    }
}
