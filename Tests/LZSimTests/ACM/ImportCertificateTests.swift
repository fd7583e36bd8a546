import Foundation
import LZPolicy
import LZSim
import Testing

@Suite struct ImportCertificateTests {
    static let day: TimeInterval = 86_400

    @Test("an RSA-1024 certificate imports, and the key-size query flags it")
    func rsa1024() throws {
        var zone = try CertificateZone()
        let now = zone.world.now
        let legacy = try CertificateFixtures.selfSigned(
            ["legacy.example.com"], key: .rsa(1_024), notBefore: now - Self.day, notAfter: now + 200 * Self.day)
        let arn = try zone.world.importCertificate(
            certificate: legacy.certificate, privateKey: legacy.privateKey, as: zone.admin)
        let detail = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(detail.type == .imported)
        #expect(detail.keyAlgorithm == .rsa1024)
        #expect(detail.keySize == 1_024)
        #expect(detail.signatureAlgorithm == "SHA256WITHRSA")
        #expect(detail.renewalEligibility == .ineligible)
        #expect(detail.subject?.contains("CN=legacy.example.com") == true)
        #expect(try zone.world.rsaCertificates(withKeySizeBelow: 2_048).map(\.certificateARN) == [arn])
        #expect(try zone.world.certificates(keyAlgorithms: [.rsa1024]).map(\.certificateARN) == [arn])
    }

    @Test("an imported certificate expiring in 20 days is flagged by the 30-day expiry query")
    func expiringSoon() throws {
        var zone = try CertificateZone()
        let now = zone.world.now
        let soon = try CertificateFixtures.chained(
            ["old.example.com"], notBefore: now - 345 * Self.day, notAfter: now + 20 * Self.day)
        let later = try CertificateFixtures.chained(
            ["new.example.com"], notBefore: now - Self.day, notAfter: now + 300 * Self.day)
        let soonARN = try zone.world.importCertificate(
            certificate: soon.certificate, privateKey: soon.privateKey, certificateChain: soon.chain, as: zone.admin)
        try zone.world.importCertificate(
            certificate: later.certificate, privateKey: later.privateKey, certificateChain: later.chain, as: zone.admin)
        let flagged = try zone.world.certificatesExpiring(withinDays: 30)
        #expect(flagged.map(\.certificateARN) == [soonARN])
        #expect(flagged.first?.daysToExpiry(from: now) == 20)
        #expect(flagged.first?.issuer?.contains("Test Issuing CA") == true)
        try zone.world.advanceClock(by: 21 * Self.day)
        #expect(try zone.world.describeCertificate(certificateARN: soonARN, as: zone.admin).status == .expired)
    }

    @Test("re-importing keeps the ARN and replaces the material")
    func reimport() throws {
        var zone = try CertificateZone()
        let now = zone.world.now
        let first = try CertificateFixtures.selfSigned(["a.example.com"], notBefore: now, notAfter: now + 10 * Self.day)
        let second = try CertificateFixtures.selfSigned(
            ["a.example.com"], notBefore: now, notAfter: now + 90 * Self.day)
        let arn = try zone.world.importCertificate(
            certificate: first.certificate, privateKey: first.privateKey, tags: ["env": "prod"], as: zone.admin)
        let again = try zone.world.importCertificate(
            certificate: second.certificate, privateKey: second.privateKey, certificateARN: arn, as: zone.admin)
        #expect(again == arn)
        let detail = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(detail.notAfter == now + 90 * Self.day)
        #expect(zone.world.account(zone.zone.prod)?.tls.certificates[arn]?.tags == ["env": "prod"])
    }

    enum Defect: String, CaseIterable {
        case malformedPEM, mismatchedKey, encryptedKey, twoCertificates, brokenChain, expired, notYetValid
    }

    @Test("ACM refuses what it cannot import, with ValidationException", arguments: Defect.allCases)
    func refusals(defect: Defect) throws {
        var zone = try CertificateZone()
        let now = zone.world.now
        let good = try CertificateFixtures.chained(
            ["x.example.com"], notBefore: now - Self.day, notAfter: now + 90 * Self.day)
        let other = try CertificateFixtures.chained(
            ["y.example.com"], notBefore: now - Self.day, notAfter: now + 90 * Self.day)
        var (certificate, key, chain) = (good.certificate, good.privateKey, good.chain)
        var expected = ""
        switch defect {
        case .malformedPEM:
            certificate = "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----"
            expected = "PEM"
        case .mismatchedKey:
            key = other.privateKey
            expected = "does not match"
        case .encryptedKey:
            key = "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----"
            expected = "encrypted"
        case .twoCertificates:
            certificate += "\n" + other.certificate
            expected = "more than one certificate"
        case .brokenChain:
            chain = other.chain
            expected = "index within the chain of the invalid certificate is: 0"
        case .expired:
            let old = try CertificateFixtures.selfSigned(
                ["x.example.com"], notBefore: now - 90 * Self.day, notAfter: now - Self.day)
            (certificate, key, chain) = (old.certificate, old.privateKey, "")
            expected = "expired"
        case .notYetValid:
            let future = try CertificateFixtures.selfSigned(
                ["x.example.com"], notBefore: now + Self.day, notAfter: now + 90 * Self.day)
            (certificate, key, chain) = (future.certificate, future.privateKey, "")
            expected = "not valid before"
        }
        let error = #expect(throws: AWSError.self) {
            try zone.world.importCertificate(
                certificate: certificate, privateKey: key, certificateChain: chain, as: zone.admin)
        }
        #expect(error?.code == .validationException)
        #expect(error?.message.contains(expected) == true, "\(error?.message ?? "")")
        #expect(zone.world.account(zone.zone.prod)?.tls.certificates.isEmpty == true)
    }
}
