import Foundation
import LZPolicy
import LZSim

/// Builds a declared foundation through the world's operations, so every AWS validation
/// applies and a foundation AWS would refuse fails at its own line.
///
/// Order: the organization and its OUs, the accounts, each account's IAM, Identity Center, and
/// last the organization's policies and attachments, so guardrails describe the finished
/// foundation rather than block its construction.
struct FoundationBuilder {
    let scenario: Scenario

    func build() throws(ScenarioError) -> BuiltFoundation {
        let declaration = scenario.foundation
        var built = BuiltFoundation(
            world: World(
                seed: scenario.seed, start: scenario.clock ?? Date(timeIntervalSince1970: 1_767_225_600),
                regions: declaration.regions.isEmpty ? ["us-east-1", "eu-west-1"] : declaration.regions),
            accountIDs: [:], unitIDs: [:], organizationPolicyIDs: [:], managementAccount: nil)
        if let organization = declaration.organization {
            try buildOrganization(organization, declaration, into: &built)
        }
        // Accounts the organization tree does not place join the organization under its root;
        // without an organization they are standalone accounts.
        let managementID = built.managementAccount.flatMap { built.accountIDs[$0] }
        for account in declaration.accounts where built.accountIDs[account.name.text] == nil {
            let id = try WorldCall.run(at: account.name.location, &built.world) {
                (world: inout World) throws(AWSError) in
                guard let managementID, !account.outsideOrganization else {
                    return try world.createStandaloneAccount(name: account.name.text, email: account.email)
                }
                return try world.createAccount(
                    accountName: account.name.text, email: account.email, as: world.rootSession(of: managementID))
            }
            built.accountIDs[account.name.text] = id
        }
        for account in declaration.accounts {
            try IAMBuilder(account: account, built: built).build(into: &built.world)
        }
        // Keys after IAM, so key policies can name the account's roles.
        for account in declaration.accounts {
            try KeyBuilder(account: account).build(into: &built)
        }
        try NetworkBuilder(accounts: declaration.accounts).build(into: &built)
        try WorkloadsBuilder(accounts: declaration.accounts).build(into: &built)
        // Listeners last among resources: they serve the certificates the workloads made.
        try ListenerBuilder(accounts: declaration.accounts).build(into: &built)
        if let center = declaration.identityCenter {
            try IdentityCenterBuilder(declaration: center).build(into: &built)
        }
        if let services = declaration.securityServices {
            try SecurityServicesBuilder(declaration: services).build(into: &built)
        }
        if let organization = declaration.organization {
            try attachPolicies(organization, into: &built)
        }
        return built
    }

    private func buildOrganization(
        _ organization: FoundationDeclaration.Organization,
        _ declaration: FoundationDeclaration,
        into built: inout BuiltFoundation
    ) throws(ScenarioError) {
        let management = organization.management
        let email =
            declaration.accounts.first { $0.name.text == management.text }?.email ?? "\(management.text)@example.com"
        let managementID = try WorldCall.run(at: management.location, &built.world) {
            (world: inout World) throws(AWSError) in
            try world.createStandaloneAccount(name: management.text, email: email)
        }
        built.accountIDs[management.text] = managementID
        built.managementAccount = management.text
        let root = try WorldCall.run(at: organization.location, &built.world) { (world: inout World) throws(AWSError) in
            try world.rootSession(of: managementID)
        }
        let created = try WorldCall.run(at: organization.location, &built.world) {
            (world: inout World) throws(AWSError) in
            try world.createOrganization(as: root)
        }
        built.unitIDs["root"] = created.rootID
        for (type, location) in organization.policyTypes {
            let policyType: OrganizationPolicyType = type == "scp" ? .serviceControlPolicy : .resourceControlPolicy
            try WorldCall.run(at: location, &built.world) { (world: inout World) throws(AWSError) in
                try world.enablePolicyType(policyType, rootID: created.rootID, as: root)
            }
            let full = policyType == .serviceControlPolicy ? "FullAWSAccess" : "RCPFullAWSAccess"
            built.organizationPolicyIDs[full] = "p-\(full)"
        }
        try buildUnit(organization.root, parentID: nil, declaration, root: root, into: &built)
    }

