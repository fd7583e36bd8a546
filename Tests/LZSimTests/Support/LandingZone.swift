import Foundation
import LZPolicy
import LZSim

/// A small landing zone built through the world's operations: a management account, an
/// organization with SCPs enabled, OUs Workloads > {Dev, Prod}, and one account in each.
struct LandingZone {
    var world: World
    let management: String
    let dev: String
    let prod: String
    let workloadsOU: String
    let devOU: String
    let prodOU: String

    init(seed: UInt64 = 7, policyTypes: [OrganizationPolicyType] = [.serviceControlPolicy]) throws {
        var world = World(seed: seed)
        let management = try world.createStandaloneAccount(name: "management", email: "root@example.com")
        let root = try world.rootSession(of: management)
        let organization = try world.createOrganization(as: root)
        for type in policyTypes {
            try world.enablePolicyType(type, rootID: organization.rootID, as: root)
        }
        let workloads = try world.createOrganizationalUnit(parentID: organization.rootID, name: "Workloads", as: root)
        let devOU = try world.createOrganizationalUnit(parentID: workloads.id, name: "Dev", as: root)
        let prodOU = try world.createOrganizationalUnit(parentID: workloads.id, name: "Prod", as: root)
        let dev = try world.createAccount(accountName: "dev-app", email: "dev@example.com", as: root)
        let prod = try world.createAccount(accountName: "prod-app", email: "prod@example.com", as: root)
        try world.moveAccount(
            accountID: dev, sourceParentID: organization.rootID, destinationParentID: devOU.id, as: root)
        try world.moveAccount(
            accountID: prod, sourceParentID: organization.rootID, destinationParentID: prodOU.id, as: root)
        self.world = world
        self.management = management
        self.dev = dev
        self.prod = prod
        self.workloadsOU = workloads.id
        self.devOU = devOU.id
        self.prodOU = prodOU.id
    }

    var managementRoot: Session { get throws { try world.rootSession(of: management) } }

    /// A session of the `OrganizationAccountAccessRole` in `account`, assumed from the management account.
    mutating func administrator(of account: String) throws -> Session {
        let admin = try world.createUserIfMissing(in: management, named: "bootstrap-admin")
        return try world.assumeRole(
            AssumeRoleRequest(
                roleARN: "arn:aws:iam::\(account):role/OrganizationAccountAccessRole", roleSessionName: "bootstrap"),
            as: admin)
    }

    /// Creates a role trusted by its own account with `policy` inline and returns a session of it.
    mutating func roleSession(
        in account: String,
        named name: String,
        policy: String,
        boundary: String? = nil,
        tags: [String: String] = [:]
    ) throws -> Session {
        let admin = try administrator(of: account)
        let trust = Fixture.trust(principal: "arn:aws:iam::\(account):root")
        try world.createRole(
            roleName: name, assumeRolePolicyDocument: trust, permissionsBoundary: boundary, tags: tags, as: admin)
        try world.putRolePolicy(roleName: name, policyName: "inline", policyDocument: policy, as: admin)
        _ = try world.createUserIfMissing(in: account, named: "signin")
        try world.putUserPolicy(
            userName: "signin", policyName: "assume-\(name)",
            policyDocument: Fixture.allow("sts:AssumeRole", "arn:aws:iam::\(account):role/\(name)"), as: admin)
        let signin = try world.userSession(account: account, userName: "signin")
        return try world.assumeRole(
            AssumeRoleRequest(roleARN: "arn:aws:iam::\(account):role/\(name)", roleSessionName: "\(name)-session"),
            as: signin)
    }
}

extension World {
    /// An administrator user of `account` (created with `AdministratorAccess` on first use), as a session.
    mutating func createUserIfMissing(in account: String, named name: String) throws -> Session {
        if self.account(account)?.iam.users[name] == nil {
            let root = try rootSession(of: account)
            try createUser(userName: name, as: root)
            try attachUserPolicy(userName: name, policyARN: "arn:aws:iam::aws:policy/AdministratorAccess", as: root)
        }
        return try userSession(account: account, userName: name)
    }
}

/// Policy texts for tests.
enum Fixture {
    static func allow(_ action: String, _ resource: String = "*") -> String {
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"\#(action)","Resource":"\#(resource)"}]}"#
    }

    static func deny(_ action: String, _ resource: String = "*") -> String {
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"\#(action)","Resource":"\#(resource)"}]}"#
    }

    static func trust(principal: String, condition: String = "") -> String {
        let conditionMember = condition.isEmpty ? "" : #","Condition":\#(condition)"#
        return #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"\#(principal)"},"#
            + #""Action":["sts:AssumeRole","sts:TagSession","sts:SetSourceIdentity"]\#(conditionMember)}]}"#
    }

    /// A fixture file under `Tests/Fixtures/`.
    static func file(_ path: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/\(path)")
        return try String(contentsOf: url, encoding: .utf8)
    }
}
