import Foundation
import LZSim

@testable import LZScenario

/// The ACM and Elastic Load Balancing controls' fixtures.
extension ControlCase {
    static let tls: [ControlCase] = [
        ControlCase(
            id: "ACM.1",
            compliant: { fixture in
                _ = try fixture.issuedCertificate("api.example.com")
                return .init(
                    resource: "app/certificate/api.example.com",
                    status: .compliant("certificate for api.example.com is valid for 394 more days"))
            },
            nonCompliant: { fixture in
                _ = try fixture.issuedCertificate("api.example.com")
                try fixture.world.advanceClock(by: 380 * ControlFixture.day)
                return .init(
                    resource: "app/certificate/api.example.com",
                    status: .nonCompliant(
                        "certificate for api.example.com expires on 2027-01-31, in 14 days, within the 30 days allowed")
                )
            }),
        ControlCase(
            id: "ACM.2",
            compliant: { fixture in
                _ = try fixture.issuedCertificate("api.example.com")
                return .init(
                    resource: "app/certificate/api.example.com",
                    status: .compliant("certificate for api.example.com uses RSA_2048"))
            },
            nonCompliant: { fixture in
                try fixture.importLegacyCertificate()
                return .init(
                    resource: "app/certificate/legacy.example.com",
                    status: .nonCompliant("certificate for legacy.example.com uses RSA_1024, shorter than 2,048 bits"))
            }),
        ControlCase(
            id: "CT.ACM.PR.1",
            compliant: { fixture in
                _ = try fixture.privateCertificate("api.internal.example.com")
                return .init(
                    resource: "app/certificate/api.internal.example.com",
                    status: .compliant("private certificate for api.internal.example.com names no wildcard"))
            },
            nonCompliant: { fixture in
                _ = try fixture.privateCertificate("*.internal.example.com")
                return .init(
                    resource: "app/certificate/*.internal.example.com",
                    status: .nonCompliant(
                        "private certificate for *.internal.example.com covers wildcard *.internal.example.com"))
            }),
        ControlCase(
            id: "ELB.1",
            compliant: { fixture in
                let balancer = try fixture.world.createLoadBalancer(
                    name: "web", subnets: ["subnet-a", "subnet-b"], as: fixture.admin)
                _ = try fixture.world.createListener(
                    loadBalancerARN: balancer.arn, protocol: .http, port: 80, defaultActions: [.redirectToHTTPS],
                    as: fixture.admin)
                return .init(
                    resource: "app/load-balancer/web", status: .compliant("load balancer web redirects HTTP to HTTPS"))
            },
            nonCompliant: { fixture in
                let balancer = try fixture.world.createLoadBalancer(
                    name: "web", subnets: ["subnet-a", "subnet-b"], as: fixture.admin)
                _ = try fixture.world.createListener(
                    loadBalancerARN: balancer.arn, protocol: .http, port: 8080,
                    defaultActions: [.fixedResponse(statusCode: "200", contentType: "text/plain", messageBody: "ok")],
                    as: fixture.admin)
                return .init(
                    resource: "app/load-balancer/web",
                    status: .nonCompliant("load balancer web serves HTTP without redirecting to HTTPS on port 8080"))
            }),
        ControlCase(
            id: "ELB.17",
            compliant: { fixture in
                try fixture.httpsListener(policy: "ELBSecurityPolicy-TLS13-1-2-2021-06")
                return .init(
                    resource: "app/listener/web:443",
                    status: .compliant("listener web:443 uses ELBSecurityPolicy-TLS13-1-2-2021-06"))
            },
            nonCompliant: { fixture in
                try fixture.httpsListener(policy: "ELBSecurityPolicy-2016-08")
                return .init(
                    resource: "app/listener/web:443",
                    status: .nonCompliant(
                        "listener web:443 uses ELBSecurityPolicy-2016-08, not a recommended security policy"))
            }),
    ]
}

extension ControlFixture {
    /// An Amazon-issued certificate, DNS-validated in a hosted zone of `app`, issued an hour after the request.
    mutating func issuedCertificate(_ domain: String) throws -> String {
        let zoneID =
            try world.account(app)?.tls.hostedZones.values.first?.id
            ?? world.createHostedZone(name: "example.com", callerReference: "controls", as: admin).id
        let arn = try world.requestCertificate(domainName: domain, validationMethod: .dns, as: admin)
        let records = try world.describeCertificate(certificateARN: arn, as: admin).domainValidationOptions
            .compactMap(\.resourceRecord)
        try world.changeResourceRecordSets(
            hostedZoneID: zoneID,
            changes: Array(Set(records)).map {
                ResourceRecordSetChange(
                    action: .create,
                    resourceRecordSet: ResourceRecordSet(name: $0.name, type: $0.type, resourceRecords: [$0.value]))
            }, as: admin)
        try world.advanceClock(by: 3_600)
        return arn
    }

    /// A private certificate for `domain`, requested through ACM from a new root CA of `app`.
    mutating func privateCertificate(_ domain: String) throws -> String {
        let authority = try world.createCertificateAuthority(
            certificateAuthorityType: .root, keyAlgorithm: .ecPrime256v1, signingAlgorithm: "SHA256WITHECDSA",
            subject: CertificateAuthoritySubject(commonName: "Example Internal Root"), as: admin)
        try world.activateRootCertificateAuthority(certificateAuthorityARN: authority, as: admin)
        return try world.requestCertificate(
            domainName: domain, keyAlgorithm: .ecPrime256v1, certificateAuthorityARN: authority, as: admin)
    }

    /// Imports the RSA-1024 test certificate (valid from 2026-11-27) with the clock moved into its validity.
    mutating func importLegacyCertificate() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/scenario/controls")
        try world.setClock(to: Date(timeIntervalSince1970: 1_798_761_600))  // 2027-01-01
        _ = try world.importCertificate(
            certificate: String(contentsOf: folder.appendingPathComponent("legacy-rsa1024.pem"), encoding: .utf8),
            privateKey: String(contentsOf: folder.appendingPathComponent("legacy-rsa1024.key"), encoding: .utf8),
            as: admin)
    }

    /// A load balancer `web` with an HTTPS listener on 443 using `policy`.
    mutating func httpsListener(policy: String) throws {
        let certificate = try issuedCertificate("web.example.com")
        let balancer = try world.createLoadBalancer(name: "web", subnets: ["subnet-a", "subnet-b"], as: admin)
        _ = try world.createListener(
            loadBalancerARN: balancer.arn, protocol: .https, port: 443, sslPolicy: policy, certificates: [certificate],
            defaultActions: [.fixedResponse(statusCode: "200", contentType: "text/plain", messageBody: "ok")],
            as: admin)
    }
}
