import Foundation
import LZPolicy
import LZSim
import Testing

@Suite struct RevocationTests {
    /// An exported private certificate and its CA.
    static func exportedPrivateCertificate() throws -> (CertificateZone, ca: String, arn: String) {
        var zone = try CertificateZone()
        let ca = try PrivateCATests.activeRoot(&zone)
        let arn = try PrivateCATests.requestPrivate(&zone, ca: ca)
        _ = try zone.world.exportCertificate(certificateARN: arn, passphrase: Array("passphrase".utf8), as: zone.admin)
        return (zone, ca, arn)
    }

    @Test("ACM's RevokeCertificate makes an exported certificate REVOKED for good, and its CA lists the serial")
    func acmRevocation() throws {
        var (zone, ca, arn) = try Self.exportedPrivateCertificate()
        let serial = try #require(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).serial)
        try zone.world.advanceClock(by: 3_600)
        try zone.world.revokeCertificate(certificateARN: arn, revocationReason: .keyCompromise, as: zone.admin)
        let revoked = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(revoked.status == .revoked)
        #expect(revoked.revokedAt == zone.world.now)
        #expect(revoked.revocationReason == .keyCompromise)
        #expect(revoked.renewalEligibility == .ineligible)
        let authority = try zone.world.describeCertificateAuthority(certificateAuthorityARN: ca, as: zone.admin)
        #expect(authority.revocations[serial.replacingOccurrences(of: ":", with: "")]?.reason == .keyCompromise)

        // Revoking is permanent: no renewal later, no second revocation, no listener.
        try zone.world.setClock(to: try #require(revoked.notAfter) - 10 * CertificateZone.day)
        let later = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(later.status == .revoked && later.serial == serial && later.renewalSummary == nil)
        let again = #expect(throws: AWSError.self) {
            try zone.world.revokeCertificate(certificateARN: arn, revocationReason: .superseded, as: zone.admin)
        }
        #expect(again?.code == .conflict)
        let listener = #expect(throws: AWSError.self) { try zone.serve(arn) }
        #expect(listener?.code == .certificateNotFound)
    }

