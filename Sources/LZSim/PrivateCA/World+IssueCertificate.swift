import Crypto
import Foundation
import SwiftASN1
import X509

/// Everything that determines a certificate issued from a CSR.
private struct CSRIssueSpec: Hashable, Sendable {
    var authority: CASpec
    var csrDER: [UInt8]
    var template: String
    var notBefore: Date
    var notAfter: Date
    var seed: UInt64
}

extension World {
    /// `IssueCertificate`: a certificate for a CSR, signed by the CA with a template. The
    /// certificate is signed on first `GetCertificate`. ACM never renews it.
    /// - Parameters:
    ///   - csr: The PEM certificate signing request.
    ///   - templateARN: `arn:aws:acm-pca:::template/EndEntityCertificate/V1` by default; the root
    ///     template signs the CA's own CSR while it is pending its certificate.
    ///   - validity: How long the certificate is valid; it cannot outlive the CA.
    /// - Returns: The certificate's ARN, `CA_ARN/certificate/SERIAL`.
    /// - Throws: `MalformedCSRException`, `InvalidArgsException`, `InvalidStateException`,
    ///   `ResourceNotFoundException`, or `AccessDeniedException` (caller or the CA's policy).
    @discardableResult
    public mutating func issueCertificate(
        certificateAuthorityARN: String,
        csr: String,
        signingAlgorithm: String? = nil,
        templateARN: String? = nil,
        validity: PrivateCAValidity,
        as session: Session
    ) throws(AWSError) -> String {
        let authority = try requireAuthority(certificateAuthorityARN)
        let templateARN = templateARN ?? "arn:\(partition):acm-pca:::template/\(PrivateCATemplate.endEntity.rawValue)"
        guard let template = PrivateCATemplate(arn: templateARN) else {
            throw AWSError(.invalidArgs, "Template \(templateARN) is not a template lzsim knows")
        }
        try authorizeOnAuthority(
            "acm-pca:IssueCertificate", authority, as: session, context: ["acm-pca:TemplateArn": [templateARN]])
        let status = authority.status(at: now)
        let selfIssue = template == .rootCA && status == .pendingCertificate && authority.type == .root
        guard status == .active || selfIssue else {
            throw AWSError(
                .invalidStateException,
                "Certificate authority \(certificateAuthorityARN) is \(status.rawValue), not ACTIVE")
        }
        if let signingAlgorithm, signingAlgorithm != authority.signingAlgorithm {
            throw AWSError(
                .invalidArgs, "Signing algorithm \(signingAlgorithm) is not the CA's \(authority.signingAlgorithm)")
        }
        let request: CertificateSigningRequest
        do {
            request = try CertificateSigningRequest(pemEncoded: csr)
        } catch {
            throw AWSError(.malformedCSR, "The CSR cannot be read: \(error)")
        }
        guard request.publicKey.isValidSignature(request.signature, for: request) else {
            throw AWSError(.malformedCSR, "The CSR's signature does not verify")
        }
        let end = validity.end(from: now)
        guard end > now else { throw AWSError(.invalidArgs, "Validity ends at \(end), before now") }
        if !selfIssue, let caEnd = authority.notAfter, end > caEnd {
            throw AWSError(.invalidArgs, "Validity ends at \(end), after the CA certificate's end \(caEnd)")
        }
        let seed = ids.materialSeed()
        let serial = CertificateFactory.serialNumber(seed: seed, generation: 0)
        let arn =
            "\(certificateAuthorityARN)/certificate/\(serial.bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined())"
        var serializer = DER.Serializer()
        try? serializer.serialize(request)
        let derived = serializer.serializedBytes
        let issued = PrivateCertificate(
            arn: arn, csrDER: derived, templateARN: templateARN, notBefore: now, notAfter: end, materialSeed: seed)
        try updateTLS(of: authority.accountID) {
            $0.certificateAuthorities[certificateAuthorityARN]?.issuedCertificates[arn] = issued
        }
        return arn
    }