    private func buildUnit(
        _ unit: FoundationDeclaration.Unit,
        parentID: String?,
        _ declaration: FoundationDeclaration,
        root: Session,
        into built: inout BuiltFoundation
    ) throws(ScenarioError) {
        var unitID = built.unitIDs["root"]!
        if let parentID {
            if let existing = built.unitIDs[unit.name.text] {
                throw ScenarioError(
                    "OU names must be unique in a scenario; '\(unit.name.text)' is \(existing) already",
                    at: unit.name.location)
            }
            unitID = try WorldCall.run(at: unit.name.location, &built.world) { (world: inout World) throws(AWSError) in
                try world.createOrganizationalUnit(parentID: parentID, name: unit.name.text, as: root).id
            }
            built.unitIDs[unit.name.text] = unitID
        }
        for account in unit.accounts {
            if declaration.accounts.contains(where: { $0.name.text == account.text && $0.outsideOrganization }) {
                throw ScenarioError(
                    "account '\(account.text)' is declared outside_organization, so it cannot be placed in \(unit.name.text == "root" ? "the root" : "OU '\(unit.name.text)'")",
                    at: account.location)
            }
            let email =
                declaration.accounts.first { $0.name.text == account.text }?.email ?? "\(account.text)@example.com"
            let rootID = built.unitIDs["root"]!
            let id: String
            if let existing = built.accountIDs[account.text] {
                guard account.text == built.managementAccount else {
                    throw ScenarioError(
                        "account '\(account.text)' is placed twice in the organization", at: account.location)
                }
                id = existing
            } else {
                id = try WorldCall.run(at: account.location, &built.world) { (world: inout World) throws(AWSError) in
                    try world.createAccount(accountName: account.text, email: email, as: root)
                }
                built.accountIDs[account.text] = id
            }
            if unitID != rootID {
                try WorldCall.run(at: account.location, &built.world) { (world: inout World) throws(AWSError) in
                    try world.moveAccount(accountID: id, sourceParentID: rootID, destinationParentID: unitID, as: root)
                }
            }
        }
        for child in unit.units {
            try buildUnit(child, parentID: unitID, declaration, root: root, into: &built)
        }
    }

    /// Creates the organization's policies and attaches them as declared: a level's list of SCPs
    /// is its whole set, so `FullAWSAccess` stays only where the scenario lists it.
    private func attachPolicies(_ organization: FoundationDeclaration.Organization, into built: inout BuiltFoundation)
        throws(ScenarioError)
    {
        let management = built.accountIDs[organization.management.text]!
        let root = try WorldCall.run(at: organization.location, &built.world) { (world: inout World) throws(AWSError) in
            try world.rootSession(of: management)
        }
        for policy in organization.policies {
            let content = try built.substitute(policy.document.text, at: policy.document.location)
            let type: OrganizationPolicyType = policy.type == "scp" ? .serviceControlPolicy : .resourceControlPolicy
            let id = try WorldCall.run(document: policy.document, name: policy.name, &built.world) {
                (world: inout World) throws(AWSError) in
                try world.createOrganizationPolicy(
                    name: policy.name.text, description: policy.description, type: type, content: content, as: root
                ).id
            }
            built.organizationPolicyIDs[policy.name.text] = id
        }
        try attach(organization.root, built: &built, root: root)
    }

    private func attach(_ unit: FoundationDeclaration.Unit, built: inout BuiltFoundation, root: Session)
        throws(ScenarioError)
    {
        let target = built.unitIDs[unit.name.text]!
        try attach(unit.policies, to: target, built: &built, root: root)
        for child in unit.units { try attach(child, built: &built, root: root) }
    }

    private func attach(_ names: [Named], to target: String, built: inout BuiltFoundation, root: Session)
        throws(ScenarioError)
    {
        guard !names.isEmpty else { return }
        for name in names {
            guard let id = built.organizationPolicyIDs[name.text] else {
                throw ScenarioError(
                    "no organization policy named '\(name.text)'", at: name.location,
                    hint: Suggestion.hint(for: name.text, among: built.organizationPolicyIDs.keys))
            }
            let attached = built.world.organization?.attachments[target] ?? []
            guard !attached.contains(id) else { continue }
            try WorldCall.run(at: name.location, &built.world) { (world: inout World) throws(AWSError) in
                try world.attachPolicy(policyID: id, targetID: target, as: root)
            }
        }
        let listed = Set(names.compactMap { built.organizationPolicyIDs[$0.text] })
        if !listed.contains("p-FullAWSAccess"),
            built.world.organization?.attachments[target]?.contains("p-FullAWSAccess") == true,
            listed.contains(where: { built.world.organization?.policies[$0]?.type == .serviceControlPolicy })
        {
            try WorldCall.run(at: names[0].location, &built.world) { (world: inout World) throws(AWSError) in
                try world.detachPolicy(policyID: "p-FullAWSAccess", targetID: target, as: root)
            }
        }
    }
}