    @Test("ACM revokes only exported certificates, and not while a load balancer serves one")
    func acmRevocationRefusals() throws {
        var zone = try CertificateZone()
        let ca = try PrivateCATests.activeRoot(&zone)
        let arn = try PrivateCATests.requestPrivate(&zone, ca: ca)
        let unexported = #expect(throws: AWSError.self) {
            try zone.world.revokeCertificate(certificateARN: arn, revocationReason: .unspecified, as: zone.admin)
        }
        #expect(unexported?.code == .validationException)
        #expect(unexported?.message.contains("never exported") == true)
        _ = try zone.world.exportCertificate(certificateARN: arn, passphrase: Array("passphrase".utf8), as: zone.admin)
        let listener = try zone.serve(arn)
        let inUse = #expect(throws: AWSError.self) {
            try zone.world.revokeCertificate(certificateARN: arn, revocationReason: .unspecified, as: zone.admin)
        }
        #expect(inUse?.code == .resourceInUse)
        #expect(inUse?.message.contains(listener.loadBalancerARN) == true)
    }

    @Test("acm:RevokeCertificate goes through the gateway: an SCP denying it stops the call")
    func revocationAuthorized() throws {
        var (zone, _, arn) = try Self.exportedPrivateCertificate()
        let root = try zone.zone.managementRoot
        let scp = try zone.world.createOrganizationPolicy(
            name: "no-revocation", type: .serviceControlPolicy,
            content:
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"acm:RevokeCertificate","Resource":"*"}]}"#,
            as: root)
        try zone.world.attachPolicy(policyID: scp.id, targetID: zone.zone.prodOU, as: root)
        let denied = #expect(throws: AWSError.self) {
            try zone.world.revokeCertificate(certificateARN: arn, revocationReason: .unspecified, as: zone.admin)
        }
        #expect(denied?.code == .accessDeniedException)
        #expect(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).status == .issued)
    }

    @Test("Private CA's RevokeCertificate revokes an ACM private certificate by serial; ACM then reports REVOKED")
    func caRevokesManagedCertificate() throws {
        var (zone, ca, arn) = try Self.exportedPrivateCertificate()
        let serial = try #require(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).serial)
        try zone.world.revokeCertificate(
            certificateAuthorityARN: ca, certificateSerial: serial.uppercased(),
            revocationReason: .cessationOfOperation,
            as: zone.admin)
        let revoked = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(revoked.status == .revoked)
        #expect(revoked.revocationReason == .cessationOfOperation)
        let twice = #expect(throws: AWSError.self) {
            try zone.world.revokeCertificate(
                certificateAuthorityARN: ca, certificateSerial: serial, revocationReason: .unspecified, as: zone.admin)
        }
        #expect(twice?.code == .requestAlreadyProcessed)
        let unknown = #expect(throws: AWSError.self) {
            try zone.world.revokeCertificate(
                certificateAuthorityARN: ca, certificateSerial: "0a:0b", revocationReason: .unspecified, as: zone.admin)
        }
        #expect(unknown?.code == .resourceNotFound)
    }

    @Test("Private CA revokes what IssueCertificate issued, and refuses while the CA is pending its certificate")
    func caRevokesIssuedCertificate() throws {
        var zone = try CertificateZone()
        let ca = try PrivateCATests.activeRoot(&zone)
        let (csr, _) = try CertificateFixtures.csr("svc.internal.example.com")
        let issued = try zone.world.issueCertificate(
            certificateAuthorityARN: ca, csr: csr, validity: .days(30), as: zone.admin)
        let serial = String(try #require(issued.split(separator: "/").last))
        try zone.world.revokeCertificate(
            certificateAuthorityARN: ca, certificateSerial: serial, revocationReason: .superseded, as: zone.admin)
        let authority = try zone.world.describeCertificateAuthority(certificateAuthorityARN: ca, as: zone.admin)
        #expect(authority.revocations[serial]?.reason == .superseded)

        let pending = try zone.world.createCertificateAuthority(
            certificateAuthorityType: .root, keyAlgorithm: .ecPrime256v1, signingAlgorithm: "SHA256WITHECDSA",
            subject: PrivateCATests.subject, as: zone.admin)
        let state = #expect(throws: AWSError.self) {
            try zone.world.revokeCertificate(
                certificateAuthorityARN: pending, certificateSerial: serial, revocationReason: .unspecified,
                as: zone.admin)
        }
        #expect(state?.code == .invalidStateException)
    }

    @Test("ResendValidationEmail gives an email-validated request another 72 hours")
    func resendExtendsValidation() throws {
        var zone = try CertificateZone()
        let arn = try zone.world.requestCertificate(domainName: "mail.example.com", as: zone.admin)
        try zone.world.advanceClock(by: 70 * 3_600)
        try zone.world.resendValidationEmail(
            certificateARN: arn, domain: "mail.example.com", validationDomain: "example.com", as: zone.admin)
        try zone.world.advanceClock(by: 10 * 3_600)
        #expect(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).status == .pendingValidation)
        try zone.world.approveValidationEmail(certificateARN: arn)
        #expect(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).status == .issued)

        let late = try zone.world.requestCertificate(domainName: "late.example.com", as: zone.admin)
        try zone.world.advanceClock(by: 73 * 3_600)
        let timedOut = #expect(throws: AWSError.self) {
            try zone.world.resendValidationEmail(
                certificateARN: late, domain: "late.example.com", validationDomain: "late.example.com", as: zone.admin)
        }
        #expect(timedOut?.code == .invalidState)
        #expect(timedOut?.message.contains("VALIDATION_TIMED_OUT") == true)
    }

    @Test("ResendValidationEmail refuses DNS-validated certificates and domains the request does not have")
    func resendRefusals() throws {
        var zone = try CertificateZone()
        let dns = try zone.request("app1.example.com")
        let state = #expect(throws: AWSError.self) {
            try zone.world.resendValidationEmail(
                certificateARN: dns, domain: "app1.example.com", validationDomain: "example.com", as: zone.admin)
        }
        #expect(state?.code == .invalidState)
        let email = try zone.world.requestCertificate(domainName: "mail.example.com", as: zone.admin)
        let domain = #expect(throws: AWSError.self) {
            try zone.world.resendValidationEmail(
                certificateARN: email, domain: "www.example.com", validationDomain: "example.com", as: zone.admin)
        }
        #expect(domain?.code == .invalidDomainValidationOptions)
        let above = #expect(throws: AWSError.self) {
            try zone.world.resendValidationEmail(
                certificateARN: email, domain: "mail.example.com", validationDomain: "example.org", as: zone.admin)
        }
        #expect(above?.code == .invalidDomainValidationOptions)
        #expect(above?.message.contains("example.org") == true)
    }
}
