import LZSim

extension BuiltFoundation {
    /// The ID or ARN a `${...}` name of the organization or Identity Center stands for:
    /// `policies.NAME` (a policy's ID), `units.NAME` (an OU's ID, `units.root` the root's),
    /// `permission_sets.NAME` (an ARN), `identity_store.users.NAME` and
    /// `identity_store.groups.NAME` (IDs); `nil` when `name` is none of these.
    /// - Throws: ``ScenarioError`` naming what is not there, with the closest name that is.
    func organizationName(_ name: String, at location: SourceLocation) throws(ScenarioError) -> String? {
        func lookup(_ prefix: String, _ table: [String: String], _ what: String) throws(ScenarioError) -> String? {
            guard name.hasPrefix(prefix) else { return nil }
            let key = String(name.dropFirst(prefix.count))
            guard let value = table[key] else {
                throw ScenarioError(
                    "no \(what) named '\(key)' for ${\(name)}", at: location,
                    hint: Suggestion.hint(for: key, among: table.keys))
            }
            return value
        }
        let center = world.identityCenter
        if let value = try lookup("policies.", organizationPolicyIDs, "organization policy") { return value }
        if let value = try lookup("units.", unitIDs, "OU") { return value }
        if name.hasPrefix("permission_sets.") {
            let sets = Dictionary((center?.permissionSets.values).map { $0.map { ($0.name, $0.arn) } } ?? []) { a, _ in
                a
            }
            return try lookup("permission_sets.", sets, "permission set")
        }
        if name.hasPrefix("identity_store.users.") {
            let users = Dictionary((center?.users.values).map { $0.map { ($0.userName, $0.id) } } ?? []) { a, _ in a }
            return try lookup("identity_store.users.", users, "Identity Center user")
        }
        if name.hasPrefix("identity_store.groups.") {
            let groups = Dictionary((center?.groups.values).map { $0.map { ($0.displayName, $0.id) } } ?? []) { a, _ in
                a
            }
            return try lookup("identity_store.groups.", groups, "Identity Center group")
        }
        return nil
    }
}
