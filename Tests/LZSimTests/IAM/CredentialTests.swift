import Foundation
import LZPolicy
import LZSim
import Testing

/// Access keys with their status and age, root access keys, console passwords and the root
/// user's MFA device: the credential state Security Hub's IAM controls read.
@Suite struct CredentialTests {
    @Test("a user's access key is recorded active with its creation time, and ages with the clock")
    func accessKeyAge() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        _ = try zone.world.createUser(userName: "ci", as: admin)
        let key = try zone.world.createAccessKey(userName: "ci", as: admin)
        try zone.world.advanceClock(by: 91 * 86_400)
        let keys = try zone.world.listAccessKeys(userName: "ci", as: try zone.world.rootSession(of: zone.prod))
        #expect(keys.map(\.accessKeyId) == [key])
        #expect(keys[0].status == .active)
        #expect(keys[0].userName == "ci")
        #expect(keys[0].age(at: zone.world.now) == 91)
    }

    @Test("UpdateAccessKey deactivates a key; DeleteAccessKey removes it and frees the user's quota")
    func updateAndDelete() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        _ = try zone.world.createUser(userName: "ci", as: admin)
        let first = try zone.world.createAccessKey(userName: "ci", as: admin)
        _ = try zone.world.createAccessKey(userName: "ci", as: admin)
        try zone.world.updateAccessKey(accessKeyId: first, status: .inactive, userName: "ci", as: admin)
        #expect(zone.world.account(zone.prod)?.iam.credentials.accessKeys[first]?.status == .inactive)
        let third = #expect(throws: AWSError.self) { try zone.world.createAccessKey(userName: "ci", as: admin) }
        #expect(third?.code == .limitExceeded)
        try zone.world.deleteAccessKey(accessKeyId: first, userName: "ci", as: admin)
        #expect(zone.world.account(zone.prod)?.iam.users["ci"]?.accessKeyIDs.count == 1)
        _ = try zone.world.createAccessKey(userName: "ci", as: admin)
        let missing = #expect(throws: AWSError.self) {
            try zone.world.deleteAccessKey(accessKeyId: first, userName: "ci", as: admin)
        }
        #expect(missing?.code == .noSuchEntity)
        #expect(missing?.message == "The Access Key with id \(first) cannot be found.")
    }

    @Test("the root user creates a root access key for itself; an SCP denying it stops a member's root")
    func rootAccessKey() throws {
        var zone = try LandingZone()
        let management = try zone.world.rootSession(of: zone.management)
        let key = try zone.world.createAccessKey(as: management)
        #expect(zone.world.account(zone.management)?.iam.credentials.accessKeys(of: nil).map(\.accessKeyId) == [key])
        let policy = try zone.world.createOrganizationPolicy(
            name: "root-keys", type: .serviceControlPolicy,
            content:
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:CreateAccessKey","Resource":"*","Condition":{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::*:root"}}}]}"#,
            as: management)
        try zone.world.attachPolicy(policyID: policy.id, targetID: zone.devOU, as: management)
        let denied = #expect(throws: AWSError.self) {
            try zone.world.createAccessKey(as: try zone.world.rootSession(of: zone.dev))
        }
        #expect(denied?.code == .accessDenied)
        let role = try zone.administrator(of: zone.dev)
        let noUser = #expect(throws: AWSError.self) { try zone.world.createAccessKey(as: role) }
        #expect(noUser?.message == "Must specify userName when calling with non-User credentials")
    }

    @Test(
        "a console password must meet the default password policy",
        arguments: [("Sh0rt!", false), ("alllowercase", false), ("Correct-Horse-7", true), ("NoSymbols123", true)])
    func loginProfile(password: String, accepted: Bool) throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        _ = try zone.world.createUser(userName: "alice", as: admin)
        if accepted {
            let profile = try zone.world.createLoginProfile(userName: "alice", password: password, as: admin)
            #expect(profile.createDate == zone.world.now)
            #expect(zone.world.account(zone.prod)?.iam.credentials.loginProfiles["alice"] != nil)
            let again = #expect(throws: AWSError.self) {
                try zone.world.createLoginProfile(userName: "alice", password: password, as: admin)
            }
            #expect(again?.code == .entityAlreadyExists)
            try zone.world.deleteLoginProfile(userName: "alice", as: admin)
            #expect(zone.world.account(zone.prod)?.iam.credentials.loginProfiles["alice"] == nil)
        } else {
            let refused = #expect(throws: AWSError.self) {
                try zone.world.createLoginProfile(userName: "alice", password: password, as: admin)
            }
            #expect(refused?.code == .passwordPolicyViolation)
        }
    }

    @Test("only the root user assigns the root MFA device; an ARN serial is virtual, any other hardware")
    func rootMFA() throws {
        var zone = try LandingZone()
        let admin = try zone.administrator(of: zone.prod)
        let denied = #expect(throws: AWSError.self) {
            try zone.world.assignRootMFADevice(serialNumber: "GAHT12345678", as: admin)
        }
        #expect(denied?.code == .accessDenied)
        let root = try zone.world.rootSession(of: zone.prod)
        try zone.world.assignRootMFADevice(serialNumber: "GAHT12345678", as: root)
        #expect(zone.world.account(zone.prod)?.iam.credentials.rootMFADevice?.isVirtual == false)
        #expect(MFADevice(serialNumber: "arn:aws:iam::\(zone.prod):mfa/root-account-mfa-device").isVirtual)
        let twice = #expect(throws: AWSError.self) {
            try zone.world.assignRootMFADevice(serialNumber: "GAHT00000000", as: root)
        }
        #expect(twice?.code == .entityAlreadyExists)
    }
}
