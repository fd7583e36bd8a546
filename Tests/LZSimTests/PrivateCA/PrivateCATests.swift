import Foundation
import LZPolicy
import LZSim
import SwiftASN1
import Testing
import X509

@Suite struct PrivateCATests {
    static let subject = CertificateAuthoritySubject(
        commonName: "Example Internal Root", organization: "Example", country: "US")

    /// A root CA in the prod account, activated.
    static func activeRoot(_ zone: inout CertificateZone, algorithm: KeyAlgorithm = .ecPrime256v1) throws -> String {
        let arn = try zone.world.createCertificateAuthority(
            certificateAuthorityType: .root, keyAlgorithm: algorithm,
            signingAlgorithm: algorithm.isRSA ? "SHA256WITHRSA" : "SHA256WITHECDSA", subject: subject, as: zone.admin)
        try zone.world.activateRootCertificateAuthority(certificateAuthorityARN: arn, as: zone.admin)
        return arn
    }

    /// A private certificate for `api.internal.example.com` requested through ACM from the CA.
    static func requestPrivate(_ zone: inout CertificateZone, ca: String) throws -> String {
        try zone.world.requestCertificate(
            domainName: "api.internal.example.com", keyAlgorithm: .ecPrime256v1, certificateAuthorityARN: ca,
            as: zone.admin)
    }

    /// Shares the CA with the whole organization through RAM.
    static func shareWithOrganization(_ zone: inout CertificateZone, _ ca: String) throws {
        let organization = try #require(zone.world.organization)
        try zone.world.createResourceShare(
            name: "private-ca", resourceARNs: [ca],
            principals: ["arn:aws:organizations::\(organization.managementAccountID):organization/\(organization.id)"],
            as: zone.admin)
    }

    @Test("a certificate from IssueCertificate is real, chains to the CA, and is not renewal-eligible")
    func issueCertificate() throws {
        var zone = try CertificateZone()
        let ca = try Self.activeRoot(&zone)
        let (csr, key) = try CertificateFixtures.csr("svc.internal.example.com")
        let arn = try zone.world.issueCertificate(
            certificateAuthorityARN: ca, csr: csr, validity: .days(90), as: zone.admin)
        let issued = try #require(
            zone.world.account(zone.zone.prod)?.tls.certificateAuthorities[ca]?.issuedCertificates[arn])
        #expect(issued.renewalEligibility == .ineligible)
        let pem = try zone.world.getCertificate(certificateAuthorityARN: ca, certificateARN: arn, as: zone.admin)
        let certificate = try Certificate(pemEncoded: pem.certificate)
        let root = try Certificate(pemEncoded: pem.certificateChain)
        #expect(certificate.publicKey == key.publicKey)
        #expect(certificate.issuer == root.subject)
        #expect(root.publicKey.isValidSignature(certificate.signature, for: certificate))
        #expect(certificate.notValidAfter.timeIntervalSince(certificate.notValidBefore) == 90 * 86_400)
        let names = try certificate.extensions.subjectAlternativeNames
        #expect(names?.contains(.dnsName("svc.internal.example.com")) == true)