    /// `GetCertificate` (Private CA): a certificate the CA issued, with the chain above it.
    public func getCertificate(certificateAuthorityARN: String, certificateARN: String, as session: Session)
        throws(AWSError) -> ExportedCertificate
    {
        let authority = try requireAuthority(certificateAuthorityARN)
        try authorizeOnAuthority("acm-pca:GetCertificate", authority, as: session)
        guard let issued = authority.issuedCertificates[certificateARN] else {
            throw AWSError(.resourceNotFound, "Could not find certificate \(certificateARN)")
        }
        let store = accountsByID[authority.accountID]?.tls.material ?? CertificateMaterialStore()
        let template = PrivateCATemplate(arn: issued.templateARN) ?? .endEntity
        let spec = CSRIssueSpec(
            authority: authority.spec, csrDER: issued.csrDER, template: template.rawValue,
            notBefore: issued.notBefore, notAfter: issued.notAfter, seed: issued.materialSeed)
        let issuer: IssuedMaterial? = template == .rootCA ? nil : try authorityMaterial(authority)
        return try makingMaterial("the certificate \(certificateARN)") {
            let material = try store.value(for: spec) { () throws -> IssuedMaterial in
                let request = try CertificateSigningRequest(derEncoded: spec.csrDER)
                let key = try authorityKey(spec.authority, store: store)
                let requested = try? request.attributes.extensionRequest?.extensions.subjectAlternativeNames
                let certificate = try Certificate(
                    version: .v3, serialNumber: CertificateFactory.serialNumber(seed: spec.seed, generation: 0),
                    publicKey: request.publicKey, notValidBefore: spec.notBefore, notValidAfter: spec.notAfter,
                    issuer: issuer?.certificate.subject ?? request.subject, subject: request.subject,
                    signatureAlgorithm: CertificateFactory.signatureAlgorithm(
                        for: key, named: spec.authority.signingAlgorithm),
                    extensions: Certificate.Extensions {
                        switch template {
                        case .rootCA: Critical(BasicConstraints.isCertificateAuthority(maxPathLength: nil))
                        case .subordinatePathLen0: Critical(BasicConstraints.isCertificateAuthority(maxPathLength: 0))
                        case .endEntity: Critical(BasicConstraints.notCertificateAuthority)
                        }
                        if template == .endEntity {
                            Critical(X509.KeyUsage(digitalSignature: true, keyEncipherment: true))
                            try ExtendedKeyUsage([.serverAuth, .clientAuth])
                            if let requested { requested }
                        } else {
                            Critical(X509.KeyUsage(digitalSignature: true, keyCertSign: true, cRLSign: true))
                        }
                        SubjectKeyIdentifier(hash: request.publicKey)
                    },
                    issuerPrivateKey: key)
                return IssuedMaterial(
                    certificate: certificate, privateKey: nil,
                    chain: issuer.map { [$0.certificate] + $0.chain } ?? [])
            }
            return ExportedCertificate(
                certificate: try material.certificate.serializeAsPEM().pemString,
                certificateChain: try CertificateFactory.pem(material.chain))
        }
    }

    /// `GetCertificateAuthorityCsr`: the CA's certificate signing request (its key is made now).
    public func getCertificateAuthorityCsr(certificateAuthorityARN: String, as session: Session) throws(AWSError)
        -> String
    {
        let authority = try requireAuthority(certificateAuthorityARN)
        try authorizeOnAuthority("acm-pca:GetCertificateAuthorityCsr", authority, as: session)
        let store = accountsByID[authority.accountID]?.tls.material ?? CertificateMaterialStore()
        return try makingMaterial("the CSR of \(certificateAuthorityARN)") {
            let key = try authorityKey(authority.spec, store: store)
            let request = try CertificateSigningRequest(
                version: .v1, subject: try authority.subject.distinguishedName(), privateKey: key,
                attributes: CertificateSigningRequest.Attributes(),
                signatureAlgorithm: CertificateFactory.signatureAlgorithm(for: key, named: authority.signingAlgorithm))
            return try request.serializeAsPEM().pemString
        }
    }

    /// `GetCertificateAuthorityCertificate`: the CA's certificate and the chain above it.
    public func getCertificateAuthorityCertificate(certificateAuthorityARN: String, as session: Session)
        throws(AWSError) -> ExportedCertificate
    {
        let authority = try requireAuthority(certificateAuthorityARN)
        try authorizeOnAuthority("acm-pca:GetCertificateAuthorityCertificate", authority, as: session)
        guard authority.notAfter != nil else {
            throw AWSError(.invalidStateException, "\(certificateAuthorityARN) has no certificate yet")
        }
        let material = try authorityMaterial(authority)
        return try makingMaterial("PEM of \(certificateAuthorityARN)") {
            ExportedCertificate(
                certificate: try material.certificate.serializeAsPEM().pemString,
                certificateChain: try CertificateFactory.pem(material.chain))
        }
    }
}
