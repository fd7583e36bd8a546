import LZSim

/// `assert` over the organization: accounts (where they sit, what is attached to them, what
/// is in effect, who may sign in, what they hold), OUs and the root (what is attached), and
/// policies (size).
extension AssertCheck {
    func organizationVerdicts() throws(ScenarioError) -> [(resource: String, verdict: Verdict)] {
        guard let organization = world.organization else {
            throw ScenarioError(
                "\(declaration.resourceType.text) needs an organization, and this foundation has none",
                at: declaration.resourceType.location)
        }
        let names = Dictionary(built.organizationPolicyIDs.map { ($0.value, $0.key) }) { first, _ in first }
        var results: [(String, Verdict)] = []
        switch declaration.resourceType.text {
        case "organizations:account":
            for (name, accountID) in try accounts() where !excluded(name) {
                var failures: [String] = []
                for (property, value) in declaration.expectations {
                    if let failure = try accountFailure(accountID, organization, names, property, value) {
                        failures.append(failure)
                    }
                }
                results.append(("\(name)", verdict(failures, subject: "account \(name) (\(accountID))")))
            }
        case "organizations:ou":
            let units = built.unitIDs.sorted { $0.key < $1.key }
            for (name, unitID) in units where !excluded(name) {
                var failures: [String] = []
                for (property, value) in declaration.expectations {
                    let limit = try value.number(for: property)
                    let attached = scps(attachedTo: unitID, organization)
                    if attached.count > limit {
                        failures.append(
                            "has \(attached.count) SCPs attached, more than \(limit): "
                                + attached.map { names[$0] ?? $0 }.joined(separator: ", "))
                    }
                }
                let what = name == "root" ? "the root" : "OU \(name)"
                results.append((name, verdict(failures, subject: "\(what) (\(unitID))")))
            }
        default:
            let policies = organization.policies.values.filter { !$0.isAWSManaged }.sorted { $0.name < $1.name }
            for policy in policies where !excluded(policy.name) {
                var failures: [String] = []
                for (property, value) in declaration.expectations {
                    let limit = try value.number(for: property)
                    if policy.content.count > limit {
                        failures.append("is \(policy.content.count) characters long, more than \(limit)")
                    }
                }
                results.append((policy.name, verdict(failures, subject: "policy \(policy.name) (\(policy.id))")))
            }
        }
        return results
    }

    private func accountFailure(
        _ accountID: String,
        _ organization: Organization,
        _ names: [String: String],
        _ property: Named,
        _ value: YAMLNode
    ) throws(ScenarioError) -> String? {
        switch property.text {
        case "ou":
            let wanted = try text(value, property)
            guard let parent = organization.parents[accountID] else { return "is not in the organization" }
            let actual =
                parent == organization.rootID ? "root" : organization.organizationalUnits[parent]?.name ?? parent
            if wanted == "any" { return actual == "root" ? "sits directly under the root, not in an OU" : nil }
            return actual == wanted
                ? nil : "sits in \(actual == "root" ? "the root" : "OU \(actual)"), expected \(wanted)"
        case "scps_attached_at_most":
            let limit = try value.number(for: property)
            let attached = scps(attachedTo: accountID, organization)
            return attached.count <= limit
                ? nil
                : "has \(attached.count) SCPs attached, more than \(limit)"
                    + (attached.isEmpty ? "" : ": " + attached.map { names[$0] ?? $0 }.joined(separator: ", "))
        case "scps_attached":
            let wanted = Set(try self.names(value, property))
            let attached = Set(scps(attachedTo: accountID, organization).map { names[$0] ?? $0 })
            guard attached != wanted else { return nil }
            return "has SCPs \(attached.sorted().joined(separator: ", ")) attached, expected exactly "
                + wanted.sorted().joined(separator: ", ")
        case "effective_scps_same_as":
            let other = try text(value, property)
            let otherID = try built.accountID(Named(text: other, location: value.location))
            let mine = effectiveSCPs(accountID, organization, names)
            let theirs = effectiveSCPs(otherID, organization, names)
            guard mine != theirs else { return nil }
            let missing = theirs.subtracting(mine).sorted()
            let extra = mine.subtracting(theirs).sorted()
            return "has SCPs in effect that differ from \(other)'s:"
                + (missing.isEmpty ? "" : " lacks \(missing.joined(separator: ", "))")
                + (extra.isEmpty ? "" : "\(missing.isEmpty ? "" : ";") also has \(extra.joined(separator: ", "))")
        case "holds_none_of":
            var held: [String] = []
            for type in try self.names(value, property) {
                guard let found = resources(of: type, heldBy: accountID) else {
                    throw ScenarioError(
                        "expected resource types in 'holds_none_of', found '\(type)'", at: value.location,
                        hint: Suggestion.hint(for: type, among: Self.holdableTypes)
                            ?? "one of \(Self.holdableTypes.joined(separator: ", "))")
                }
                if !found.isEmpty { held.append("\(found.count) \(type) (\(found.sorted().joined(separator: ", ")))") }
            }
            return held.isEmpty ? nil : "holds \(held.joined(separator: ", "))"
        case let name where Self.securityServiceProperties.contains(name):
            return try securityServiceFailure(accountID, property, value)
        default:
            let wanted = Set(try self.names(value, property))
            let assigned = permissionSets(assignedIn: accountID)
            if property.text == "permission_sets_include" {
                let missing = wanted.subtracting(assigned).sorted()
                return missing.isEmpty ? nil : "has no assignment of \(missing.joined(separator: ", "))"
            }
            let present = wanted.intersection(assigned).sorted()
            return present.isEmpty ? nil : "has assignments of \(present.joined(separator: ", "))"
        }
    }

    /// The resource types `holds_none_of` can name.
    static let holdableTypes = ["ec2:vpc", "ec2:instance", "ebs:volume", "rds:db-instance", "s3:bucket"]

    /// The IDs or names of an account's resources of a type, or `nil` for a type not counted.
    private func resources(of type: String, heldBy accountID: String) -> [String]? {
        switch type {
        case "ec2:vpc": world.network.vpcs.values.filter { $0.place.accountID == accountID }.map(\.vpcId)
        case "ec2:instance": world.network.instances.values.filter { $0.place.accountID == accountID }.map(\.instanceId)
        case "ebs:volume": world.ec2.volumes.values.filter { $0.accountID == accountID }.map(\.volumeID)
        case "rds:db-instance":
            world.rds.instances.values.filter { $0.accountID == accountID }.map(\.dbInstanceIdentifier)
        case "s3:bucket": world.s3.buckets.values.filter { $0.accountID == accountID }.map(\.name)
        default: nil
        }
    }

    /// The SCPs attached directly to a root, OU or account.
    private func scps(attachedTo target: String, _ organization: Organization) -> [String] {
        (organization.attachments[target] ?? []).filter { organization.policies[$0]?.type == .serviceControlPolicy }
    }

    /// The names of the SCPs in effect for an account: those attached at every level of its path.
    private func effectiveSCPs(_ accountID: String, _ organization: Organization, _ names: [String: String])
        -> Set<String>
    {
        Set(
            organization.effectivePolicies(of: accountID, type: .serviceControlPolicy).flatMap(\.policies).map {
                names[$0.id] ?? $0.id
            })
    }

    /// The names of the permission sets assigned in an account, to anyone.
    private func permissionSets(assignedIn accountID: String) -> Set<String> {
        guard let center = world.identityCenter else { return [] }
        return Set(
            center.assignments.filter { $0.accountID == accountID }.compactMap {
                center.permissionSets[$0.permissionSetARN]?.name
            })
    }
}
