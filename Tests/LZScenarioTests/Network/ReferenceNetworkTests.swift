import Foundation
import LZReport
import LZSim
import Testing

@testable import LZScenario

@Suite struct ReferenceNetworkTests {
    static let fixture = NetworkFixtures.folder.appendingPathComponent("reference-network.yaml")
    static let blackhole = "10.5.0.0/20: blackhole"
    static let firewallRule = "drop ip 10.1.0.0/20 any -> 10.5.0.0/20 any (msg:\"dev to prod\"; sid:9995;)"

    /// The fixture with some lines removed, run; each testcase's outcome and message.
    static func run(removing lines: [String] = []) throws -> [String: String] {
        let text = try String(contentsOf: fixture, encoding: .utf8)
        let kept = text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            !lines.contains(line.trimmingCharacters(in: .whitespaces))
        }
        #expect(kept.count == text.split(separator: "\n", omittingEmptySubsequences: false).count - lines.count)
        let run = try ScenarioFolder(["reference-network.yaml": kept.joined(separator: "\n")]).run()
        return ReachCheckTests.results(run)
    }

    static let devToProd = "NET-02 Development cannot reach production on 443, stopped by the route and by the firewall"

    @Test("the reference network's checks hold: dev and prod apart, shared services and on-premises as designed")
    func checksHold() throws {
        let results = try Self.run()
        #expect(results.count == 6)
        #expect(results.values.allSatisfy { $0 == "passed" }, "\(results)")
    }

    @Test("dev to prod is blocked by the blackhole route and by the firewall, each named")
    func bothLayers() throws {
        let foundation = try ScenarioFoundation(contentsOf: Self.fixture)
        let answer = try foundation.world.reach(
            from: .instance(try #require(foundation.built.network.all(.instance)["dev-teama/dev-app"])),
            to: .instance(try #require(foundation.built.network.all(.instance)["prod-app1/prod-app"])),
            protocol: .tcp, ports: 443...443)
        #expect(
            answer.blocks.map { foundation.built.network.describe($0.description) } == [
                "BLACKHOLE_ROUTE at network-prod/rt-dev: 10.5.0.0/20 -> blackhole (static, blackhole) in rt-dev",
                "FIREWALL_RULE_DROP at inspection: sid 9995: drop ip 10.1.0.0/20 any -> 10.5.0.0/20 any "
                    + "(msg:\"dev to prod\"; sid:9995;)",
            ])
    }

    @Test("removing either layer keeps dev from prod, and the check names the layer that is left")
    func eitherLayer() throws {
        let withoutBlackhole = try Self.run(removing: [Self.blackhole])
        #expect(
            withoutBlackhole[Self.devToProd]
                == "failed: [critical] Development cannot reach production on 443, stopped by the route and by the "
                + "firewall: unreachable as expected, but not blocked by BLACKHOLE_ROUTE: the blocks are "
                + "FIREWALL_RULE_DROP at inspection: sid 9995: drop ip 10.1.0.0/20 any -> 10.5.0.0/20 any "
                + "(msg:\"dev to prod\"; sid:9995;)")
        let withoutRule = try Self.run(removing: [Self.firewallRule])
        #expect(
            withoutRule[Self.devToProd]
                == "failed: [critical] Development cannot reach production on 443, stopped by the route and by the "
                + "firewall: unreachable as expected, but not blocked by FIREWALL_RULE_DROP: the blocks are "
                + "BLACKHOLE_ROUTE at network-prod/rt-dev: 10.5.0.0/20 -> blackhole (static, blackhole) in rt-dev")
    }

    @Test("removing both layers lets dev reach prod, and the failure shows the path through the firewall")
    func bothRemoved() throws {
        let results = try Self.run(removing: [Self.blackhole, Self.firewallRule])
        let message = try #require(results[Self.devToProd])
        #expect(
            message.hasPrefix(
                "failed: [critical] Development cannot reach production on 443, stopped by the route and by the "
                    + "firewall: expected unreachable, but dev-teama/dev-app -> prod-app1/prod-app tcp 443 is "
                    + "reachable on 443: interface dev-teama/dev-app: 10.1.0.4 -> security group out network-prod/dev-app"
            ),
            "\(message)")
        #expect(message.contains("transit gateway route table network-prod/rt-dev"), "\(message)")
        #expect(
            message.contains("network firewall inspection: endpoint network-prod/inspection@firewall-a"), "\(message)")
    }
}
