import Foundation
import LZPolicy

extension World {
    /// The account's root user, signed in (with MFA, as a landing zone requires of root).
    /// - Throws: `NoSuchEntity` when the world has no such account.
    public func rootSession(of account: String) throws(AWSError) -> Session {
        let id = try requireAccount(account).id
        return Session(
            principal: Principal(arn: "arn:\(partition):iam::\(id):root")!, issuedAt: now,
            multiFactorAuthenticatedAt: now)
    }

    /// An IAM user making requests with its long-term access keys, or, with
    /// `multiFactorAuthenticated`, signed in with MFA (so `aws:MultiFactorAuthPresent` is true).
    public func userSession(
        account: String,
        userName: String,
        multiFactorAuthenticated: Bool = false
    ) throws(AWSError) -> Session {
        let id = try requireAccount(account).id
        let user = try requireAccount(id).iam.user(named: userName)
        guard let principal = Principal(arn: user.arn, id: user.userID) else {
            throw AWSError(.validation, "\(user.arn) is not a user ARN")
        }
        return Session(
            principal: principal, issuedAt: now, multiFactorAuthenticatedAt: multiFactorAuthenticated ? now : nil)
    }

    /// `GetCallerIdentity`, which no policy can deny: the caller's account, ARN and unique ID.
    public func getCallerIdentity(as session: Session) throws(AWSError) -> CallerIdentity {
        if let problem = sessionProblem(session) { throw problem }
        let userID = uniqueID(of: session).map { id in
            session.principal.kind == .roleSession ? "\(id):\(session.principal.sessionName ?? "")" : id
        }
        return CallerIdentity(account: session.accountID, arn: session.arn, userID: userID ?? session.accountID)
    }

    /// `GetSessionToken`: temporary credentials for an IAM user (or root), with MFA when a device
    /// serial number is given, lasting 900 to 129,600 seconds (root: at most 3,600).
    public func getSessionToken(
        durationSeconds: Int = 43_200,
        serialNumber: String? = nil,
        as session: Session
    ) throws(AWSError) -> Session {
        if let problem = sessionProblem(session) { throw problem }
        guard session.principal.kind == .user || session.principal.kind == .root else {
            throw AWSError(.accessDenied, "Cannot call GetSessionToken with session credentials (\(session.arn))")
        }
        let maximum = session.principal.kind == .root ? 3_600 : 129_600
        guard (900...maximum).contains(durationSeconds) else {
            throw AWSError(.validation, "DurationSeconds must be 900 to \(maximum), not \(durationSeconds)")
        }
        var mfa = session.multiFactorAuthenticatedAt
        if let serialNumber {
            let devices = accountsByID[session.accountID]?.iam.users[session.principal.name]?.mfaDevices ?? []
            guard session.principal.kind == .root || devices.contains(serialNumber) else {
                throw AWSError(.accessDenied, "MFA device \(serialNumber) is not enabled for \(session.arn)")
            }
            mfa = now
        }
        var temporary = session
        temporary.issuedAt = now
        temporary.expiration = now + TimeInterval(durationSeconds)
        temporary.multiFactorAuthenticatedAt = mfa
        return temporary
    }
}

/// What `GetCallerIdentity` returns.
public struct CallerIdentity: Sendable, Hashable {
    /// The caller's account.
    public var account: String
    /// The caller's ARN.
    public var arn: String
    /// The unique ID: `AIDA...`, `AROA...:session`, or the account for root.
    public var userID: String
}
