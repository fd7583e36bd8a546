import Foundation
import LZPolicy

extension World {
    /// `CreateAccessKey` without a user name: a key for the caller itself, which for the root
    /// user is a root access key (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_add-key.html).
    /// - Returns: The access key ID.
    /// - Throws: `AccessDenied`, `LimitExceeded` (two keys), `ValidationError` for a caller that
    ///   is neither a user nor the root user.
    @discardableResult
    public mutating func createAccessKey(as session: Session) throws(AWSError) -> String {
        switch session.principal.kind {
        case .user:
            return try createAccessKey(userName: session.principal.name, as: session)
        case .root:
            let accountID = session.accountID
            try requireAccess(
                AccessRequest(
                    session: session, action: "iam:CreateAccessKey",
                    resource: .init(arn: "arn:\(partition):iam::\(accountID):root", accountID: accountID)))
            guard try requireAccount(accountID).iam.credentials.accessKeys(of: nil).count < 2 else {
                throw AWSError(.limitExceeded, "Cannot exceed quota for AccessKeysPerUser: 2")
            }
            let key = ids.uniqueID(prefix: "AKIA")
            recordAccessKey(key, userName: nil, in: accountID)
            return key
        default:
            throw AWSError(.validation, "Must specify userName when calling with non-User credentials")
        }
    }

    /// Records a new key's metadata, active as of now.
    mutating func recordAccessKey(_ key: String, userName: String?, in accountID: String) {
        let metadata = AccessKeyMetadata(accessKeyId: key, userName: userName, status: .active, createDate: now)
        accountsByID[accountID]?.iam.credentials.accessKeys[key] = metadata
    }

    /// `UpdateAccessKey`: makes a key active or inactive.
    /// - Parameter userName: The key's user; `nil` for the caller's own keys (the root user's, for root).
    /// - Throws: `NoSuchEntity` for a key the user does not have, `AccessDenied`.
    public mutating func updateAccessKey(
        accessKeyId: String, status: AccessKeyMetadata.Status, userName: String? = nil, as session: Session
    ) throws(AWSError) {
        _ = try keyOwner(accessKeyId, userName: userName, action: "iam:UpdateAccessKey", session)
        accountsByID[session.accountID]?.iam.credentials.accessKeys[accessKeyId]?.status = status
    }

    /// `DeleteAccessKey`.
    /// - Throws: `NoSuchEntity` for a key the user does not have, `AccessDenied`.
    public mutating func deleteAccessKey(accessKeyId: String, userName: String? = nil, as session: Session)
        throws(AWSError)
    {
        let owner = try keyOwner(accessKeyId, userName: userName, action: "iam:DeleteAccessKey", session)
        try updateIAM(of: session.accountID) { (iam: inout IAMAccount) throws(AWSError) in
            iam.credentials.accessKeys[accessKeyId] = nil
            if let owner { iam.users[owner]?.accessKeyIDs.removeAll { $0 == accessKeyId } }
        }
    }

    /// `ListAccessKeys` of a user, or of the caller (the root user's own keys, for root).
    public func listAccessKeys(userName: String? = nil, as session: Session) throws(AWSError) -> [AccessKeyMetadata] {
        let owner = try ownerName(userName, session)
        let accountID = session.accountID
        let arn = owner.map { try? requireAccount(accountID).iam.user(named: $0).arn } ?? nil
        try requireAccess(
            AccessRequest(
                session: session, action: "iam:ListAccessKeys",
                resource: .init(arn: arn ?? "arn:\(partition):iam::\(accountID):root", accountID: accountID)))
        return try requireAccount(accountID).iam.credentials.accessKeys(of: owner)
    }

    /// The user a request about keys is for: the named user, the calling user, or `nil` for root.
    private func ownerName(_ userName: String?, _ session: Session) throws(AWSError) -> String? {
        if let userName {
            _ = try requireAccount(session.accountID).iam.user(named: userName)
            return userName
        }
        switch session.principal.kind {
        case .user: return session.principal.name
        case .root: return nil
        default: throw AWSError(.validation, "Must specify userName when calling with non-User credentials")
        }
    }

    /// Authorizes a change to a key and returns its user (`nil` for a root key).
    private func keyOwner(_ key: String, userName: String?, action: String, _ session: Session) throws(AWSError)
        -> String?
    {
        let owner = try ownerName(userName, session)
        let accountID = session.accountID
        guard let metadata = try requireAccount(accountID).iam.credentials.accessKeys[key], metadata.userName == owner
        else {
            throw AWSError(.noSuchEntity, "The Access Key with id \(key) cannot be found.")
        }
        let arn =
            try owner.map { (name: String) throws(AWSError) -> String in
                try requireAccount(accountID).iam.user(named: name).arn
            } ?? "arn:\(partition):iam::\(accountID):root"
        try requireAccess(
            AccessRequest(session: session, action: action, resource: .init(arn: arn, accountID: accountID)))
        return owner
    }
}
