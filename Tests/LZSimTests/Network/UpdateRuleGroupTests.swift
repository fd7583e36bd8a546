import Foundation
import Testing

@testable import LZSim

/// `UpdateRuleGroup` replaces a Network Firewall rule group's rules in place, and the firewalls
/// that use the group judge traffic by the new rules at once.
@Suite struct UpdateRuleGroupTests {
    @Test("a stateful group's rules are replaced, and an unknown group is refused")
    func replaceRules() throws {
        var world = World(seed: 7, start: Date(timeIntervalSince1970: 1_767_225_600), regions: ["eu-west-1"])
        let account = try world.createStandaloneAccount(name: "net", email: "net@example.com")
        let root = try world.rootSession(of: account).with { $0.region = "eu-west-1" }
        try world.createRuleGroup(
            ruleGroupName: "environments", type: "STATEFUL",
            rulesString: #"drop ip 10.1.0.0/16 any -> 10.5.0.0/16 any (msg:"dev to prod"; sid:1;)"#, as: root)
        let updated = try world.updateRuleGroup(
            ruleGroupName: "environments",
            rulesString: #"pass ip 10.1.0.0/16 any -> 10.5.0.0/16 443 (msg:"dev to prod web"; sid:2;)"#, as: root)
        #expect(updated.statefulRules.count == 1)
        #expect(world.network.ruleGroups[updated.ruleGroupArn]?.statefulRules == updated.statefulRules)
        #expect("\(updated.statefulRules[0])".contains("pass"))
        let missing = #expect(throws: AWSError.self) {
            try world.updateRuleGroup(ruleGroupName: "nowhere", rulesString: "", as: root)
        }
        #expect(missing?.code == .resourceNotFound)
        let bad = #expect(throws: AWSError.self) {
            try world.updateRuleGroup(ruleGroupName: "environments", rulesString: "drop nonsense", as: root)
        }
        #expect(bad?.code == .invalidRequest)
    }
}
