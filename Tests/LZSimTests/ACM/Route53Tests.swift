import Foundation
import LZPolicy
import LZSim
import Testing

@Suite struct Route53Tests {
    static func record(_ name: String, _ value: String) -> ResourceRecordSet {
        ResourceRecordSet(name: name, type: "CNAME", resourceRecords: [value])
    }

    @Test("a change batch is applied whole or not at all, with Route 53's messages")
    func changeBatches() throws {
        var zone = try CertificateZone()
        let create = ResourceRecordSetChange(
            action: .create, resourceRecordSet: Self.record("a.example.com", "b.example.com"))
        try zone.world.changeResourceRecordSets(hostedZoneID: zone.hostedZoneID, changes: [create], as: zone.admin)
        let again = ResourceRecordSetChange(
            action: .create, resourceRecordSet: Self.record("c.example.com", "d.example.com"))
        let error = #expect(throws: AWSError.self) {
            try zone.world.changeResourceRecordSets(
                hostedZoneID: zone.hostedZoneID, changes: [again, create], as: zone.admin)
        }
        #expect(error?.code == .invalidChangeBatch)
        #expect(error?.message.contains("a.example.com.") == true)
        let hostedZone = try #require(zone.world.account(zone.zone.prod)?.tls.hostedZones[zone.hostedZoneID])
        #expect(hostedZone.recordSets.map(\.name) == ["a.example.com."])
        let outside = ResourceRecordSetChange(
            action: .create, resourceRecordSet: Self.record("a.other.org", "b.example.com"))
        #expect(throws: AWSError.self) {
            try zone.world.changeResourceRecordSets(hostedZoneID: zone.hostedZoneID, changes: [outside], as: zone.admin)
        }
        let missing = #expect(throws: AWSError.self) {
            try zone.world.changeResourceRecordSets(hostedZoneID: "ZNOPE", changes: [create], as: zone.admin)
        }
        #expect(missing?.code == .noSuchHostedZone)
    }

    @Test("validation records count only in the zone the name is delegated to: the most specific one")
    func delegation() throws {
        var zone = try CertificateZone()
        let sub = try zone.world.createHostedZone(name: "app1.example.com", callerReference: "zone-2", as: zone.admin)
        let arn = try zone.request("www.app1.example.com")
        // In the parent zone the record does not resolve: the subdomain has its own zone.
        try zone.changeValidationRecords(arn)
        #expect(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).status == .pendingValidation)
        let records = try zone.validationRecords(arn).map {
            ResourceRecordSetChange(
                action: .create,
                resourceRecordSet: ResourceRecordSet(name: $0.name, type: $0.type, resourceRecords: [$0.value]))
        }
        try zone.world.changeResourceRecordSets(hostedZoneID: sub.id, changes: records, as: zone.admin)
        #expect(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).status == .issued)
    }

    @Test("a second zone with the same caller reference is refused")
    func callerReference() throws {
        var zone = try CertificateZone()
        let error = #expect(throws: AWSError.self) {
            try zone.world.createHostedZone(name: "example.org", callerReference: "zone-1", as: zone.admin)
        }
        #expect(error?.code == .hostedZoneAlreadyExists)
    }
}
