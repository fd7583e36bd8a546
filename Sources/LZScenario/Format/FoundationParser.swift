/// Reads a `foundation:` mapping into a ``FoundationDeclaration``, every value at its place.
struct FoundationParser {
    let resolver: PathResolver

    func parse(_ node: YAMLNode) throws(ScenarioError) -> FoundationDeclaration {
        let fields = try Fields(
            node, "the foundation",
            allowed: ["regions", "organization", "accounts", "identity_center", "security_services"])
        var foundation = FoundationDeclaration()
        foundation.regions = try fields.strings("regions").map(\.text)
        if let organization = fields["organization"] {
            foundation.organization = try parseOrganization(organization)
        }
        for (name, location, value) in try fields.named("accounts") {
            foundation.accounts.append(try parseAccount(Named(text: name, location: location), value))
        }
        if let center = fields["identity_center"] {
            foundation.identityCenter = try parseIdentityCenter(center)
        }
        if let services = fields["security_services"] {
            foundation.securityServices = try SecurityServicesParser.parse(services)
        }
        return foundation
    }

    private func parseOrganization(_ node: YAMLNode) throws(ScenarioError) -> FoundationDeclaration.Organization {
        let fields = try Fields(node, "the organization", allowed: ["management", "policy_types", "policies", "root"])
        guard let management = try fields.string("management") else {
            throw ScenarioError("the organization needs 'management', the management account's name", at: node.location)
        }
        var types: [(String, SourceLocation)] = []
        for (text, location) in try fields.strings("policy_types") {
            guard ["scp", "rcp"].contains(text) else {
                throw ScenarioError(
                    "expected scp or rcp in 'policy_types', found '\(text)'", at: location,
                    hint: Suggestion.hint(for: text, among: ["scp", "rcp"]))
            }
            types.append((text, location))
        }
        var policies: [FoundationDeclaration.OrganizationPolicy] = []
        for (name, location, value) in try fields.named("policies") {
            let policy = try Fields(value, "policy '\(name)'", allowed: ["type", "description", "document", "file"])
            guard let type = try policy.choice("type", ["scp", "rcp"]) else {
                throw ScenarioError("policy '\(name)' needs 'type': scp or rcp", at: value.location)
            }
            policies.append(
                .init(
                    name: Named(text: name, location: location), type: type,
                    description: try policy.string("description") ?? "",
                    document: try document(in: policy, for: "policy '\(name)'")))
        }
        let rootNode = fields["root"] ?? YAMLNode(value: .mapping([]), location: node.location)
        return .init(
            management: Named(text: management, location: fields["management"]!.location), policyTypes: types,
            policies: policies, root: try parseUnit(Named(text: "root", location: rootNode.location), rootNode),
            location: node.location)
    }

    private func parseUnit(_ name: Named, _ node: YAMLNode) throws(ScenarioError) -> FoundationDeclaration.Unit {
        let what = name.text == "root" ? "the root" : "OU '\(name.text)'"
        let fields = try Fields(node, what, allowed: ["policies", "accounts", "units"])
        var units: [FoundationDeclaration.Unit] = []
        for (child, location, value) in try fields.named("units") {
            units.append(try parseUnit(Named(text: child, location: location), value))
        }
        return .init(
            name: name, policies: try fields.nameList("policies"), accounts: try fields.nameList("accounts"),
            units: units)
    }

    private func parseAccount(_ name: Named, _ node: YAMLNode) throws(ScenarioError) -> FoundationDeclaration.Account {
        let fields = try Fields(
            node, "account '\(name.text)'",
            allowed: ["email", "outside_organization", "iam", "kms", "network"] + WorkloadsParser.accountKeys)
        let email = try fields.string("email") ?? "\(name.text)@example.com"
        var iam = FoundationDeclaration.IAM()
        if let iamNode = fields["iam"] {
            iam = try parseIAM(iamNode, account: name.text)
        }
        var keys: [FoundationDeclaration.Key] = []
        var workloads = try WorkloadsParser(resolver: resolver).parse(fields, account: name)
        if let kms = fields["kms"] {
            let kmsFields = try Fields(kms, "the KMS of '\(name.text)'", allowed: ["keys", "grants"])
            workloads.grants = try StorageParser(resolver: resolver).grants(kmsFields)
            for (key, location, value) in try kmsFields.named("keys") {
                keys.append(try parseKey(Named(text: key, location: location), value))
            }
        }
        let networks = try fields["network"].map { node throws(ScenarioError) in
            try parseNetworks(node, of: name)
        }
        return .init(
            name: name, email: email, iam: iam, keys: keys,
            outsideOrganization: try fields.bool("outside_organization") ?? false, networks: networks ?? [],
            workloads: workloads)
    }

