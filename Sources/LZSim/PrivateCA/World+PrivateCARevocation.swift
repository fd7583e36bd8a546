import Foundation

extension World {
    /// `RevokeCertificate` (Private CA): revokes a certificate the CA issued, by serial number,
    /// whether through `IssueCertificate` or for an ACM private certificate, which ACM then
    /// reports `REVOKED`. The CA must be active or disabled.
    /// - Parameter certificateSerial: Hexadecimal, with or without colons.
    /// - Throws: `InvalidStateException` for a CA in another state, `InvalidRequestException` for the
    ///   root CA's self-signed certificate, `RequestAlreadyProcessedException` for a serial revoked
    ///   before, `ResourceNotFoundException`, or `AccessDeniedException`.
    public mutating func revokeCertificate(
        certificateAuthorityARN: String,
        certificateSerial: String,
        revocationReason: RevocationReason,
        as session: Session
    ) throws(AWSError) {
        let authority = try requireAuthority(certificateAuthorityARN)
        try authorizeOnAuthority("acm-pca:RevokeCertificate", authority, as: session)
        let status = authority.status(at: now)
        guard status == .active || status == .disabled else {
            throw AWSError(
                .invalidStateException,
                "Certificate authority \(certificateAuthorityARN) is \(status.rawValue); only ACTIVE and DISABLED CAs revoke"
            )
        }
        let serial = Self.serialKey(certificateSerial)
        guard authority.revocations[serial] == nil else {
            throw AWSError(.requestAlreadyProcessed, "Certificate with serial \(certificateSerial) is already revoked")
        }
        let revocation = CertificateRevocation(revokedAt: now, reason: revocationReason)
        if let issued = authority.issuedCertificates.values.first(where: { $0.arn.hasSuffix("/certificate/\(serial)") })
        {
            guard PrivateCATemplate(arn: issued.templateARN) != .rootCA else {
                throw AWSError(.invalidRequest, "You cannot revoke the root CA's self-signed certificate \(serial)")
            }
        } else if let managed = managedCertificate(issuedBy: authority.arn, serial: serial) {
            try markRevoked(managed, revocation)
        } else {
            throw AWSError(
                .resourceNotFound,
                "Could not find a certificate with serial \(certificateSerial) issued by \(certificateAuthorityARN)")
        }
        try updateTLS(of: authority.accountID) {
            $0.certificateAuthorities[certificateAuthorityARN]?.revocations[serial] = revocation
        }
    }

    /// The ACM private certificate whose current serial number the CA signed, in any account.
    private func managedCertificate(issuedBy caARN: String, serial: String) -> ACMCertificate? {
        for account in accountsByID.values {
            for certificate in account.tls.certificates.values where certificate.certificateAuthorityARN == caARN {
                if let current = detail(of: certificate).serial, Self.serialKey(current) == serial {
                    return certificate
                }
            }
        }
        return nil
    }

    /// A serial number as the CA's records key it: lowercase hexadecimal, no colons.
    static func serialKey(_ serial: String) -> String {
        serial.lowercased().filter { $0 != ":" }
    }
}
