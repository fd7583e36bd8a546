import Crypto
import Foundation
import SwiftASN1
import X509

extension World {
    /// The stand-in for Amazon's public CAs is the same in every world, so one store serves all.
    private static let amazonStore = CertificateMaterialStore()

    /// Runs `make`, turning a failure of the cryptographic libraries into `InternalFailure`.
    func makingMaterial<Value>(_ what: String, _ make: () throws -> Value) throws(AWSError) -> Value {
        do {
            return try make()
        } catch {
            throw AWSError(.internalFailure, "could not make \(what): \(error)")
        }
    }

    /// The simulated Amazon issuing CA with its key, and the chain above it (its root).
    /// Public certificates chain to it; it is named so nobody mistakes it for Amazon's real CAs.
    func amazonIssuer() throws(AWSError) -> IssuedMaterial {
        try makingMaterial("the simulated Amazon CA") {
            try Self.amazonStore.value(for: "amazon-issuer") { () throws -> IssuedMaterial in
                let start = Date(timeIntervalSince1970: 1_420_070_400)  // 2015-01-01
                let end = Date(timeIntervalSince1970: 2_524_608_000)  // 2050-01-01
                let rootKey = try CertificateFactory.privateKey(.ecSecp384r1, seed: 0, label: "amazon-root")
                let rootName = try DistinguishedName {
                    CountryName("US")
                    OrganizationName("Amazon (simulated by lzsim)")
                    CommonName("Simulated Amazon Root CA 1")
                }
                let root = try CertificateFactory.authorityCertificate(
                    subject: rootName, issuer: rootName, publicKey: rootKey.publicKey, issuerKey: rootKey,
                    serial: CertificateFactory.serialNumber(seed: 0, generation: 0), notBefore: start, notAfter: end,
                    pathLength: nil)
                let issuerKey = try CertificateFactory.privateKey(.ecPrime256v1, seed: 0, label: "amazon-issuer")
                let issuerName = try DistinguishedName {
                    CountryName("US")
                    OrganizationName("Amazon (simulated by lzsim)")
                    CommonName("Simulated Amazon Issuing CA M01")
                }
                let intermediate = try CertificateFactory.authorityCertificate(
                    subject: issuerName, issuer: rootName, publicKey: issuerKey.publicKey, issuerKey: rootKey,
                    serial: CertificateFactory.serialNumber(seed: 0, generation: 1), notBefore: start, notAfter: end,
                    pathLength: 0)
                return IssuedMaterial(certificate: intermediate, privateKey: issuerKey, chain: [root])
            }
        }
    }

    /// A CA's key, its certificate (self-signed for an installed root, else the imported one),
    /// and the chain above it.
    func authorityMaterial(_ authority: CertificateAuthority) throws(AWSError) -> IssuedMaterial {
        let store = accountsByID[authority.accountID]?.tls.material ?? CertificateMaterialStore()
        let spec = authority.spec
        return try makingMaterial("the key of \(authority.arn)") {
            try store.value(for: spec) { () throws -> IssuedMaterial in
                let key = try authorityKey(spec, store: store)
                if let pem = spec.importedCertificatePEM {
                    let chain = try spec.importedChainPEM.map(PEMBundle.certificates) ?? []
                    return IssuedMaterial(certificate: try Certificate(pemEncoded: pem), privateKey: key, chain: chain)
                }
                let name = try spec.subject.distinguishedName()
                let certificate = try CertificateFactory.authorityCertificate(
                    subject: name, issuer: name, publicKey: key.publicKey, issuerKey: key,
                    serial: CertificateFactory.serialNumber(seed: spec.seed, generation: 0),
                    notBefore: spec.notBefore, notAfter: spec.notAfter, pathLength: nil,
                    signingAlgorithm: spec.signingAlgorithm)
                return IssuedMaterial(certificate: certificate, privateKey: key, chain: [])
            }
        }
    }

    /// A CA's private key, made once per CA whatever certificate it later gets.
    func authorityKey(_ spec: CASpec, store: CertificateMaterialStore) throws -> Certificate.PrivateKey {
        try store.value(for: "ca-key-\(spec.seed)-\(spec.keyAlgorithm.rawValue)") {
            try CertificateFactory.privateKey(spec.keyAlgorithm, seed: spec.seed, label: "ca")
        }
    }

    /// The key, certificate and chain of an ACM-issued or private certificate in its current validity.
    func leafMaterial(_ certificate: ACMCertificate, _ state: CertificateLifecycle) throws(AWSError) -> IssuedMaterial {
        guard let notBefore = state.notBefore, let notAfter = state.notAfter else {
            throw AWSError(.requestInProgress, "Certificate \(certificate.arn) is not yet issued")
        }
        let issuerMaterial: IssuedMaterial
        let identity: IssuerIdentity
        var signingAlgorithm: String?
        if let caARN = certificate.certificateAuthorityARN {
            guard let authority = certificateAuthority(arn: caARN) else {
                throw AWSError(.resourceNotFound, "Could not find certificate authority \(caARN)")
            }
            issuerMaterial = try authorityMaterial(authority)
            identity = .privateCA(authority.spec)
            signingAlgorithm = authority.signingAlgorithm
        } else {
            issuerMaterial = try amazonIssuer()
            identity = .amazon
        }
        let spec = LeafSpec(
            seed: certificate.materialSeed, generation: state.generation, commonName: certificate.domainName,
            names: certificate.subjectAlternativeNames, keyAlgorithm: certificate.keyAlgorithm, notBefore: notBefore,
            notAfter: notAfter, issuer: identity)
        let store = accountsByID[certificate.accountID]?.tls.material ?? CertificateMaterialStore()
        return try makingMaterial("the certificate \(certificate.arn)") {
            try store.value(for: spec) { () throws -> IssuedMaterial in
                let key = try CertificateFactory.privateKey(
                    spec.keyAlgorithm, seed: spec.seed &+ UInt64(spec.generation), label: "leaf")
                guard let issuerKey = issuerMaterial.privateKey else {
                    throw AWSError(.internalFailure, "the issuer of \(certificate.arn) has no key")
                }
                let leaf = try CertificateFactory.leafCertificate(
                    spec, publicKey: key.publicKey, issuer: issuerMaterial, issuerKey: issuerKey,
                    signingAlgorithm: signingAlgorithm)
                return IssuedMaterial(
                    certificate: leaf, privateKey: key, chain: [issuerMaterial.certificate] + issuerMaterial.chain)
            }
        }
    }
}

extension CertificateAuthoritySubject {
    /// The subject as an X.509 distinguished name.
    func distinguishedName() throws -> DistinguishedName {
        try DistinguishedName {
            if let country { CountryName(country) }
            if let organization { OrganizationName(organization) }
            if let organizationalUnit { OrganizationalUnitName(organizationalUnit) }
            CommonName(commonName)
        }
    }
}