        // Imported into ACM with its key, it is an imported certificate: never renewed.
        let imported = try zone.world.importCertificate(
            certificate: pem.certificate, privateKey: try key.serializeAsPEM().pemString,
            certificateChain: pem.certificateChain, as: zone.admin)
        #expect(
            try zone.world.describeCertificate(certificateARN: imported, as: zone.admin).renewalEligibility
                == .ineligible)
    }

    @Test("a private certificate requested through ACM exports as PEM that parses back and becomes renewal-eligible")
    func requestAndExport() throws {
        var zone = try CertificateZone()
        let ca = try Self.activeRoot(&zone)
        let arn = try PrivateCATests.requestPrivate(&zone, ca: ca)
        let before = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(before.type == .private)
        #expect(before.status == .issued)
        #expect(before.renewalEligibility == .ineligible)
        #expect(before.issuer == "Example Internal Root")

        let passphrase = Array("correct horse".utf8)
        let exported = try zone.world.exportCertificate(certificateARN: arn, passphrase: passphrase, as: zone.admin)
        #expect(exported.privateKey?.hasPrefix("-----BEGIN ENCRYPTED PRIVATE KEY-----") == true)
        let certificate = try Certificate(pemEncoded: exported.certificate)
        let chain = try PEMDocument.parseMultiple(pemString: exported.certificateChain).map {
            try Certificate(derEncoded: $0.derBytes)
        }
        #expect(chain.count == 1)
        #expect(chain[0].publicKey.isValidSignature(certificate.signature, for: certificate))
        let keyPEM = try EncryptedPrivateKey.decrypt(try #require(exported.privateKey), passphrase: passphrase)
        let key = try Certificate.PrivateKey(pemEncoded: keyPEM)
        #expect(key.publicKey == certificate.publicKey)
        #expect(throws: (any Error).self) {
            try EncryptedPrivateKey.decrypt(try #require(exported.privateKey), passphrase: Array("wrong".utf8))
        }
        let after = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(after.renewalEligibility == .eligible)
        #expect(
            after.serial == certificate.serialNumber.bytes.map { String(format: "%02x", $0) }.joined(separator: ":"))
    }

    @Test("key material is made only when a certificate is inspected, and copies of the world share it")
    func lazyMaterial() throws {
        var zone = try CertificateZone()
        let ca = try Self.activeRoot(&zone)
        let arn = try zone.world.requestCertificate(
            domainName: "lazy.internal.example.com", keyAlgorithm: .ecPrime256v1, certificateAuthorityARN: ca,
            as: zone.admin)
        let copy = zone.world
        let first = try zone.world.getCertificate(certificateARN: arn, as: zone.admin)
        let second = try copy.getCertificate(certificateARN: arn, as: zone.admin)
        #expect(first.certificate == second.certificate)
    }

    @Test("a renewal fails when the CA was disabled, and the certificate expires")
    func renewalNeedsActiveCA() throws {
        var zone = try CertificateZone()
        let ca = try Self.activeRoot(&zone)
        let arn = try PrivateCATests.requestPrivate(&zone, ca: ca)
        _ = try zone.serve(arn)
        let notAfter = try #require(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).notAfter)
        try zone.world.updateCertificateAuthority(certificateAuthorityARN: ca, status: .disabled, as: zone.admin)
        try zone.world.setClock(to: notAfter - 10 * CertificateZone.day)
        let failing = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(failing.renewalSummary?.renewalStatus == .failed)
        #expect(failing.renewalSummary?.renewalStatusReason == .pcaInvalidState)
        try zone.world.setClock(to: notAfter)
        #expect(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).status == .expired)
    }

    @Test("RenewCertificate starts a new validity for a private certificate")
    func renewOnRequest() throws {
        var zone = try CertificateZone()
        let ca = try Self.activeRoot(&zone)
        let arn = try PrivateCATests.requestPrivate(&zone, ca: ca)
        try zone.world.advanceClock(by: 100 * CertificateZone.day)
        try zone.world.renewCertificate(certificateARN: arn, as: zone.admin)
        let detail = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(detail.notBefore == zone.world.now)
        #expect(detail.renewalSummary?.renewalStatus == .success)
        let publicARN = try zone.request("www.example.com")
        let error = #expect(throws: AWSError.self) {
            try zone.world.renewCertificate(certificateARN: publicARN, as: zone.admin)
        }
        #expect(error?.code == .validationException)
    }

    @Test("a CA shared through RAM with the organization signs requests from another account")
    func sharedWithOrganization() throws {
        var zone = try CertificateZone()
        let ca = try Self.activeRoot(&zone)
        let devAdmin = try zone.world.createUserIfMissing(in: zone.zone.dev, named: "certificate-admin")
        #expect(throws: AWSError.self) {
            try zone.world.requestCertificate(
                domainName: "dev.internal.example.com", keyAlgorithm: .ecPrime256v1, certificateAuthorityARN: ca,
                as: devAdmin)
        }
        try Self.shareWithOrganization(&zone, ca)
        let arn = try zone.world.requestCertificate(
            domainName: "dev.internal.example.com", keyAlgorithm: .ecPrime256v1, certificateAuthorityARN: ca,
            as: devAdmin)
        #expect(try zone.world.describeCertificate(certificateARN: arn, as: devAdmin).status == .issued)
        let outsider = #expect(throws: AWSError.self) {
            try zone.world.createResourceShare(
                name: "outside", resourceARNs: [ca], principals: ["999999999999"], as: zone.admin)
        }
        #expect(outsider?.code == .invalidParameter)
    }

    @Test("a root CA installed the long way, from its CSR, becomes active")
    func installFromCSR() throws {
        var zone = try CertificateZone()
        let ca = try zone.world.createCertificateAuthority(
            certificateAuthorityType: .root, keyAlgorithm: .ecSecp384r1, signingAlgorithm: "SHA384WITHECDSA",
            subject: Self.subject, as: zone.admin)
        let csr = try zone.world.getCertificateAuthorityCsr(certificateAuthorityARN: ca, as: zone.admin)
        let certificateARN = try zone.world.issueCertificate(
            certificateAuthorityARN: ca, csr: csr, templateARN: "arn:aws:acm-pca:::template/RootCACertificate/V1",
            validity: .years(5), as: zone.admin)
        let pem = try zone.world.getCertificate(
            certificateAuthorityARN: ca, certificateARN: certificateARN, as: zone.admin)
        try zone.world.importCertificateAuthorityCertificate(
            certificateAuthorityARN: ca, certificate: pem.certificate, as: zone.admin)
        #expect(
            try zone.world.describeCertificateAuthority(certificateAuthorityARN: ca, as: zone.admin).storedStatus
                == .active)
        let installed = try zone.world.getCertificateAuthorityCertificate(certificateAuthorityARN: ca, as: zone.admin)
        #expect(installed.certificate == pem.certificate)
        #expect(try Certificate(pemEncoded: installed.certificate).signatureAlgorithm == .ecdsaWithSHA384)
    }
}
