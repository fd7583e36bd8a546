import Foundation
import LZSim

@testable import LZScenario

/// The IAM credential controls' fixtures: access key ages, root keys and MFA, console passwords.
extension ControlCase {
    static let credentials: [ControlCase] = [
        ControlCase(
            id: "IAM.3",
            compliant: { fixture in
                _ = try fixture.world.createUser(userName: "ci", as: fixture.admin)
                let old = try fixture.world.createAccessKey(userName: "ci", as: fixture.admin)
                try fixture.world.advanceClock(by: 120 * ControlFixture.day)
                try fixture.world.updateAccessKey(
                    accessKeyId: old, status: .inactive, userName: "ci", as: fixture.admin)
                _ = try fixture.world.createAccessKey(userName: "ci", as: fixture.admin)
                return .init(
                    resource: "app/user/ci", status: .compliant("user 'ci' has no active access key older than 90 days")
                )
            },
            nonCompliant: { fixture in
                _ = try fixture.world.createUser(userName: "ci", as: fixture.admin)
                let key = try fixture.world.createAccessKey(userName: "ci", as: fixture.admin)
                try fixture.world.advanceClock(by: 91 * ControlFixture.day)
                return .init(
                    resource: "app/user/ci",
                    status: .nonCompliant("user 'ci' access key \(key) is 91 days old, more than 90"))
            }),
        ControlCase(
            id: "IAM.4",
            compliant: { _ in
                .init(resource: "app/account/root", status: .compliant("the root user has no access keys"))
            },
            nonCompliant: { fixture in
                let key = try fixture.world.createAccessKey(as: try fixture.world.rootSession(of: fixture.app))
                return .init(resource: "app/account/root", status: .nonCompliant("the root user has access key \(key)"))
            }),
        ControlCase(
            id: "IAM.5",
            compliant: { fixture in
                _ = try fixture.world.createUser(userName: "alice", as: fixture.admin)
                try fixture.world.createLoginProfile(userName: "alice", password: "Correct-Horse-7", as: fixture.admin)
                try fixture.world.enableMFADevice(userName: "alice", serialNumber: "GAHT00000001", as: fixture.admin)
                return .init(
                    resource: "app/user/alice", status: .compliant("user 'alice' signs in to the console with MFA"))
            },
            nonCompliant: { fixture in
                _ = try fixture.world.createUser(userName: "alice", as: fixture.admin)
                try fixture.world.createLoginProfile(userName: "alice", password: "Correct-Horse-7", as: fixture.admin)
                return .init(
                    resource: "app/user/alice",
                    status: .nonCompliant("user 'alice' has a console password and no MFA device"))
            }),
        ControlCase(
            id: "IAM.6",
            compliant: { fixture in
                try fixture.world.assignRootMFADevice(
                    serialNumber: "GAHT12345678", as: try fixture.world.rootSession(of: fixture.app))
                return .init(
                    resource: "app/account/root",
                    status: .compliant("the root user uses hardware MFA device GAHT12345678"))
            },
            nonCompliant: { fixture in
                let serial = "arn:aws:iam::\(fixture.app):mfa/root-account-mfa-device"
                try fixture.world.assignRootMFADevice(
                    serialNumber: serial, as: try fixture.world.rootSession(of: fixture.app))
                return .init(
                    resource: "app/account/root",
                    status: .nonCompliant("the root user's MFA device \(serial) is virtual, not hardware"))
            }),
        ControlCase(
            id: "IAM.9",
            compliant: { fixture in
                let serial = "arn:aws:iam::\(fixture.app):mfa/root-account-mfa-device"
                try fixture.world.assignRootMFADevice(
                    serialNumber: serial, as: try fixture.world.rootSession(of: fixture.app))
                return .init(resource: "app/account/root", status: .compliant("the root user has MFA device \(serial)"))
            },
            nonCompliant: { _ in
                .init(resource: "app/account/root", status: .nonCompliant("the root user has no MFA device"))
            }),
        ControlCase(
            id: "IAM.19",
            compliant: { fixture in
                _ = try fixture.world.createUser(userName: "alice", as: fixture.admin)
                try fixture.world.enableMFADevice(userName: "alice", serialNumber: "GAHT00000001", as: fixture.admin)
                return .init(resource: "app/user/alice", status: .compliant("user 'alice' has MFA device GAHT00000001"))
            },
            nonCompliant: { fixture in
                _ = try fixture.world.createUser(userName: "bob", as: fixture.admin)
                return .init(resource: "app/user/bob", status: .nonCompliant("user 'bob' has no MFA device"))
            }),
    ]
}
