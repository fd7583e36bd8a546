import Foundation
import LZPolicy

extension World {
    /// `CreateLoginProfile`: a console password for a user. The password must meet the account's
    /// default password policy: 8 to 128 characters, with at least three of upper case, lower case,
    /// digits and symbols (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html).
    /// - Throws: `NoSuchEntity`, `EntityAlreadyExists`, `PasswordPolicyViolation`, `AccessDenied`.
    @discardableResult
    public mutating func createLoginProfile(
        userName: String, password: String, passwordResetRequired: Bool = false, as session: Session
    ) throws(AWSError) -> LoginProfile {
        let accountID = session.accountID
        let user = try requireAccount(accountID).iam.user(named: userName)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:CreateLoginProfile", resource: .init(arn: user.arn, accountID: accountID)
            ))
        guard try requireAccount(accountID).iam.credentials.loginProfiles[userName] == nil else {
            throw AWSError(.entityAlreadyExists, "Login Profile for user \(userName) already exists.")
        }
        let classes = [
            password.contains(where: \.isUppercase), password.contains(where: \.isLowercase),
            password.contains(where: \.isNumber),
            password.contains { !$0.isLetter && !$0.isNumber && !$0.isWhitespace },
        ].filter { $0 }.count
        guard (8...128).contains(password.count), classes >= 3 else {
            throw AWSError(
                .passwordPolicyViolation,
                "Password should have a minimum length of 8 and three of upper case, lower case, numbers and symbols")
        }
        let profile = LoginProfile(userName: userName, createDate: now, passwordResetRequired: passwordResetRequired)
        accountsByID[accountID]?.iam.credentials.loginProfiles[userName] = profile
        return profile
    }

    /// `DeleteLoginProfile`: the user can no longer sign in to the console.
    /// - Throws: `NoSuchEntity` when the user has no password, `AccessDenied`.
    public mutating func deleteLoginProfile(userName: String, as session: Session) throws(AWSError) {
        let accountID = session.accountID
        let user = try requireAccount(accountID).iam.user(named: userName)
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:DeleteLoginProfile", resource: .init(arn: user.arn, accountID: accountID)
            ))
        guard try requireAccount(accountID).iam.credentials.loginProfiles[userName] != nil else {
            throw AWSError(.noSuchEntity, "Login Profile for User \(userName) cannot be found.")
        }
        accountsByID[accountID]?.iam.credentials.loginProfiles[userName] = nil
    }

    /// Assigns an MFA device to the root user, as the root user does in the console (IAM's API has
    /// no operation for it). A serial that is an ARN is a virtual device; any other is hardware.
    /// - Throws: `AccessDenied` when the caller is not the account's root user, `EntityAlreadyExists`
    ///   when the root user already has a device.
    public mutating func assignRootMFADevice(serialNumber: String, as session: Session) throws(AWSError) {
        guard session.principal.kind == .root else {
            throw AWSError(.accessDenied, "Only the root user can assign the root user's MFA device")
        }
        guard try requireAccount(session.accountID).iam.credentials.rootMFADevice == nil else {
            throw AWSError(.entityAlreadyExists, "The root user already has an MFA device")
        }
        accountsByID[session.accountID]?.iam.credentials.rootMFADevice = MFADevice(serialNumber: serialNumber)
    }
}

extension AWSError.Code {
    /// IAM refuses a password that does not meet the account's password policy.
    public static let passwordPolicyViolation = Self(rawValue: "PasswordPolicyViolation")
}
