import Foundation
import LZPolicy
import LZSim
import Testing

/// The certificate fixtures of the reference landing zone and the checks a platform team makes
/// on them (TLS-01 to TLS-05), through the world's operations and queries.
@Suite struct ReferenceCertificateTests {
    struct Reference {
        var zone: CertificateZone
        var preprodAdmin: Session
        var prodCertificate: String
        var preprodCertificate: String
        var privateCertificate: String
        var legacyImport: String
        var weakImport: String
        var issuedByCA: PrivateCertificate
    }

    static let allowList: Set<String> = [
        "ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
        "ELBSecurityPolicy-TLS13-1-3-2021-06",
    ]

    static func build() throws -> Reference {
        var zone = try CertificateZone()
        let now = zone.world.now
        let preprod = zone.zone.dev
        let preprodAdmin = try zone.world.createUserIfMissing(in: preprod, named: "certificate-admin")

        let prodCertificate = try zone.request("app1.example.com", ["www.app1.example.com"])
        try zone.changeValidationRecords(prodCertificate)
        let preprodCertificate = try zone.world.requestCertificate(
            domainName: "app1.preprod.example.com", validationMethod: .dns, keyAlgorithm: .ecPrime256v1,
            as: preprodAdmin)
        try zone.changeValidationRecords(preprodCertificate, owner: preprodAdmin)

        let ca = try PrivateCATests.activeRoot(&zone)
        let privateCertificate = try zone.world.requestCertificate(
            domainName: "api.internal.example.com", keyAlgorithm: .ecPrime256v1, certificateAuthorityARN: ca,
            as: zone.admin)
        let (csr, _) = try CertificateFixtures.csr("batch.internal.example.com")
        let issuedARN = try zone.world.issueCertificate(
            certificateAuthorityARN: ca, csr: csr, validity: .days(365), as: zone.admin)
        let issued = try #require(
            zone.world.account(zone.zone.prod)?.tls.certificateAuthorities[ca]?.issuedCertificates[issuedARN])

        let legacy = try CertificateFixtures.chained(
            ["legacy.example.com"], notBefore: now - 345 * 86_400, notAfter: now + 20 * 86_400)
        let legacyImport = try zone.world.importCertificate(
            certificate: legacy.certificate, privateKey: legacy.privateKey, certificateChain: legacy.chain,
            as: zone.admin)
        let weak = try CertificateFixtures.selfSigned(
            ["weak.example.com"], key: .rsa(1_024), notBefore: now, notAfter: now + 300 * 86_400)
        let weakImport = try zone.world.importCertificate(
            certificate: weak.certificate, privateKey: weak.privateKey, as: zone.admin)

        // prod: internet-facing ALB, HTTPS with the recommended policy, HTTP redirecting.
        let prodALB = try zone.world.createLoadBalancer(
            name: "prod-app1", subnets: ["subnet-p1", "subnet-p2"], securityGroups: ["sg-alb"], as: zone.admin)
        let prodForward = try zone.forward(to: prodALB)
        try zone.world.createListener(
            loadBalancerARN: prodALB.arn, protocol: .https, port: 443, sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
            certificates: [prodCertificate], defaultActions: [prodForward], as: zone.admin)
        try zone.world.createListener(
            loadBalancerARN: prodALB.arn, protocol: .http, port: 80, defaultActions: [.redirectToHTTPS], as: zone.admin)
        // preprod: internal ALB whose HTTP listener forwards (a TLS-04 finding).
        let preprodALB = try zone.world.createLoadBalancer(
            name: "preprod-app1", scheme: .internal, subnets: ["subnet-q1", "subnet-q2"], as: preprodAdmin)
        let preprodForward = try zone.forward(to: preprodALB, as: preprodAdmin)
        try zone.world.createListener(
            loadBalancerARN: preprodALB.arn, protocol: .https, port: 443,
            sslPolicy: "ELBSecurityPolicy-TLS13-1-3-2021-06", certificates: [preprodCertificate],
            defaultActions: [preprodForward], as: preprodAdmin)
        try zone.world.createListener(
            loadBalancerARN: preprodALB.arn, protocol: .http, port: 80,
            defaultActions: [preprodForward], as: preprodAdmin)
        return Reference(
            zone: zone, preprodAdmin: preprodAdmin, prodCertificate: prodCertificate,
            preprodCertificate: preprodCertificate, privateCertificate: privateCertificate,
            legacyImport: legacyImport, weakImport: weakImport, issuedByCA: issued)
    }

    @Test("TLS-01: in-use certificates are ACM-issued, DNS-validated and renewable; the 20-day import fails ACM.1")
    func tls01() throws {
        let reference = try Self.build()
        let world = reference.zone.world
        let inUse = try world.certificateDetails().filter { !$0.inUseBy.isEmpty }
        #expect(Set(inUse.map(\.certificateARN)) == [reference.prodCertificate, reference.preprodCertificate])
        for detail in inUse {
            #expect(detail.type == .amazonIssued)
            #expect(detail.domainValidationOptions.allSatisfy { $0.validationMethod == .dns })
            #expect(detail.renewalEligibility == .eligible)
        }
        #expect(try world.certificatesExpiring(withinDays: 30).map(\.certificateARN) == [reference.legacyImport])
    }

    @Test("TLS-02: only the RSA-1024 fixture has an RSA key under 2,048 bits")
    func tls02() throws {
        let reference = try Self.build()
        #expect(
            try reference.zone.world.rsaCertificates(withKeySizeBelow: 2_048).map(\.certificateARN) == [
                reference.weakImport
            ])
    }

    @Test("TLS-03 and TLS-04: secure listeners use allowed policies; the preprod HTTP listener does not redirect")
    func tls03And04() throws {
        let reference = try Self.build()
        let world = reference.zone.world
        let secure = try world.listeners(protocols: [.https, .tls])
        #expect(secure.count == 2)
        #expect(secure.allSatisfy { Self.allowList.contains($0.sslPolicy ?? "") })
        #expect(try world.listenersAllowingLegacyTLS().isEmpty)
        let notRedirecting = try world.listeners(protocols: [.http]).filter { !$0.redirectsToHTTPS }
        #expect(notRedirecting.count == 1)
        #expect(notRedirecting.first?.arn.contains("/preprod-app1/") == true)
    }

    @Test(
        "TLS-05: names match the environment, the private certificate has one name, IssueCertificate's is not renewable"
    )
    func tls05() throws {
        let reference = try Self.build()
        let world = reference.zone.world
        #expect(try world.certificate(reference.prodCertificate, covers: "app1.example.com"))
        #expect(try !world.certificate(reference.prodCertificate, covers: "app1.preprod.example.com"))
        #expect(try world.certificate(reference.preprodCertificate, covers: "app1.preprod.example.com"))
        let privateDetail = try world.describeCertificate(
            certificateARN: reference.privateCertificate, as: reference.zone.admin)
        #expect(privateDetail.subjectAlternativeNames == ["api.internal.example.com"])
        #expect(!privateDetail.domainName.contains("*"))
        #expect(reference.issuedByCA.renewalEligibility == .ineligible)
    }
}