    /// `network:` as one mapping (one Region), or a list of them, each naming its own Region.
    private func parseNetworks(_ node: YAMLNode, of account: Named) throws(ScenarioError) -> [NetworkDeclaration] {
        let parser = NetworkParser(resolver: resolver, account: account.text)
        guard let elements = node.elements else { return [try parser.parse(node)] }
        guard !elements.isEmpty else {
            throw ScenarioError(
                "expected the network of '\(account.text)', or a list of networks, one per Region, found an empty list",
                at: node.location)
        }
        var networks: [NetworkDeclaration] = []
        for element in elements {
            let network = try parser.parse(element)
            guard let region = network.region else {
                throw ScenarioError(
                    "each network in the list of '\(account.text)' needs 'region', since it has more than one",
                    at: element.location)
            }
            if let earlier = networks.first(where: { $0.region?.text == region.text }) {
                throw ScenarioError(
                    "account '\(account.text)' declares two networks in \(region.text)", at: region.location,
                    hint: "the first is at line \(earlier.location.line); one network per Region")
            }
            networks.append(network)
        }
        return networks
    }

    private func parseKey(_ name: Named, _ node: YAMLNode) throws(ScenarioError) -> FoundationDeclaration.Key {
        let what = "key '\(name.text)'"
        let fields = try Fields(
            node, what,
            allowed: [
                "alias", "description", "policy", "spec", "usage", "rotation", "rotation_period_days", "multi_region",
                "region", "replicas",
            ])
        if fields["rotation_period_days"] != nil, try fields.bool("rotation") != true {
            throw ScenarioError(
                "\(what) sets rotation_period_days, which needs rotation: true",
                at: fields["rotation_period_days"]!.location)
        }
        let replicas = try fields.strings("replicas").map { Named(text: $0.text, location: $0.location) }
        let multiRegion = try fields.bool("multi_region") ?? !replicas.isEmpty
        if !replicas.isEmpty, !multiRegion {
            throw ScenarioError(
                "\(what) has replicas, so it must be multi-Region; found multi_region: false",
                at: fields["multi_region"]!.location)
        }
        return .init(
            name: name, alias: try fields.string("alias"), description: try fields.string("description") ?? "",
            policy: try fields["policy"].map { node throws(ScenarioError) in
                try DocumentSource.read(node, what: "the key policy of \(what)", resolver: resolver)
            }, spec: try fields.string("spec"), usage: try fields.string("usage"),
            rotation: try fields.bool("rotation") ?? false,
            rotationPeriodInDays: try fields.int("rotation_period_days"),
            multiRegion: multiRegion, region: try fields.string("region"), replicas: replicas)
    }

    private func parseIAM(_ node: YAMLNode, account: String) throws(ScenarioError) -> FoundationDeclaration.IAM {
        let fields = try Fields(node, "the IAM of '\(account)'", allowed: ["policies", "groups", "roles", "users"])
        var iam = FoundationDeclaration.IAM()
        for (name, location, value) in try fields.named("policies") {
            let what = "managed policy '\(name)'"
            let policy = try Fields(value, what, allowed: ["path", "description", "document", "file"])
            iam.policies.append(
                .init(
                    name: Named(text: name, location: location), path: try policy.string("path") ?? "/",
                    description: try policy.string("description") ?? "", document: try document(in: policy, for: what)))
        }
        for (name, location, value) in try fields.named("groups") {
            let group = try Fields(value, "group '\(name)'", allowed: ["policies", "managed_policies"])
            iam.groups.append(
                .init(
                    name: Named(text: name, location: location),
                    inline: try inlinePolicies(group, of: "group '\(name)'"),
                    managed: try group.nameList("managed_policies")))
        }
        for (name, location, value) in try fields.named("roles") {
            iam.roles.append(try parseRole(Named(text: name, location: location), value))
        }
        for (name, location, value) in try fields.named("users") {
            let what = "user '\(name)'"
            let user = try Fields(
                value, what,
                allowed: ["path", "boundary", "policies", "managed_policies", "groups", "tags", "mfa_devices"])
            iam.users.append(
                .init(
                    name: Named(text: name, location: location), path: try user.string("path") ?? "/",
                    boundary: try user.name("boundary"), inline: try inlinePolicies(user, of: what),
                    managed: try user.nameList("managed_policies"), groups: try user.nameList("groups"),
                    tags: try user.stringMap("tags"), mfaDevices: try user.strings("mfa_devices").map(\.text)))
        }
        return iam
    }

