import BenchmarkSupport
import Foundation
import LZPolicy
import LZSim

// Builds a synthetic organization through the world's operations (every call authorized
// through the gateway): N accounts in OUs five levels deep, ten roles per account with an
// inline and a managed policy each, a permissions boundary on half of them. Then measures
// authorization through the gateway against the raw engine on the same requests, and a
// "who can" query over every role.

let accountCount = argument("--accounts", default: 1_000)
let rolesPerAccount = argument("--roles", default: 10)
let clock = ContinuousClock()

func allow(_ action: String, _ resource: String = "*") -> String {
    #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"\#(action)","Resource":"\#(resource)"}]}"#
}

var world = World(seed: 1)
var buildTime = Duration.zero
var accountIDs: [String] = []
do {
    buildTime = try clock.measure {
        let management = try world.createStandaloneAccount(name: "management", email: "root@example.com")
        let root = try world.rootSession(of: management)
        let organization = try world.createOrganization(as: root)
        try world.enablePolicyType(.serviceControlPolicy, rootID: organization.rootID, as: root)
        let guardrail = try world.createOrganizationPolicy(
            name: "deny-leave", type: .serviceControlPolicy,
            content:
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"organizations:LeaveOrganization","Resource":"*"}]}"#,
            as: root)
        try world.attachPolicy(policyID: guardrail.id, targetID: organization.rootID, as: root)
        // Five levels of OUs, two children each: 32 leaf OUs.
        var level = [organization.rootID]
        for depth in 1...5 {
            var next: [String] = []
            for (index, parent) in level.enumerated() {
                for child in 0..<2 {
                    let unit = try world.createOrganizationalUnit(
                        parentID: parent, name: "L\(depth)-\(index)-\(child)", as: root)
                    next.append(unit.id)
                }
            }
            level = next
        }
        try world.createUser(userName: "admin", as: root)
        try world.attachUserPolicy(
            userName: "admin", policyARN: "arn:aws:iam::aws:policy/AdministratorAccess", as: root)
        let admin = try world.userSession(account: management, userName: "admin")
        for number in 0..<accountCount {
            let account = try world.createAccount(
                accountName: "account-\(number)", email: "account-\(number)@example.com", as: root)
            accountIDs.append(account)
            try world.moveAccount(
                accountID: account, sourceParentID: organization.rootID,
                destinationParentID: level[number % level.count],
                as: root)
            let accountAdmin = try world.assumeRole(
                AssumeRoleRequest(
                    roleARN: "arn:aws:iam::\(account):role/OrganizationAccountAccessRole", roleSessionName: "build"),
                as: admin)
            let managed = try world.createPolicy(
                policyName: "app-read", policyDocument: allow("s3:GetObject", "arn:aws:s3:::app-\(number)/*"),
                as: accountAdmin)
            let boundary = try world.createPolicy(
                policyName: "boundary", policyDocument: allow("s3:*"), as: accountAdmin)
            let trust =
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::\#(account):root"},"Action":"sts:AssumeRole"}]}"#
            for roleNumber in 0..<rolesPerAccount {
                let name = "role-\(roleNumber)"
                try world.createRole(
                    roleName: name, assumeRolePolicyDocument: trust,
                    permissionsBoundary: roleNumber % 2 == 0 ? boundary.arn : nil, as: accountAdmin)
                try world.putRolePolicy(
                    roleName: name, policyName: "inline",
                    policyDocument: allow("s3:PutObject", "arn:aws:s3:::app-\(number)/\(name)/*"), as: accountAdmin)
                try world.attachRolePolicy(roleName: name, policyARN: managed.arn, as: accountAdmin)
            }
        }
    }
} catch {
    print("error: \(error)")
    exit(1)
}
let rolesBuilt = world.accounts.reduce(0) { $0 + $1.iam.roles.count }
print(
    String(
        format: "build: accounts=%d roles=%d time=%.3f s peak_rss=%.1f MiB", world.accounts.count, rolesBuilt,
        seconds(buildTime), Double(peakResidentKiB()) / 1024))

if CommandLine.arguments.contains("--build-only") { exit(0) }

// Gateway against raw engine, on one request per role of the first accounts: the gateway as a
// one-off call (preparing the caller each time), with callers prepared once, and the engine alone
// on exactly the inputs the gateway gathers.
let sample = try accountIDs.prefix(100).flatMap { account in
    try world.principals(in: account).filter { $0.kind == .role && $0.name.hasPrefix("role-") }
}
let requests = try sample.map { principal in
    AccessRequest(
        session: try world.session(actingAs: principal), action: "s3:GetObject",
        resource: ResourceReference(arn: "arn:aws:s3:::app-1/data.csv"))
}
let callers = requests.map { world.prepare($0.session) }
let inputs = zip(requests, callers).map { world.engineInputs(for: $0, as: $1) }
let repetitions = max(1, 300_000 / max(1, requests.count))
func rate(_ body: () -> Int) -> (Double, Int) {
    var allowed = 0
    let time = clock.measure { allowed = body() }
    return (Double(repetitions * requests.count) / seconds(time), allowed / repetitions)
}
let (oneOff, allowedOneOff) = rate {
    var allowed = 0
    for _ in 0..<repetitions { for request in requests where world.authorize(request).isAllowed { allowed += 1 } }
    return allowed
}
let (prepared, allowedPrepared) = rate {
    var allowed = 0
    for _ in 0..<repetitions {
        for (request, caller) in zip(requests, callers) where world.authorize(request, as: caller).isAllowed {
            allowed += 1
        }
    }
    return allowed
}
let (engine, allowedEngine) = rate {
    var allowed = 0
    for _ in 0..<repetitions {
        for (request, policies) in inputs where Authorizer.evaluate(request, against: policies).isAllowed {
            allowed += 1
        }
    }
    return allowed
}
print(
    String(
        format: "gateway: %.0f decisions/s one-off, %.0f prepared, engine alone %.0f (prepared = %.0f%% of engine); "
            + "allowed %d/%d/%d of %d",
        oneOff, prepared, engine, prepared / engine * 100, allowedOneOff, allowedPrepared, allowedEngine, requests.count
    ))

// Who can read one object, over every role of the organization.
var findings = 0
let whoCanTime = try clock.measure {
    findings = try world.whoCan("s3:GetObject", on: ResourceReference(arn: "arn:aws:s3:::app-1/data.csv")).count
}
print(
    String(
        format: "who-can: %d principals allowed, %.1f ms over %d roles", findings, seconds(whoCanTime) * 1000,
        rolesBuilt))
