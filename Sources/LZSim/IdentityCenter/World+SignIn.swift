import Foundation
import LZPolicy

extension World {
    /// Signs a person in through IAM Identity Center to an account with a permission set, as the
    /// access portal does: the user must be assigned the set in that account, directly or through
    /// a group; the session is the set's reserved role, assumed with SAML, with MFA.
    /// - Returns: A session of `AWSReservedSSO_<set>_<suffix>/<user name>`.
    /// - Throws: `AccessDenied` when the user has no such assignment.
    public func signIn(userName: String, account: String, permissionSet setName: String) throws(AWSError) -> Session {
        let accountID = try requireAccount(account).id
        guard let center = identityCenter else {
            throw AWSError(.resourceNotFound, "Identity Center is not enabled")
        }
        guard let user = center.user(named: userName) else {
            throw AWSError(.accessDenied, "no Identity Center user '\(userName)'")
        }
        guard let set = center.permissionSet(named: setName) else {
            throw AWSError(.accessDenied, "no permission set '\(setName)'")
        }
        let assigned = center.assignments.contains { assignment in
            guard assignment.accountID == accountID, assignment.permissionSetARN == set.arn else { return false }
            switch assignment.principalType {
            case .user: return assignment.principalID == user.id
            case .group: return center.groups[assignment.principalID]?.memberIDs.contains(user.id) == true
            }
        }
        guard assigned else {
            throw AWSError(
                .accessDenied, "\(userName) is not assigned permission set \(setName) in account \(accountID)")
        }
        let roleARN = iamARN(accountID, "role", path: center.rolePath, name: set.reservedRoleName)
        let providerARN = "arn:\(partition):iam::\(accountID):saml-provider/\(identityCenterProviderName)"
        return try assumeRoleWithSAML(
            roleARN: roleARN, principalARN: providerARN,
            assertion: SAMLAssertion(subject: userName, multiFactorAuthenticated: true),
            durationSeconds: set.sessionDuration)
    }
}
