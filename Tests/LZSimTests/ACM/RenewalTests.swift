import Foundation
import LZPolicy
import LZSim
import Testing

@Suite struct RenewalTests {
    /// An issued, in-use certificate and its listener.
    static func servedCertificate() throws -> (CertificateZone, String) {
        var zone = try CertificateZone()
        let arn = try zone.request("app1.example.com", ["www.app1.example.com"])
        try zone.changeValidationRecords(arn)
        _ = try zone.serve(arn)
        return (zone, arn)
    }

    @Test("an in-use DNS-validated certificate renews 60 days before expiry while its CNAME resolves")
    func renewalSucceeds() throws {
        var (zone, arn) = try Self.servedCertificate()
        let issued = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(issued.renewalEligibility == .eligible)
        #expect(issued.inUseBy.count == 1)
        let firstNotAfter = try #require(issued.notAfter)
        try zone.world.setClock(to: firstNotAfter - 61 * CertificateZone.day)
        #expect(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).renewalSummary == nil)
        try zone.world.setClock(to: firstNotAfter - 59 * CertificateZone.day)
        let renewed = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(renewed.status == .issued)
        #expect(renewed.renewalSummary?.renewalStatus == .success)
        #expect(renewed.notBefore == firstNotAfter - 60 * CertificateZone.day)
        #expect(renewed.notAfter == firstNotAfter + 335 * CertificateZone.day)
        #expect(renewed.serial != issued.serial)
    }

    @Test("after the CNAME is removed renewal waits for validation, fails at expiry, and the certificate expires")
    func renewalFailsThenExpires() throws {
        var (zone, arn) = try Self.servedCertificate()
        let notAfter = try #require(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).notAfter)
        try zone.world.setClock(to: notAfter - 90 * CertificateZone.day)
        try zone.changeValidationRecords(arn, .delete)
        try zone.world.setClock(to: notAfter - 30 * CertificateZone.day)
        let pending = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(pending.status == .issued)
        #expect(pending.renewalSummary?.renewalStatus == .pendingValidation)
        #expect(pending.renewalSummary?.updatedAt == notAfter - 60 * CertificateZone.day)
        #expect(pending.renewalSummary?.domainValidationOptions.first?.validationStatus == .pendingValidation)
        #expect(try zone.world.certificatesExpiring(withinDays: 30).map(\.certificateARN) == [arn])

        try zone.world.setClock(to: notAfter + 1)
        let expired = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(expired.status == .expired)
        #expect(expired.renewalSummary?.renewalStatus == .failed)
        #expect(expired.renewalSummary?.updatedAt == notAfter)
        #expect(expired.renewalEligibility == .ineligible)
    }

    @Test("a CNAME restored inside the renewal window lets the renewal succeed at that moment")
    func renewalRecovers() throws {
        var (zone, arn) = try Self.servedCertificate()
        let notAfter = try #require(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).notAfter)
        try zone.changeValidationRecords(arn, .delete)
        try zone.world.setClock(to: notAfter - 20 * CertificateZone.day)
        try zone.changeValidationRecords(arn)
        let renewed = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(renewed.renewalSummary?.renewalStatus == .success)
        #expect(renewed.notBefore == zone.world.now)
    }

    @Test("a certificate nothing uses is not renewed and expires")
    func unusedExpires() throws {
        var zone = try CertificateZone()
        let arn = try zone.request("idle.example.com")
        try zone.changeValidationRecords(arn)
        let detail = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(detail.renewalEligibility == .ineligible)
        try zone.world.setClock(to: try #require(detail.notAfter))
        let expired = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(expired.status == .expired)
        #expect(expired.renewalSummary == nil)
    }
}
