import Foundation
import LZPolicy
import LZSim
import Testing

@Suite struct CAATests {
    /// Writes (or, with `.delete`, removes) CAA records at `name` in the zone.
    static func caa(
        _ zone: inout CertificateZone, _ name: String, _ values: [String],
        _ action: ResourceRecordSetChange.Action = .upsert
    ) throws {
        try zone.world.changeResourceRecordSets(
            hostedZoneID: zone.hostedZoneID,
            changes: [
                ResourceRecordSetChange(
                    action: action,
                    resourceRecordSet: ResourceRecordSet(name: name, type: "CAA", resourceRecords: values))
            ], as: zone.admin)
    }

    static func validatedRequest(_ zone: inout CertificateZone, _ domain: String) throws -> CertificateDetail {
        let arn = try zone.request(domain)
        try zone.changeValidationRecords(arn)
        return try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
    }

    @Test("a CAA record that names no Amazon CA fails the validated request with CAA_ERROR")
    func caaForbids() throws {
        var zone = try CertificateZone()
        try Self.caa(&zone, "example.com", [#"0 issue "letsencrypt.org""#])
        let refused = try Self.validatedRequest(&zone, "app1.example.com")
        #expect(refused.status == .failed)
        #expect(refused.failureReason == "CAA_ERROR")
        #expect(refused.notAfter == nil)

        // A CAA record at the closer name decides, and amazon.com lets ACM issue.
        try Self.caa(&zone, "shop.example.com", [#"0 issue "amazon.com""#, #"0 iodef "mailto:sec@example.com""#])
        #expect(try Self.validatedRequest(&zone, "shop.example.com").status == .issued)
    }

    @Test("CAA records of a zone served outside AWS are honoured too")
    func externalZone() throws {
        var zone = try CertificateZone()
        try zone.world.declareExternalDNSZone(name: "corp.example.net")
        let arn = try zone.request("api.corp.example.net")
        let changes =
            try zone.validationRecords(arn).map {
                ResourceRecordSetChange(
                    action: .create,
                    resourceRecordSet: ResourceRecordSet(name: $0.name, type: $0.type, resourceRecords: [$0.value]))
            } + [
                ResourceRecordSetChange(
                    action: .create,
                    resourceRecordSet: ResourceRecordSet(
                        name: "corp.example.net", type: "CAA", resourceRecords: [#"0 issue "sectigo.com""#]))
            ]
        try zone.world.changeExternalDNSRecords(zone: "corp.example.net", changes: changes)
        let refused = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(refused.status == .failed && refused.failureReason == "CAA_ERROR")
    }

    @Test("issuewild decides for wildcard names and issue for the others")
    func wildcards() throws {
        var zone = try CertificateZone()
        try Self.caa(&zone, "example.com", [#"0 issue "amazontrust.com""#, #"0 issuewild ";""#])
        #expect(try Self.validatedRequest(&zone, "www.example.com").status == .issued)
        let wildcard = try Self.validatedRequest(&zone, "*.example.com")
        #expect(wildcard.status == .failed && wildcard.failureReason == "CAA_ERROR")
    }

    @Test("a renewal blocked by CAA fails with CAA_ERROR, and succeeds the moment the record names Amazon again")
    func renewalBlocked() throws {
        var (zone, arn) = try RenewalTests.servedCertificate()
        let notAfter = try #require(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).notAfter)
        try zone.world.setClock(to: notAfter - 90 * CertificateZone.day)
        try Self.caa(&zone, "example.com", [#"0 issue "digicert.com""#])
        try zone.world.setClock(to: notAfter - 40 * CertificateZone.day)
        let blocked = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(blocked.status == .issued)
        #expect(blocked.renewalSummary?.renewalStatus == .failed)
        #expect(blocked.renewalSummary?.renewalStatusReason == .caaError)
        let fixedAt = zone.world.now
        try Self.caa(&zone, "example.com", [#"0 issue "digicert.com""#, #"0 issue "amazon.com""#])
        let renewed = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(renewed.renewalSummary?.renewalStatus == .success)
        #expect(renewed.notBefore == fixedAt)
    }
}
