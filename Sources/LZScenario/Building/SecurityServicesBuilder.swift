import LZPolicy
import LZSim

/// Builds the declared security services in every Region of the foundation, through the
/// services' own operations as the accounts that would call them: the management account
/// designates the delegated administrator, the administrator configures the organization,
/// and each account its own hub's standards. AWS's refusals land at the declaration's line.
struct SecurityServicesBuilder {
    let declaration: SecurityServicesDeclaration

    func build(into built: inout BuiltFoundation) throws(ScenarioError) {
        let location = declaration.location
        guard let managementName = built.managementAccount, let management = built.accountIDs[managementName] else {
            throw ScenarioError("security_services needs an organization, and this foundation has none", at: location)
        }
        let root = try WorldCall.run(at: location, &built.world) { (world: inout World) throws(AWSError) in
            try world.rootSession(of: management)
        }
        var administrator: (id: String, session: Session)?
        if let name = declaration.delegatedAdministrator {
            let id = try built.accountID(name)
            let session = try WorldCall.run(at: name.location, &built.world) { (world: inout World) throws(AWSError) in
                try world.rootSession(of: id)
            }
            administrator = (id, session)
        }
        for region in built.world.regions {
            if let guardDuty = declaration.guardDuty, let administrator {
                try buildGuardDuty(guardDuty, region: region, root: root, administrator: administrator, &built)
            }
            if let hub = declaration.securityHub, let administrator {
                try buildSecurityHub(hub, region: region, root: root, administrator: administrator, &built)
            }
        }
        if let analyzer = declaration.accessAnalyzer {
            try buildAccessAnalyzer(analyzer, root: root, administrator: administrator, &built)
        }
    }

    private func buildGuardDuty(
        _ guardDuty: SecurityServicesDeclaration.GuardDuty,
        region: String,
        root: Session,
        administrator: (id: String, session: Session),
        _ built: inout BuiltFoundation
    ) throws(ScenarioError) {
        try WorldCall.run(at: guardDuty.location, &built.world) { (world: inout World) throws(AWSError) in
            try world.enableGuardDutyOrganizationAdminAccount(
                adminAccountID: administrator.id, region: region, as: root)
            let detector = try world.listDetectors(region: region, as: administrator.session)[0]
            try world.updateGuardDutyOrganizationConfiguration(
                detectorID: detector,
                autoEnableOrganizationMembers: GuardDutyAutoEnable(rawValue: guardDuty.autoEnable)!,
                region: region, as: administrator.session)
        }
    }

    /// Security Hub: the administrator, every organization account as its member, and, when
    /// the declaration names standards, exactly those in every hub.
    private func buildSecurityHub(
        _ hub: SecurityServicesDeclaration.SecurityHub,
        region: String,
        root: Session,
        administrator: (id: String, session: Session),
        _ built: inout BuiltFoundation
    ) throws(ScenarioError) {
        try WorldCall.run(at: hub.location, &built.world) { (world: inout World) throws(AWSError) in
            try world.enableSecurityHubOrganizationAdminAccount(
                adminAccountID: administrator.id, region: region, as: root)
            try world.updateSecurityHubOrganizationConfiguration(
                autoEnable: hub.autoEnable, autoEnableStandards: hub.standards == nil, region: region,
                as: administrator.session)
            let members = (world.organization?.accountIDs ?? []).filter { $0 != administrator.id }
            try world.createSecurityHubMembers(accountIDs: members, region: region, as: administrator.session)
        }
        guard let standards = hub.standards else { return }
        let wanted = standards.compactMap { SecurityHubStandard.named($0.text) }
        for accountID in built.world.organization?.accountIDs ?? [] {
            try WorldCall.run(at: standards.first?.location ?? hub.location, &built.world) {
                (world: inout World) throws(AWSError) in
                let session = try world.rootSession(of: accountID)
                let current = try world.describeHub(region: region, as: session).standards
                let place = AccountRegion(accountID: accountID, region: region)
                let extra = SecurityHubStandard.all.filter {
                    current.contains($0.arn(region: region, partition: world.partition)) && !wanted.contains($0)
                }
                if !extra.isEmpty {
                    try world.batchDisableStandards(
                        standardsSubscriptionARNs: extra.map { world.subscriptionARN($0, place) }, region: region,
                        as: session)
                }
                try world.batchEnableStandards(
                    standardsARNs: wanted.map { $0.arn(region: region, partition: world.partition) }, region: region,
                    as: session)
            }
        }
    }

    /// Access Analyzer: an `ORGANIZATION` analyzer in the delegated administrator (registered for
    /// `access-analyzer.amazonaws.com` by the management account), or an `ACCOUNT` analyzer in
    /// every organization account, in every Region.
    private func buildAccessAnalyzer(
        _ analyzer: SecurityServicesDeclaration.AccessAnalyzer,
        root: Session,
        administrator: (id: String, session: Session)?,
        _ built: inout BuiltFoundation
    ) throws(ScenarioError) {
        try WorldCall.run(at: analyzer.location, &built.world) { (world: inout World) throws(AWSError) in
            let type = AnalyzerType(rawValue: analyzer.type)!
            var owners: [Session] = []
            if type == .organization, let administrator {
                try world.registerDelegatedAdministrator(
                    accountID: administrator.id, servicePrincipal: World.accessAnalyzerServicePrincipal, as: root)
                owners = [administrator.session]
            } else {
                owners = try (world.organization?.accountIDs ?? []).map { (id: String) throws(AWSError) in
                    try world.rootSession(of: id)
                }
            }
            for owner in owners {
                for region in world.regions {
                    try world.createAnalyzer(analyzerName: analyzer.name, type: type, region: region, as: owner)
                }
            }
        }
    }
}
