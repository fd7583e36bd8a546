import Foundation
import LZPolicy
import LZScenario
import LZSim
import LZSimTesting
import Testing

@Suite("expectAllowed and expectDenied", .scenario(Fixtures.foundation))
struct AccessExpectationTests {
    let file = "AccessExpectationTests.swift"

    @Test("a denial that holds records nothing and returns the decision")
    func deniedHolds() throws {
        let admin = try ScenarioFoundation.current.session("dev/role/Admin")
        let decision = expectDenied(admin, "ec2:CreateVpc", on: "*", .explicit, by: "scp")
        #expect(decision?.outcome == .explicitlyDenied)
        expectDenied(admin, "ec2:CreateVpc", on: "*", by: "deny-network-changes")
        expectDenied(admin, "ec2:CreateVpc", on: "*", by: "DenyNetworkChanges")
    }

    @Test("an allow that holds records nothing")
    func allowedHolds() throws {
        let admin = try ScenarioFoundation.current.session("prod/role/Admin")
        let decision = expectAllowed(admin, "ec2:CreateVpc", on: "*")
        #expect(decision?.isAllowed == true)
        expectAllowed(admin, "ec2:CreateVpc", on: "*", by: "AdministratorAccess")
    }

    @Test("an implicit denial is told apart from an explicit one")
    func implicitHolds() throws {
        let auditor = try ScenarioFoundation.current.session("prod/role/Auditor")
        expectDenied(auditor, "ec2:CreateVpc", on: "*", .implicit, by: "identity")
        expectAllowed(auditor, "ec2:DescribeVpcs", on: "*")
    }

    @Test("a denied request expected allowed fails at the caller's line with the explanation")
    func allowedFails() throws {
        let admin = try ScenarioFoundation.current.session("dev/role/Admin")
        let line = #line + 2
        withKnownIssue {
            expectAllowed(admin, "ec2:CreateVpc", on: "*")
        } matching: { issue in
            let text = Fixtures.text(of: issue)
            return Fixtures.issue(issue, isAt: file, line: line)
                && text.contains("expected allow, got ExplicitlyDenied")
                && text.contains("Sid \"DenyNetworkChanges\"") && text.contains("ec2:CreateVpc")
        }
    }

    @Test("an allowed request expected denied fails at the caller's line")
    func deniedFails() throws {
        let request = AccessRequest(
            session: try ScenarioFoundation.current.session("prod/role/Admin"), action: "ec2:CreateVpc",
            resource: ResourceReference(arn: "*"))
        let line = #line + 2
        withKnownIssue {
            expectDenied(request)
        } matching: { issue in
            Fixtures.issue(issue, isAt: file, line: line)
                && Fixtures.text(of: issue).contains("expected deny, got Allowed")
        }
    }

    @Test("the wrong kind of denial fails and names both kinds")
    func wrongKindFails() throws {
        let admin = try ScenarioFoundation.current.session("dev/role/Admin")
        let line = #line + 2
        withKnownIssue {
            expectDenied(admin, "ec2:CreateVpc", on: "*", .implicit)
        } matching: { issue in
            Fixtures.issue(issue, isAt: file, line: line)
                && Fixtures.text(of: issue).contains("expected an implicit deny, got an explicit one")
        }
    }

    @Test("a denial by another policy than named fails and says which policy decided")
    func wrongPolicyFails() throws {
        let admin = try ScenarioFoundation.current.session("dev/role/Admin")
        let line = #line + 2
        withKnownIssue {
            expectDenied(admin, "ec2:CreateVpc", on: "*", by: "boundary")
        } matching: { issue in
            Fixtures.issue(issue, isAt: file, line: line)
                && Fixtures.text(of: issue).contains("expected deny by 'boundary', but it came from scp")
        }
    }

    @Test("an allow by another policy than named fails")
    func wrongAllowingPolicyFails() throws {
        let admin = try ScenarioFoundation.current.session("prod/role/Admin")
        let line = #line + 2
        withKnownIssue {
            expectAllowed(admin, "ec2:CreateVpc", on: "*", by: "ReadOnlyAccess")
        } matching: { issue in
            Fixtures.issue(issue, isAt: file, line: line)
                && Fixtures.text(of: issue).contains("expected allow by 'ReadOnlyAccess'")
        }
    }

    @Test("a comment is carried into the issue")
    func commentIsCarried() throws {
        let admin = try ScenarioFoundation.current.session("dev/role/Admin")
        withKnownIssue {
            expectAllowed(admin, "ec2:CreateVpc", on: "*", "networking team needs this")
        } matching: { issue in
            Fixtures.text(of: issue).hasPrefix("networking team needs this\nexpected allow")
        }
    }

    @Test("expectations see the test's own changes to its copy of the world")
    func changedWorld() throws {
        let foundation = try ScenarioFoundation.current
        var world = foundation.world
        let root = try world.rootSession(of: try foundation.accountID("management"))
        let organization = try #require(world.organization)
        let scp = try #require(organization.policies.values.first { $0.name == "deny-network-changes" })
        let dev = try foundation.accountID("dev")
        let unit = try #require(organization.parents[dev])
        try world.detachPolicy(policyID: scp.id, targetID: unit, as: root)
        expectAllowed(try foundation.session("dev/role/Admin"), "ec2:CreateVpc", on: "*", in: world)
        expectDenied(try foundation.session("dev/role/Admin"), "ec2:CreateVpc", on: "*", by: "scp")
    }
}

@Suite("expectations outside a scenario")
struct ExpectationsWithoutScenarioTests {
    @Test("an expectation given a world needs no trait")
    func explicitWorld() throws {
        let foundation = try ScenarioFoundation(
            contentsOf: ScenarioPathForTests.url(Fixtures.foundation), root: ScenarioPathForTests.root)
        expectDenied(try foundation.session("dev/role/Admin"), "ec2:CreateVpc", on: "*", in: foundation.world)
    }

    @Test("an expectation without a world or a trait fails at the caller's line")
    func noWorld() throws {
        let foundation = try ScenarioFoundation(
            contentsOf: ScenarioPathForTests.url(Fixtures.foundation), root: ScenarioPathForTests.root)
        let admin = try foundation.session("dev/role/Admin")
        let line = #line + 2
        withKnownIssue {
            let decision = expectAllowed(admin, "ec2:CreateVpc", on: "*")
            #expect(decision == nil)
        } matching: { issue in
            Fixtures.issue(issue, isAt: "AccessExpectationTests.swift", line: line)
                && Fixtures.text(of: issue).contains("no scenario is in scope")
        }
    }
}

/// Fixture paths for code that loads files itself.
enum ScenarioPathForTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }
}
