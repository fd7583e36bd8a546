import Foundation
import LZReport
import LZScenario
import Testing

/// `assert` over VPCs: address space shared with another VPC, or with reserved ranges.
@Suite struct VpcAssertTests {
    static let foundation = """
        foundation:
          regions: [eu-west-1]
          accounts:
            a:
              network:
                vpcs:
                  one: { cidr: 10.1.0.0/16 }
                  two: { cidr: 10.2.0.0/16 }
            b:
              network:
                vpcs:
                  clash: { cidr: 10.1.128.0/20 }
                  onprem: { cidr: 192.168.4.0/24 }

        """

    static func verdicts(_ expect: String) throws -> [String: String] {
        try ScenarioFolder.assertVerdicts(foundation, "{ resources: ec2:vpc, expect: \(expect) }")
    }

    @Test("VPCs that share address space name each other; the others pass")
    func overlaps() throws {
        #expect(
            try Self.verdicts("{ overlaps_other_vpcs: false }") == [
                "a/vpc/one": "overlaps b/clash", "a/vpc/two": "passed", "b/vpc/clash": "overlaps a/one",
                "b/vpc/onprem": "passed",
            ])
    }

    @Test("a VPC overlapping a reserved range is named with both blocks")
    func reserved() throws {
        let verdicts = try Self.verdicts("{ disjoint_from: [192.168.0.0/16] }")
        #expect(verdicts["b/vpc/onprem"] == "192.168.4.0/24 overlaps reserved 192.168.0.0/16")
        #expect(verdicts.filter { $0.value == "passed" }.count == 3)
    }

    @Test("a reserved range that is not a CIDR block is an error at the value")
    func badRange() throws {
        let run = try ScenarioFolder([
            "s.yaml": Self.foundation
                + "checks:\n  - { id: V-1, title: t, assert: { resources: ec2:vpc, expect: { disjoint_from: [10.0.0.0/33] } } }\n"
        ]).run()
        let problem = try #require(ScenarioFolder.firstProblem(run))
        #expect(problem.message.contains("expected a CIDR block in 'disjoint_from', found '10.0.0.0/33'"), "\(problem)")
    }
}
