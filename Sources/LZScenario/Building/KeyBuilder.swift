import Foundation
import LZSim

/// Builds an account's declared KMS keys as the account's root user: the key (with its policy,
/// spec and usage), its alias, and rotation.
struct KeyBuilder {
    let account: FoundationDeclaration.Account

    func build(into built: inout BuiltFoundation) throws(ScenarioError) {
        guard !account.keys.isEmpty else { return }
        let accountID = try built.accountID(account.name)
        for key in account.keys {
            let policy = try key.policy.map { document throws(ScenarioError) in
                try built.substitute(document.text, at: document.location)
            }
            let spec = try choice(key.spec, KeySpec.self, "spec", key)
            let usage = try choice(key.usage, KeyUsage.self, "usage", key)
            let region = key.region ?? built.world.regions[0]
            let arn = try WorldCall.run(
                document: key.policy ?? DocumentSource.none(at: key.name.location), name: key.name, &built.world
            ) {
                (world: inout World) throws(AWSError) in
                let root = try world.rootSession(of: accountID).with { $0.region = region }
                let metadata = try world.createKey(
                    policy: policy, description: key.description, keyUsage: usage, keySpec: spec ?? .symmetricDefault,
                    multiRegion: key.multiRegion, as: root)
                if let alias = key.alias {
                    try world.createAlias(aliasName: alias, targetKeyID: metadata.keyID, as: root)
                }
                if key.rotation {
                    try world.enableKeyRotation(
                        keyID: metadata.keyID, rotationPeriodInDays: key.rotationPeriodInDays, as: root)
                }
                return metadata.arn
            }
            built.keyARNs["\(account.name.text).\(key.name.text)"] = arn
            for replica in key.replicas {
                try WorldCall.run(at: replica.location, &built.world) { (world: inout World) throws(AWSError) in
                    let root = try world.rootSession(of: accountID).with { $0.region = region }
                    let replicaRegion = replica.text
                    let replica = try world.replicateKey(
                        keyID: arn, replicaRegion: replicaRegion, policy: policy, as: root)
                    // Aliases are per Region and never replicated; teams create the same alias
                    // beside each replica so code finds the key by one name everywhere.
                    if let alias = key.alias {
                        try world.createAlias(
                            aliasName: alias, targetKeyID: replica.arn, as: root.with { $0.region = replicaRegion })
                    }
                }
            }
        }
    }

    /// An AWS enumeration value named in the file, such as `RSA_2048` for a spec.
    private func choice<Value: RawRepresentable & CaseIterable>(
        _ text: String?,
        _ type: Value.Type,
        _ field: String,
        _ key: FoundationDeclaration.Key
    ) throws(ScenarioError) -> Value? where Value.RawValue == String {
        guard let text else { return nil }
        guard let value = Value(rawValue: text) else {
            let names = Value.allCases.map(\.rawValue)
            throw ScenarioError(
                "expected one of \(names.joined(separator: ", ")) for '\(field)' of key '\(key.name.text)', found '\(text)'",
                at: key.name.location, hint: Suggestion.hint(for: text, among: names))
        }
        return value
    }
}

extension DocumentSource {
    /// No document: AWS's default applies, and problems are reported at `location`.
    static func none(at location: SourceLocation) -> DocumentSource {
        DocumentSource(text: "", file: location.file, location: location, isFile: false)
    }
}
