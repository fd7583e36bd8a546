import Foundation
import SwiftASN1
import X509

extension World {
    /// `ImportCertificateAuthorityCertificate`: installs a CA's certificate, which must carry the
    /// CA's own key; a subordinate's chain must verify it. The CA becomes `ACTIVE`.
    /// - Throws: `MalformedCertificateException`, `InvalidStateException`, or `AccessDeniedException`.
    public mutating func importCertificateAuthorityCertificate(
        certificateAuthorityARN: String,
        certificate: String,
        certificateChain: String = "",
        as session: Session
    ) throws(AWSError) {
        let authority = try requireAuthority(certificateAuthorityARN)
        try authorizeOnAuthority("acm-pca:ImportCertificateAuthorityCertificate", authority, as: session)
        guard authority.storedStatus != .deleted else {
            throw AWSError(.invalidStateException, "\(certificateAuthorityARN) is DELETED")
        }
        let store = accountsByID[authority.accountID]?.tls.material ?? CertificateMaterialStore()
        let (parsed, chain): (Certificate, [Certificate])
        do {
            parsed = try Certificate(pemEncoded: certificate)
            chain = certificateChain.isEmpty ? [] : try PEMBundle.certificates(certificateChain)
        } catch {
            throw AWSError(.malformedCertificate, "The CA certificate or chain cannot be read: \(error)")
        }
        let key = try makingMaterial("the key of \(certificateAuthorityARN)") {
            try authorityKey(authority.spec, store: store)
        }
        guard parsed.publicKey == key.publicKey else {
            throw AWSError(
                .malformedCertificate, "The certificate's public key is not the key of \(certificateAuthorityARN)")
        }
        let signer = authority.type == .root ? parsed : chain.first
        guard let signer, parsed.issuer == signer.subject,
            signer.publicKey.isValidSignature(parsed.signature, for: parsed)
        else {
            throw AWSError(
                .malformedCertificate,
                authority.type == .root
                    ? "A root CA's certificate must be self-signed"
                    : "The chain does not start with the certificate that signed the subordinate CA's certificate")
        }
        try updateTLS(of: authority.accountID) { (tls: inout TLSResources) throws(AWSError) in
            tls.certificateAuthorities[certificateAuthorityARN]?.importedCertificatePEM = certificate
            tls.certificateAuthorities[certificateAuthorityARN]?.importedChainPEM =
                certificateChain.isEmpty ? nil : certificateChain
            tls.certificateAuthorities[certificateAuthorityARN]?.notBefore = parsed.notValidBefore
            tls.certificateAuthorities[certificateAuthorityARN]?.notAfter = parsed.notValidAfter
            tls.certificateAuthorities[certificateAuthorityARN]?.storedStatus = .active
        }
    }
}
