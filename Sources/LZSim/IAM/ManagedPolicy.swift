public import Foundation
public import LZPolicy

/// A managed policy: a customer managed policy of one account, or an AWS managed policy.
///
/// Customer managed policies keep up to five versions, one of which is the default that
/// applies (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html).
public struct ManagedPolicy: Sendable {
    /// One stored version of the document.
    public struct Version: Sendable {
        /// `v1`, `v2`...
        public let versionID: String
        /// The document as written.
        public let text: String
        /// The compiled document.
        public let policy: Policy
        /// When the version was created.
        public let createDate: Date
    }

    /// The policy's name.
    public let name: String
    /// The path, `/` by default.
    public let path: String
    /// `arn:aws:iam::ACCT:policy` + path + name, or `arn:aws:iam::aws:policy/...` for AWS's.
    public let arn: String
    /// The unique ID, `ANPA` and 17 characters.
    public let policyID: String
    /// The description.
    public let description: String
    /// Whether AWS owns the policy.
    public let isAWSManaged: Bool
    /// The stored versions, oldest first.
    public internal(set) var versions: [Version]
    /// The ID of the version that applies.
    public internal(set) var defaultVersionID: String
    /// The number a new version gets.
    var nextVersionNumber: Int

    /// The version that applies.
    public var defaultVersion: Version {
        versions.first { $0.versionID == defaultVersionID } ?? versions[versions.count - 1]
    }

    /// The compiled document of the default version.
    public var policy: Policy { defaultVersion.policy }
}
