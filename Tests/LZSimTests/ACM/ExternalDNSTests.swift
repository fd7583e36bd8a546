import Foundation
import LZSim
import Testing

/// Certificates for names whose DNS is served outside AWS: the world declares the external
/// zone, and ACM validates against its records as it does against Route 53's.
@Suite struct ExternalDNSTests {
    @Test("a certificate for an externally served name is issued once its CNAME exists there")
    func externalZoneValidates() throws {
        var zone = try CertificateZone()
        try zone.world.declareExternalDNSZone(name: "corp.example.net")
        let arn = try zone.request("portal.corp.example.net")
        #expect(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).status == .pendingValidation)
        let changes = try zone.validationRecords(arn).map {
            ResourceRecordSetChange(
                action: .create,
                resourceRecordSet: ResourceRecordSet(name: $0.name, type: $0.type, resourceRecords: [$0.value]))
        }
        try zone.world.changeExternalDNSRecords(zone: "corp.example.net", changes: changes)
        #expect(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).status == .issued)
    }

    @Test("external zones are declared once, and records stay inside their zone")
    func externalZoneRules() throws {
        var zone = try CertificateZone()
        try zone.world.declareExternalDNSZone(name: "corp.example.net")
        let twice = #expect(throws: AWSError.self) { try zone.world.declareExternalDNSZone(name: "corp.example.net.") }
        #expect(twice?.code == .hostedZoneAlreadyExists)
        let outside = #expect(throws: AWSError.self) {
            try zone.world.changeExternalDNSRecords(
                zone: "corp.example.net",
                changes: [
                    .init(
                        action: .create,
                        resourceRecordSet: .init(name: "www.example.org", type: "A", resourceRecords: ["192.0.2.1"]))
                ])
        }
        #expect(outside?.code == .invalidChangeBatch)
        let unknown = #expect(throws: AWSError.self) {
            try zone.world.changeExternalDNSRecords(zone: "other.example.net", changes: [])
        }
        #expect(unknown?.code == .noSuchHostedZone)
    }
}