    private func parseRole(_ name: Named, _ node: YAMLNode) throws(ScenarioError) -> FoundationDeclaration.Role {
        let what = "role '\(name.text)'"
        let fields = try Fields(
            node, what,
            allowed: [
                "path", "description", "trust", "boundary", "policies", "managed_policies", "tags",
                "max_session_duration",
            ])
        guard let trust = fields["trust"] else {
            throw ScenarioError("\(what) needs 'trust', its trust policy", at: node.location)
        }
        return .init(
            name: name, path: try fields.string("path") ?? "/", description: try fields.string("description") ?? "",
            trust: try DocumentSource.read(trust, what: "the trust policy of \(what)", resolver: resolver),
            boundary: try fields.name("boundary"), inline: try inlinePolicies(fields, of: what),
            managed: try fields.nameList("managed_policies"), tags: try fields.stringMap("tags"),
            maxSessionDuration: try fields.int("max_session_duration") ?? 3_600)
    }

    private func parseIdentityCenter(_ node: YAMLNode) throws(ScenarioError) -> FoundationDeclaration.IdentityCenter {
        let fields = try Fields(
            node, "Identity Center", allowed: ["users", "groups", "permission_sets", "assignments"])
        var groups: [(Named, [Named])] = []
        for (name, location, value) in try fields.named("groups") {
            let group = try Fields(value, "group '\(name)'", allowed: ["members"])
            groups.append((Named(text: name, location: location), try group.nameList("members")))
        }
        var sets: [FoundationDeclaration.PermissionSet] = []
        for (name, location, value) in try fields.named("permission_sets") {
            let what = "permission set '\(name)'"
            let set = try Fields(
                value, what,
                allowed: ["session_duration", "inline_policy", "managed_policies", "customer_managed_policies"])
            sets.append(
                .init(
                    name: Named(text: name, location: location),
                    sessionDuration: try set.int("session_duration") ?? 3_600,
                    inline: try set["inline_policy"].map { node throws(ScenarioError) in
                        try DocumentSource.read(node, what: "the inline policy of \(what)", resolver: resolver)
                    }, managed: try set.nameList("managed_policies"),
                    customerManaged: try set.nameList("customer_managed_policies")))
        }
        var assignments: [FoundationDeclaration.Assignment] = []
        for element in fields["assignments"]?.elements ?? [] {
            let assignment = try Fields(
                element, "an assignment", allowed: ["permission_set", "accounts", "users", "groups"])
            guard let set = try assignment.name("permission_set") else {
                throw ScenarioError("an assignment needs 'permission_set'", at: element.location)
            }
            assignments.append(
                .init(
                    location: element.location, permissionSet: set, accounts: try assignment.nameList("accounts"),
                    users: try assignment.nameList("users"), groups: try assignment.nameList("groups")))
        }
        return .init(
            location: node.location, users: try fields.nameList("users"), groups: groups, permissionSets: sets,
            assignments: assignments)
    }

    // MARK: - Helpers

    private func inlinePolicies(_ fields: Fields, of what: String) throws(ScenarioError) -> [(
        name: Named, document: DocumentSource
    )] {
        var result: [(Named, DocumentSource)] = []
        for (name, location, value) in try fields.named("policies") {
            result.append(
                (
                    Named(text: name, location: location),
                    try DocumentSource.read(value, what: "inline policy '\(name)' of \(what)", resolver: resolver)
                ))
        }
        return result
    }

    /// `document:` (inline) or `file:` (beside the scenario) of a policy entry.
    private func document(in fields: Fields, for what: String) throws(ScenarioError) -> DocumentSource {
        if let path = fields["file"] {
            return try DocumentSource.read(
                YAMLNode(
                    value: .mapping([.init(key: "file", keyLocation: path.location, value: path)]),
                    location: path.location), what: what, resolver: resolver)
        }
        guard let document = fields["document"] else {
            throw ScenarioError(
                "\(what) needs 'file' (a JSON file beside the scenario) or 'document'", at: fields.node.location)
        }
        return try DocumentSource.read(document, what: what, resolver: resolver)
    }
}
