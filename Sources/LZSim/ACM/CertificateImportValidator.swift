import Foundation
import SwiftASN1
import X509
import _CryptoExtras

/// The checks `ImportCertificate` makes before ACM accepts a certificate
/// (https://docs.aws.amazon.com/acm/latest/userguide/import-certificate-prerequisites.html):
/// PEM encoding, one X.509 v3 certificate, a supported key, an unencrypted private key of at most
/// 5 KB that matches it, a validity that includes now, and a chain in which each certificate
/// signs the one before it.
enum CertificateImportValidator {
    static func validate(
        certificate certificatePEM: String,
        privateKey privateKeyPEM: String,
        chain chainPEM: String,
        at now: Date
    ) throws(AWSError) -> ImportedCertificate {
        let leaf = try parseSingle(certificatePEM)
        guard leaf.certificate.version == .v3 else {
            throw AWSError(.validationException, "The certificate must be an X.509 version 3 certificate")
        }
        guard let keyAlgorithm = leaf.keyAlgorithm else {
            throw AWSError(
                .validationException, "The certificate's key algorithm \(leaf.keyDescription) is not supported")
        }
        guard privateKeyPEM.utf8.count <= 5_120 else {
            throw AWSError(.validationException, "The private key exceeds 5120 bytes")
        }
        let keyPublic = try publicKey(ofPrivateKey: privateKeyPEM)
        guard keyPublic == leaf.publicKey else {
            throw AWSError(.validationException, "The private key does not match the public key in the certificate")
        }
        guard leaf.certificate.notValidBefore <= now else {
            throw AWSError(
                .validationException, "The certificate is not valid before \(leaf.certificate.notValidBefore)")
        }
        guard now < leaf.certificate.notValidAfter else {
            throw AWSError(.validationException, "The certificate expired at \(leaf.certificate.notValidAfter)")
        }
        try verifyChain(leaf: leaf, chainPEM: chainPEM, at: now)
        let certificate = leaf.certificate
        return ImportedCertificate(
            certificatePEM: certificatePEM, chainPEM: chainPEM, notBefore: certificate.notValidBefore,
            notAfter: certificate.notValidAfter, subject: certificate.subject.description,
            issuer: certificate.issuer.description, serial: World.colonHex(certificate.serialNumber.bytes),
            signatureAlgorithm: leaf.signatureAlgorithmName, keyAlgorithm: keyAlgorithm, names: leaf.dnsNames)
    }

    /// Exactly one `CERTIFICATE` block.
    private static func parseSingle(_ pem: String) throws(AWSError) -> ParsedCertificate {
        let documents: [PEMDocument]
        do {
            documents = try PEMDocument.parseMultiple(pemString: pem)
        } catch {
            throw AWSError(
                .validationException, "Unable to parse certificate. Please ensure the certificate is in PEM format.")
        }
        guard documents.count == 1, documents[0].discriminator == "CERTIFICATE" else {
            throw AWSError(
                .validationException,
                documents.count > 1
                    ? "The certificate field contains more than one certificate. You can specify only one certificate in this field."
                    : "Unable to parse certificate. Please ensure the certificate is in PEM format.")
        }
        do {
            return try ParsedCertificate(der: documents[0].derBytes)
        } catch {
            throw AWSError(.validationException, "Unable to parse certificate: \(error)")
        }
    }

    /// The public key of a PEM private key: PKCS #8, PKCS #1 (RSA) or SEC 1 (EC), never encrypted.
    private static func publicKey(ofPrivateKey pem: String) throws(AWSError) -> Certificate.PublicKey {
        let document: PEMDocument
        do {
            document = try PEMDocument(pemString: pem)
        } catch {
            throw AWSError(.validationException, "Unable to parse the private key. Please ensure it is in PEM format.")
        }
        do {
            switch document.discriminator {
            case "ENCRYPTED PRIVATE KEY":
                throw AWSError(.validationException, "The private key is encrypted; ACM imports only unencrypted keys")
            case "RSA PRIVATE KEY":
                return Certificate.PublicKey(
                    try _RSA.Signing.PrivateKey(unsafeDERRepresentation: document.derBytes).publicKey)
            case "PRIVATE KEY":
                if let rsa = try? _RSA.Signing.PrivateKey(unsafeDERRepresentation: document.derBytes) {
                    return Certificate.PublicKey(rsa.publicKey)
                }
                return try Certificate.PrivateKey(pemDocument: document).publicKey
            case "EC PRIVATE KEY":
                return try Certificate.PrivateKey(pemDocument: document).publicKey
            default:
                throw AWSError(
                    .validationException, "The private key has PEM type '\(document.discriminator)', which is not a key"
                )
            }
        } catch let error as AWSError {
            throw error
        } catch {
            throw AWSError(.validationException, "The private key is not supported: \(error)")
        }
    }

    /// Each certificate of the chain, in order, signed the one before it and is a valid CA now;
    /// a self-signed last certificate signed itself.
    private static func verifyChain(leaf: ParsedCertificate, chainPEM: String, at now: Date) throws(AWSError) {
        guard !chainPEM.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        let chain: [ParsedCertificate]
        do {
            chain = try PEMDocument.parseMultiple(pemString: chainPEM).map { document in
                guard document.discriminator == "CERTIFICATE" else { throw CertificateParseError("not a certificate") }
                return try ParsedCertificate(der: document.derBytes)
            }
        } catch {
            throw AWSError(.validationException, "The certificate chain provided is not in a valid PEM format.")
        }
        var subject = leaf
        for (index, issuer) in chain.enumerated() {
            guard subject.certificate.issuer == issuer.certificate.subject, subject.isSigned(by: issuer),
                let constraints = try? issuer.certificate.extensions.basicConstraints,
                case .isCertificateAuthority = constraints,
                issuer.certificate.notValidBefore <= now, now < issuer.certificate.notValidAfter
            else {
                throw AWSError(
                    .validationException,
                    "Unable to validate certificate chain. The certificate chain must start with the immediate "
                        + "signing certificate, followed by any intermediaries in order. The index within the chain "
                        + "of the invalid certificate is: \(index)")
            }
            subject = issuer
        }
        if subject.certificate.issuer == subject.certificate.subject, !subject.isSigned(by: subject) {
            throw AWSError(
                .validationException,
                "Unable to validate certificate chain: the self-signed root at index \(chain.count - 1) has a bad signature"
            )
        }
    }
}
