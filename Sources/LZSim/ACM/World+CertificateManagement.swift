import Foundation

extension World {
    /// `ListCertificates`: the caller's certificates in its Region, by status and key type.
    /// - Parameters:
    ///   - certificateStatuses: Statuses to list; every status when empty.
    ///   - includes: Key types to list; by default only RSA_1024 and RSA_2048, as ACM does.
    public func listCertificates(
        certificateStatuses: [CertificateStatus] = [],
        includes: CertificateFilters = CertificateFilters(),
        as session: Session
    ) throws(AWSError) -> [CertificateSummary] {
        let region = session.attributes.region ?? regions[0]
        try requireAccess(
            AccessRequest(
                session: session, action: "acm:ListCertificates",
                resource: .init(arn: "*", accountID: session.accountID)),
            deniedCode: .accessDeniedException)
        let certificates = try requireAccount(session.accountID).tls.certificates.values
        return certificates.filter { $0.region == region && includes.keyTypes.contains($0.keyAlgorithm) }
            .sorted { ($0.createdAt, $0.arn) < ($1.createdAt, $1.arn) }
            .compactMap { certificate in
                let detail = detail(of: certificate)
                guard certificateStatuses.isEmpty || certificateStatuses.contains(detail.status) else { return nil }
                return CertificateSummary(
                    certificateARN: certificate.arn, domainName: certificate.domainName,
                    subjectAlternativeNames: certificate.subjectAlternativeNames, status: detail.status,
                    type: certificate.type, keyAlgorithm: certificate.keyAlgorithm, inUse: !detail.inUseBy.isEmpty,
                    renewalEligibility: detail.renewalEligibility, notAfter: detail.notAfter)
            }
    }

    /// `DeleteCertificate`: refused while a load balancer uses the certificate.
    /// - Throws: `ResourceInUseException` naming the users, `ResourceNotFoundException`, or `AccessDeniedException`.
    public mutating func deleteCertificate(certificateARN: String, as session: Session) throws(AWSError) {
        let certificate = try requireCertificate(certificateARN)
        try requireAccess(
            AccessRequest(
                session: session, action: "acm:DeleteCertificate",
                resource: .init(arn: certificate.arn, accountID: certificate.accountID, tags: certificate.tags)),
            deniedCode: .accessDeniedException)
        let users = inUseBy(certificate)
        guard users.isEmpty else {
            throw AWSError(
                .resourceInUse,
                "Certificate \(certificateARN) is in use by \(users.joined(separator: ", ")) and cannot be deleted")
        }
        try updateTLS(of: certificate.accountID) { $0.removeCertificate(certificateARN) }
    }

    /// `AddTagsToCertificate`.
    public mutating func addTagsToCertificate(certificateARN: String, tags: [String: String], as session: Session)
        throws(AWSError)
    {
        let certificate = try requireCertificate(certificateARN)
        try ACMTags.validate(tags, existing: certificate.tags.keys.filter { tags[$0] == nil }.count)
        try requireAccess(
            AccessRequest(
                session: session, action: "acm:AddTagsToCertificate",
                resource: .init(arn: certificate.arn, accountID: certificate.accountID, tags: certificate.tags),
                context: ACMTags.requestTagContext(tags)),
            deniedCode: .accessDeniedException)
        try updateTLS(of: certificate.accountID) { $0.certificates[certificateARN]?.tags.merge(tags) { $1 } }
    }

    /// `RemoveTagsFromCertificate`: removes the keys (and only those whose value matches, when one is given).
    public mutating func removeTagsFromCertificate(
        certificateARN: String,
        tags: [String: String?],
        as session: Session
    ) throws(AWSError) {
        let certificate = try requireCertificate(certificateARN)
        try requireAccess(
            AccessRequest(
                session: session, action: "acm:RemoveTagsFromCertificate",
                resource: .init(arn: certificate.arn, accountID: certificate.accountID, tags: certificate.tags),
                context: ["aws:TagKeys": tags.keys.sorted()]),
            deniedCode: .accessDeniedException)
        try updateTLS(of: certificate.accountID) { (tls: inout TLSResources) throws(AWSError) in
            for (key, value) in tags where value == nil || tls.certificates[certificateARN]?.tags[key] == value {
                tls.certificates[certificateARN]?.tags[key] = nil
            }
        }
    }

    /// `PutAccountConfiguration`: how many days before expiry ACM sends expiry events (1 to 45).
    /// - Throws: `ValidationException` for a number outside 1 to 45, or `AccessDeniedException`.
    public mutating func putAccountConfiguration(
        daysBeforeExpiry: Int,
        idempotencyToken: String,
        as session: Session
    ) throws(AWSError) {
        guard (1...45).contains(daysBeforeExpiry) else {
            throw AWSError(.validationException, "DaysBeforeExpiry must be 1 to 45, not \(daysBeforeExpiry)")
        }
        try requireAccess(
            AccessRequest(
                session: session, action: "acm:PutAccountConfiguration",
                resource: .init(arn: "*", accountID: session.accountID)),
            deniedCode: .accessDeniedException)
        try updateTLS(of: session.accountID) { $0.expiryEventsDaysBeforeExpiry = daysBeforeExpiry }
    }

    /// `ListTagsForCertificate`.
    public func listTagsForCertificate(certificateARN: String, as session: Session) throws(AWSError) -> [String: String]
    {
        let certificate = try requireCertificate(certificateARN)
        try requireAccess(
            AccessRequest(
                session: session, action: "acm:ListTagsForCertificate",
                resource: .init(arn: certificate.arn, accountID: certificate.accountID, tags: certificate.tags)),
            deniedCode: .accessDeniedException)
        return certificate.tags
    }

    /// `GetAccountConfiguration`: the days before expiry that ACM sends expiry events.
    public func getAccountConfiguration(as session: Session) throws(AWSError) -> Int {
        try requireAccess(
            AccessRequest(
                session: session, action: "acm:GetAccountConfiguration",
                resource: .init(arn: "*", accountID: session.accountID)),
            deniedCode: .accessDeniedException)
        return try requireAccount(session.accountID).tls.expiryEventsDaysBeforeExpiry
    }

    /// The domain owner approves ACM's validation email, as clicking its link would: an
    /// email-validated certificate (or its renewal) pending at that moment is validated now.
    public mutating func approveValidationEmail(certificateARN: String) throws(AWSError) {
        let certificate = try requireCertificate(certificateARN)
        guard certificate.validationMethod == .email else {
            throw AWSError(.invalidState, "Certificate \(certificateARN) is not validated by email")
        }
        try updateTLS(of: certificate.accountID) { [now] in $0.certificates[certificateARN]?.emailApprovals.append(now)
        }
    }

    /// `RenewCertificate`: renews a private certificate now (ACM renews public ones itself).
    /// - Throws: `ValidationException` for a certificate that is not private and issued, or `AccessDeniedException`.
    public mutating func renewCertificate(certificateARN: String, as session: Session) throws(AWSError) {
        let certificate = try requireCertificate(certificateARN)
        try requireAccess(
            AccessRequest(
                session: session, action: "acm:RenewCertificate",
                resource: .init(arn: certificate.arn, accountID: certificate.accountID, tags: certificate.tags)),
            deniedCode: .accessDeniedException)
        guard certificate.type == .private, lifecycle(of: certificate).status == .issued else {
            throw AWSError(
                .validationException,
                "Certificate \(certificateARN) is not an issued private certificate; only those can be renewed on request"
            )
        }
        try updateTLS(of: certificate.accountID) { [now] in $0.certificates[certificateARN]?.renewalRequests.append(now)
        }
    }
}
