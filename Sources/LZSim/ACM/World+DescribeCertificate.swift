import Foundation
import X509

extension World {
    /// `DescribeCertificate`: the certificate with its status, validity, renewal and use, as of now.
    /// - Throws: `InvalidArnException`, `ResourceNotFoundException`, or `AccessDeniedException`.
    public func describeCertificate(certificateARN: String, as session: Session) throws(AWSError) -> CertificateDetail {
        let certificate = try requireCertificate(certificateARN)
        try requireAccess(
            AccessRequest(
                session: session, action: "acm:DescribeCertificate",
                resource: .init(arn: certificate.arn, accountID: certificate.accountID, tags: certificate.tags)),
            deniedCode: .accessDeniedException)
        return detail(of: certificate)
    }

    /// The certificate's detail at the current time, without authorization (for queries).
    func detail(of certificate: ACMCertificate) -> CertificateDetail {
        let state = lifecycle(of: certificate)
        var detail = CertificateDetail(
            certificateARN: certificate.arn, domainName: certificate.domainName,
            subjectAlternativeNames: certificate.subjectAlternativeNames,
            domainValidationOptions: domainValidations(of: certificate, status: state.validationStatus),
            serial: nil, subject: "CN=\(certificate.domainName)", issuer: nil, createdAt: certificate.createdAt,
            issuedAt: state.issuedAt, importedAt: certificate.importedAt, status: state.status,
            notBefore: state.notBefore, notAfter: state.notAfter, keyAlgorithm: certificate.keyAlgorithm,
            signatureAlgorithm: nil, inUseBy: inUseBy(certificate), type: certificate.type,
            renewalSummary: certificate.type == .imported ? nil : state.renewalSummary,
            renewalEligibility: state.renewalEligibility, certificateAuthorityARN: certificate.certificateAuthorityARN,
            certificateTransparencyLoggingPreference: certificate.type == .imported
                ? nil : certificate.certificateTransparencyLogging,
            failureReason: state.failureReason?.rawValue)
        if state.status == .revoked {
            detail.revokedAt = certificate.revokedAt
            detail.revocationReason = certificate.revocationReason
        }
        if let imported = certificate.imported {
            detail.createdAt = nil
            detail.serial = imported.serial
            detail.subject = imported.subject
            detail.issuer = imported.issuer
            detail.signatureAlgorithm = imported.signatureAlgorithm
        } else if state.notBefore != nil {
            let serial = CertificateFactory.serialNumber(seed: certificate.materialSeed, generation: state.generation)
            detail.serial = Self.colonHex(serial.bytes)
            if let caARN = certificate.certificateAuthorityARN, let authority = certificateAuthority(arn: caARN) {
                detail.issuer = authority.subject.commonName
                detail.signatureAlgorithm = authority.signingAlgorithm
            } else {
                detail.issuer = "Amazon"
                detail.signatureAlgorithm = "SHA256WITHECDSA"  // the simulated Amazon CA's P-256 key
            }
        }
        return detail
    }

    /// `aa:bb:cc`, as ACM prints serial numbers.
    static func colonHex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined(separator: ":")
    }

    /// The certificate an ARN names, in the account the ARN names.
    /// - Throws: `InvalidArnException` for a malformed ARN, `ResourceNotFoundException` when absent.
    func requireCertificate(_ arn: String) throws(AWSError) -> ACMCertificate {
        let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0] == "arn", fields[2] == "acm", fields[5].hasPrefix("certificate/"),
            let accountID = Self.account(inARN: arn)
        else {
            throw AWSError(.invalidARN, "\(arn) is not a valid certificate ARN")
        }
        guard let certificate = accountsByID[accountID]?.tls.certificates[arn] else {
            throw AWSError(.resourceNotFound, "Could not find certificate \(arn).")
        }
        return certificate
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
