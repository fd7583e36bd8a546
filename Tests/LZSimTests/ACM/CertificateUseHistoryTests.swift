import Foundation
import LZPolicy
import LZSim
import Testing

@Suite struct CertificateUseHistoryTests {
    @Test("a certificate renewed while in use keeps that renewal after its listener is deleted")
    func renewalSurvivesDisassociation() throws {
        var (zone, arn) = try RenewalTests.servedCertificate()
        let notAfter = try #require(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).notAfter)
        try zone.world.setClock(to: notAfter - 30 * CertificateZone.day)
        let renewed = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(renewed.renewalSummary?.renewalStatus == .success)
        let listener = try #require(try zone.world.listeners().first)
        try zone.world.deleteListener(listenerARN: listener.arn, as: zone.admin)
        let after = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(after.notAfter == renewed.notAfter)
        #expect(after.serial == renewed.serial)
        #expect(after.renewalEligibility == .ineligible)
        #expect(after.inUseBy.isEmpty)
    }

    @Test("ACM does not renew a certificate whose listener was deleted before the renewal window: it expires")
    func disassociatedBeforeWindowExpires() throws {
        var (zone, arn) = try RenewalTests.servedCertificate()
        let notAfter = try #require(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).notAfter)
        try zone.world.setClock(to: notAfter - 90 * CertificateZone.day)
        let listener = try #require(try zone.world.listeners().first)
        try zone.world.deleteListener(listenerARN: listener.arn, as: zone.admin)
        try zone.world.setClock(to: notAfter - 30 * CertificateZone.day)
        let idle = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(idle.renewalEligibility == .ineligible)
        #expect(idle.renewalSummary == nil)
        #expect(idle.notAfter == notAfter)
        try zone.world.setClock(to: notAfter)
        #expect(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).status == .expired)
    }

    @Test("a certificate attached inside the renewal window is renewed from the moment it is in use")
    func associatedInsideWindow() throws {
        var zone = try CertificateZone()
        let arn = try zone.request("late.example.com")
        try zone.changeValidationRecords(arn)
        let notAfter = try #require(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).notAfter)
        try zone.world.setClock(to: notAfter - 20 * CertificateZone.day)
        #expect(
            try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).renewalEligibility == .ineligible)
        let attachedAt = zone.world.now
        _ = try zone.serve(arn)
        let renewed = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(renewed.renewalSummary?.renewalStatus == .success)
        #expect(renewed.notBefore == attachedAt)
        #expect(renewed.renewalEligibility == .eligible)
    }

    @Test("a listener replaced by another serving the same certificate keeps it in use without a gap")
    func replacedListener() throws {
        var (zone, arn) = try RenewalTests.servedCertificate()
        let notAfter = try #require(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).notAfter)
        let listener = try #require(try zone.world.listeners().first)
        try zone.world.setClock(to: notAfter - 100 * CertificateZone.day)
        let other = try zone.request("other.example.com")
        try zone.changeValidationRecords(other)
        try zone.world.modifyListener(listenerARN: listener.arn, certificates: [other], as: zone.admin)
        try zone.world.addListenerCertificates(listenerARN: listener.arn, certificates: [arn], as: zone.admin)
        try zone.world.setClock(to: notAfter - 30 * CertificateZone.day)
        let renewed = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(renewed.renewalSummary?.renewalStatus == .success)
        #expect(renewed.notBefore == notAfter - 60 * CertificateZone.day)
    }
}
