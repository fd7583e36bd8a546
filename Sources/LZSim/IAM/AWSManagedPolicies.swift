import Foundation
import LZPolicy

/// The AWS managed policies lzsim ships as data: IAM's (attached to users, groups and roles by
/// ARN) and Organizations' `FullAWSAccess` and `RCPFullAWSAccess`.
///
/// The documents are AWS's own, unchanged (see `NOTICE`); they load once per process, and
/// are compiled without the customer size limits, which AWS's own policies do not obey.
enum AWSManagedPolicies {
    /// One shipped Organizations policy.
    struct OrganizationsPolicy: Sendable {
        let id: String
        let arn: String
        let name: String
        let text: String
        let policy: Policy
    }

    /// AWS managed IAM policies by ARN.
    static let iam: [String: ManagedPolicy] = {
        var policies: [String: ManagedPolicy] = [:]
        for (text, node) in documents(in: "iam") {
            guard let arn = node["Arn"]?.string, let name = node["PolicyName"]?.string,
                let (documentText, policy) = compile(node["Document"], named: name, kind: .identity, text: text)
            else { continue }
            let version = node["DefaultVersionId"]?.string ?? "v1"
            policies[arn] = ManagedPolicy(
                name: name, path: node["Path"]?.string ?? "/", arn: arn,
                policyID: node["PolicyId"]?.string ?? "", description: "AWS managed policy \(name)",
                isAWSManaged: true,
                versions: [
                    ManagedPolicy.Version(
                        versionID: version, text: documentText, policy: policy,
                        createDate: Date(timeIntervalSince1970: 0))
                ],
                defaultVersionID: version, nextVersionNumber: 0)
        }
        return policies
    }()

    /// `FullAWSAccess`, attached to every root, OU and account when SCPs are enabled.
    static let fullAWSAccess = organizationsPolicy("FullAWSAccess", kind: .scp)
    /// `RCPFullAWSAccess`, implicitly attached everywhere when RCPs are enabled.
    static let rcpFullAWSAccess = organizationsPolicy("RCPFullAWSAccess", kind: .rcp)

    private static func organizationsPolicy(_ name: String, kind: PolicyKind) -> OrganizationsPolicy {
        let found = documents(in: "organizations").first { $0.node["PolicyName"]?.string == name }
        // The shipped data is part of the build; its absence is a packaging fault, not input.
        guard let (text, node) = found, let id = node["Id"]?.string, let arn = node["Arn"]?.string,
            let (documentText, policy) = compile(node["Document"], named: name, kind: kind, text: text)
        else {
            fatalError("lzsim's resources lack the AWS managed policy \(name)")
        }
        return OrganizationsPolicy(id: id, arn: arn, name: name, text: documentText, policy: policy)
    }

    private static func documents(in folder: String) -> [(text: String, node: JSONNode)] {
        guard
            let directory = Bundle.module.url(
                forResource: folder, withExtension: nil, subdirectory: "ManagedPolicies"),
            let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else { return [] }
        return names.sorted().compactMap { name in
            guard name.hasSuffix(".json"),
                let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8),
                let node = try? JSONScanner.parse(text)
            else { return nil }
            return (text, node)
        }
    }

    /// Compiles the `Document` member without customer validation; returns its text re-serialized.
    private static func compile(
        _ document: JSONNode?,
        named name: String,
        kind: PolicyKind,
        text: String
    ) -> (String, Policy)? {
        guard let document, let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let documentObject = object["Document"],
            let data = try? JSONSerialization.data(withJSONObject: documentObject, options: [.sortedKeys]),
            let documentText = String(data: data, encoding: .utf8)
        else { return nil }
        let parsed = PolicyParser.parse(document, size: PolicySize(measuring: documentText))
        guard let parsedDocument = parsed.document else { return nil }
        return (documentText, Policy(document: parsedDocument, kind: kind, name: name))
    }
}

extension World {
    /// An AWS managed IAM policy lzsim ships, by name (`ReadOnlyAccess`) or by ARN.
    public static func awsManagedPolicy(_ nameOrARN: String) -> ManagedPolicy? {
        AWSManagedPolicies.iam[nameOrARN] ?? AWSManagedPolicies.iam.values.first { $0.name == nameOrARN }
    }
}
