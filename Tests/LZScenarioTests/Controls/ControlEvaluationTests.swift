import Foundation
import LZSim
import Testing

@testable import LZScenario

/// Every control of the catalog, on a compliant and a non-compliant resource built through the
/// world's operations: the exact status and reason Security Hub's logic gives.
@Suite struct ControlEvaluationTests {
    static let cases =
        ControlCase.identity + ControlCase.network + ControlCase.compute + ControlCase.storage
        + ControlCase.tls + ControlCase.credentials + ControlCase.securityServices

    @Test("a compliant resource is COMPLIANT with its reason", arguments: cases)
    func compliant(_ control: ControlCase) throws {
        var fixture = try ControlFixture()
        let expected = try control.compliant(&fixture)
        let finding = try #require(try fixture.evaluate(control.id).first { $0.resource == expected.resource })
        #expect(finding.status == expected.status)
    }

    @Test("a non-compliant resource is NON_COMPLIANT with the reason in its own terms", arguments: cases)
    func nonCompliant(_ control: ControlCase) throws {
        var fixture = try ControlFixture()
        let expected = try control.nonCompliant(&fixture)
        let finding = try #require(try fixture.evaluate(control.id).first { $0.resource == expected.resource })
        #expect(finding.status == expected.status)
    }

    @Test("EC2.21 also fails an ACL that lets ::/0 reach RDP over UDP")
    func ipv6NetworkAcl() throws {
        var fixture = try ControlFixture()
        let (vpc, _) = try fixture.vpc()
        let acl = try fixture.world.createNetworkAcl(vpcId: vpc.vpcId, tags: ["Name": "edge"], as: fixture.admin)
        try fixture.world.createNetworkAclEntry(
            networkAclId: acl.networkAclId, ruleNumber: 100, protocol: "udp", ruleAction: "allow", egress: false,
            ipv6CidrBlock: "::/0", portRange: 3389...3389, as: fixture.admin)
        let finding = try #require(try fixture.evaluate("EC2.21").first { $0.resource == "app/network-acl/edge" })
        guard case .nonCompliant(let reason) = finding.status else {
            Issue.record("expected EC2.21 to fail, got \(finding.status)")
            return
        }
        #expect(reason.contains("::/0"), "\(reason)")
    }

    @Test("every FSBP control of the catalog has fixtures")
    func coverage() {
        let covered = Set(Self.cases.map(\.id))
        let fsbp = ControlCatalog.controls(in: .fsbp).map(\.id)
        #expect(fsbp.filter { !covered.contains($0) } == [])
    }
}
