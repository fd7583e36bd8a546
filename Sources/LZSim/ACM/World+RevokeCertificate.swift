import Foundation

extension World {
    /// `RevokeCertificate` (ACM): revokes an exported certificate for good; it becomes `REVOKED`,
    /// is never renewed again, and its private CA lists the serial number.
    /// - Throws: `ValidationException` for a certificate never exported (ACM revokes only those),
    ///   `ConflictException` for one not `ISSUED` (already revoked, expired), `ResourceInUseException`
    ///   while a load balancer serves it, `ResourceNotFoundException`, or `AccessDeniedException`.
    public mutating func revokeCertificate(
        certificateARN: String,
        revocationReason: RevocationReason,
        as session: Session
    ) throws(AWSError) {
        let certificate = try requireCertificate(certificateARN)
        try requireAccess(
            AccessRequest(
                session: session, action: "acm:RevokeCertificate",
                resource: .init(arn: certificate.arn, accountID: certificate.accountID, tags: certificate.tags)),
            deniedCode: .accessDeniedException)
        guard !certificate.exports.isEmpty else {
            throw AWSError(
                .validationException,
                "Certificate \(certificateARN) was never exported; ACM revokes only exported certificates")
        }
        let detail = detail(of: certificate)
        guard detail.status == .issued else {
            throw AWSError(.conflict, "Certificate \(certificateARN) is \(detail.status.rawValue), not ISSUED")
        }
        guard detail.inUseBy.isEmpty else {
            throw AWSError(
                .resourceInUse,
                "Certificate \(certificateARN) is in use by \(detail.inUseBy.joined(separator: ", ")) and cannot be revoked"
            )
        }
        let revocation = CertificateRevocation(revokedAt: now, reason: revocationReason)
        try markRevoked(certificate, revocation)
        if let caARN = certificate.certificateAuthorityARN, let authority = certificateAuthority(arn: caARN),
            let serial = detail.serial
        {
            try updateTLS(of: authority.accountID) {
                $0.certificateAuthorities[caARN]?.revocations[Self.serialKey(serial)] = revocation
            }
        }
    }

    /// Marks an ACM certificate revoked, as ACM's and Private CA's revocations both do.
    mutating func markRevoked(_ certificate: ACMCertificate, _ revocation: CertificateRevocation) throws(AWSError) {
        try updateTLS(of: certificate.accountID) { (tls: inout TLSResources) throws(AWSError) in
            tls.certificates[certificate.arn]?.revokedAt = revocation.revokedAt
            tls.certificates[certificate.arn]?.revocationReason = revocation.reason
        }
    }

    /// `ResendValidationEmail`: mails a pending email-validated certificate's contacts again,
    /// which gives the owner another 72 hours from now.
    /// - Parameters:
    ///   - domain: A name on the certificate.
    ///   - validationDomain: `domain` or a domain above it, whose contacts receive the email.
    /// - Throws: `InvalidStateException` for a certificate that is DNS-validated, private, imported
    ///   or no longer `PENDING_VALIDATION`; `InvalidDomainValidationOptionsException` for a domain
    ///   not on the certificate or a validation domain not above it; `ResourceNotFoundException`.
    public mutating func resendValidationEmail(
        certificateARN: String,
        domain: String,
        validationDomain: String,
        as session: Session
    ) throws(AWSError) {
        let certificate = try requireCertificate(certificateARN)
        try requireAccess(
            AccessRequest(
                session: session, action: "acm:ResendValidationEmail",
                resource: .init(arn: certificate.arn, accountID: certificate.accountID, tags: certificate.tags)),
            deniedCode: .accessDeniedException)
        guard certificate.validationMethod == .email else {
            throw AWSError(
                .invalidState,
                "Certificate \(certificateARN) is \(certificate.validationMethod.map { "validated by \($0.rawValue)" } ?? certificate.type.rawValue); only EMAIL validation sends email"
            )
        }
        let status = lifecycle(of: certificate).status
        guard status == .pendingValidation else {
            throw AWSError(.invalidState, "Certificate \(certificateARN) is \(status.rawValue), not PENDING_VALIDATION")
        }
        guard certificate.subjectAlternativeNames.contains(domain) else {
            throw AWSError(
                .invalidDomainValidationOptions,
                "Domain \(domain) is not on certificate \(certificateARN): \(certificate.subjectAlternativeNames.joined(separator: ", "))"
            )
        }
        let base = DomainName.validationDomain(domain)
        guard validationDomain == base || base.hasSuffix("." + validationDomain) else {
            throw AWSError(
                .invalidDomainValidationOptions,
                "ValidationDomain \(validationDomain) is neither \(base) nor a domain above it")
        }
        try updateTLS(of: certificate.accountID) { [now] in $0.certificates[certificateARN]?.emailResends.append(now) }
    }
}
