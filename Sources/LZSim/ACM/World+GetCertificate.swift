import Foundation
import SwiftASN1
import X509

extension World {
    /// `GetCertificate`: the issued certificate and its chain as PEM; the key material is made
    /// on this first inspection.
    /// - Throws: `RequestInProgressException` while the certificate is not issued,
    ///   `ResourceNotFoundException`, or `AccessDeniedException`.
    public func getCertificate(certificateARN: String, as session: Session) throws(AWSError) -> ExportedCertificate {
        let certificate = try requireCertificate(certificateARN)
        try requireAccess(
            AccessRequest(
                session: session, action: "acm:GetCertificate",
                resource: .init(arn: certificate.arn, accountID: certificate.accountID, tags: certificate.tags)),
            deniedCode: .accessDeniedException)
        if let imported = certificate.imported {
            return ExportedCertificate(certificate: imported.certificatePEM, certificateChain: imported.chainPEM)
        }
        let state = lifecycle(of: certificate)
        guard state.status == .issued else {
            throw AWSError(
                .requestInProgress, "Certificate \(certificateARN) is \(state.status.rawValue), not ISSUED")
        }
        let material = try leafMaterial(certificate, state)
        return try makingMaterial("PEM for \(certificateARN)") {
            ExportedCertificate(
                certificate: try material.certificate.serializeAsPEM().pemString,
                certificateChain: try CertificateFactory.pem(material.chain))
        }
    }

    /// `ExportCertificate`: a private certificate with its chain and its key encrypted with the
    /// passphrase. Exporting makes the certificate eligible for managed renewal.
    /// - Parameter passphrase: 4 to 128 bytes.
    /// - Throws: `ValidationException` for a public or imported certificate or a short passphrase,
    ///   `RequestInProgressException`, `ResourceNotFoundException`, or `AccessDeniedException`.
    public mutating func exportCertificate(certificateARN: String, passphrase: [UInt8], as session: Session)
        throws(AWSError) -> ExportedCertificate
    {
        let certificate = try requireCertificate(certificateARN)
        try requireAccess(
            AccessRequest(
                session: session, action: "acm:ExportCertificate",
                resource: .init(arn: certificate.arn, accountID: certificate.accountID, tags: certificate.tags),
                context: ["acm:DomainNames": certificate.subjectAlternativeNames]),
            deniedCode: .accessDeniedException)
        guard certificate.type == .private else {
            throw AWSError(
                .validationException,
                "Certificate \(certificateARN) is \(certificate.type.rawValue); only private certificates can be exported"
            )
        }
        guard (4...128).contains(passphrase.count) else {
            throw AWSError(.validationException, "the passphrase must be 4 to 128 bytes, not \(passphrase.count)")
        }
        let state = lifecycle(of: certificate)
        guard state.status == .issued else {
            throw AWSError(.requestInProgress, "Certificate \(certificateARN) is \(state.status.rawValue), not ISSUED")
        }
        let material = try leafMaterial(certificate, state)
        let exported = try makingMaterial("the export of \(certificateARN)") { () throws -> ExportedCertificate in
            guard let key = material.privateKey else { throw CertificateParseError("no private key") }
            let pkcs8 = try PKCS8.der(of: key)
            return ExportedCertificate(
                certificate: try material.certificate.serializeAsPEM().pemString,
                certificateChain: try CertificateFactory.pem(material.chain),
                privateKey: try EncryptedPrivateKey.encrypt(
                    pkcs8: pkcs8, passphrase: passphrase,
                    nonce: certificate.materialSeed &+ UInt64(certificate.exports.count)))
        }
        try updateTLS(of: certificate.accountID) { [now] in $0.certificates[certificateARN]?.exports.append(now) }
        return exported
    }
}
