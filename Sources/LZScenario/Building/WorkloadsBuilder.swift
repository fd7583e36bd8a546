import Foundation
import LZSim

/// Builds every account's workload resources through the world's operations, after the keys:
/// DNS zones first (certificates are validated through them), then certificate authorities,
/// certificates, buckets, EBS, databases, trails (which deliver to buckets) and grants.
/// Each kind is built for every account before the next, so a resource may use another
/// account's (a trail in the management account delivering to the log archive's bucket).
struct WorkloadsBuilder {
    let accounts: [FoundationDeclaration.Account]

    func build(into built: inout BuiltFoundation) throws(ScenarioError) {
        let declared = accounts.filter { !$0.workloads.isEmpty }
        guard !declared.isEmpty else { return }
        for account in declared {
            for zone in account.workloads.zones { try buildZone(zone, of: account.name, into: &built) }
        }
        try buildAuthorities(declared, into: &built)
        for account in declared {
            for issued in account.workloads.issuedCertificates {
                try buildIssuedCertificate(issued, of: account.name, into: &built)
            }
        }
        let zones = zoneIndex(built)
        for account in declared {
            for certificate in account.workloads.certificates {
                try buildCertificate(certificate, of: account.name, zones: zones, into: &built)
            }
        }
        for account in declared { try buildStorage(account.workloads.storage, of: account.name, into: &built) }
        for account in declared {
            for trail in account.workloads.trails { try buildTrail(trail, of: account.name, into: &built) }
        }
        for account in declared {
            for grant in account.workloads.grants { try buildGrant(grant, of: account.name, into: &built) }
        }
    }

    /// Runs a world operation as the account's root user in a Region.
    @discardableResult
    func call<Result>(
        _ account: Named,
        region: String? = nil,
        at location: SourceLocation,
        _ built: inout BuiltFoundation,
        _ operation: (inout World, Session) throws(AWSError) -> Result
    ) throws(ScenarioError) -> Result {
        let session = try built.root(of: account, region: region)
        return try WorldCall.run(at: location, &built.world) { (world: inout World) throws(AWSError) in
            try operation(&world, session)
        }
    }

    // MARK: - DNS

    private func buildZone(_ zone: WorkloadsDeclaration.Zone, of account: Named, into built: inout BuiltFoundation)
        throws(ScenarioError)
    {
        let changes = zone.records.map { record in
            ResourceRecordSetChange(
                action: .create,
                resourceRecordSet: ResourceRecordSet(
                    name: record.name, type: record.type, ttl: record.ttl, resourceRecords: record.values))
        }
        if zone.isExternal {
            try WorldCall.run(at: zone.name.location, &built.world) { (world: inout World) throws(AWSError) in
                try world.declareExternalDNSZone(name: zone.name.text)
                try world.changeExternalDNSRecords(zone: zone.name.text, changes: changes)
            }
            built.record("zones", account, zone.name, "external-" + zone.name.text)
            return
        }
        let id = try call(account, at: zone.name.location, &built) { world, root throws(AWSError) in
            try world.createHostedZone(name: zone.name.text, callerReference: "lzsim-\(zone.name.text)", as: root).id
        }
        for (record, change) in zip(zone.records, changes) {
            try call(account, at: record.location, &built) { world, root throws(AWSError) in
                try world.changeResourceRecordSets(hostedZoneID: id, changes: [change], as: root)
            }
        }
        built.record("zones", account, zone.name, id)
    }

    /// The declared zones by fully qualified name: the account that declared each, and its ID
    /// (`external-NAME` for a zone served outside AWS).
    func zoneIndex(_ built: BuiltFoundation) -> [String: (account: Named, id: String)] {
        var index: [String: (account: Named, id: String)] = [:]
        for account in accounts {
            for zone in account.workloads.zones {
                guard let id = built.workloadIDs["zones.\(account.name.text).\(zone.name.text)"] else { continue }
                index[Self.fullyQualified(zone.name.text)] = (account.name, id)
            }
        }
        return index
    }

    /// The zone that serves `name`: the declared zone with the longest name that is a suffix of it.
    func servingZone(
        for name: String,
        in built: BuiltFoundation,
        index: [String: (account: Named, id: String)]
    ) -> (account: Named, zone: HostedZone)? {
        var candidate = Substring(Self.fullyQualified(name))
        while !candidate.isEmpty {
            if let (account, id) = index[String(candidate)] {
                let zone =
                    id.hasPrefix("external-")
                    ? built.world.externalDNSZones[String(candidate)]
                    : built.accountIDs[account.text].flatMap { built.world.account($0) }?.tls.hostedZones[id]
                if let zone { return (account, zone) }
            }
            guard let dot = candidate.firstIndex(of: ".") else { break }
            candidate = candidate[candidate.index(after: dot)...]
        }
        return nil
    }

    static func fullyQualified(_ name: String) -> String {
        let lower = name.lowercased()
        return lower.hasSuffix(".") ? lower : lower + "."
    }

    // MARK: - Grants

    private func buildGrant(_ grant: WorkloadsDeclaration.Grant, of account: Named, into built: inout BuiltFoundation)
        throws(ScenarioError)
    {
        let keyARN = try KeyReference.arn(
            grant.key, account: account.text, region: built.world.regions[0], built: built)
        let region = keyARN.split(separator: ":").dropFirst(3).first.map(String.init)
        var operations: [GrantOperation] = []
        for operation in grant.operations {
            guard let value = GrantOperation(rawValue: operation.text) else {
                let names = GrantOperation.allCases.map(\.rawValue)
                throw ScenarioError(
                    "expected a grant operation such as Decrypt, found '\(operation.text)'", at: operation.location,
                    hint: Suggestion.hint(for: operation.text, among: names))
            }
            operations.append(value)
        }
        let grantee = try built.principalARN(grant.grantee)
        let retiring = try grant.retiringPrincipal.map { name throws(ScenarioError) in try built.principalARN(name) }
        let constraints = grant.constraint.map { constraint in
            constraint.kind == "encryption_context_equals"
                ? GrantConstraints.encryptionContextEquals(constraint.pairs)
                : GrantConstraints.encryptionContextSubset(constraint.pairs)
        }
        let id = try call(account, region: region, at: grant.name.location, &built) { world, root throws(AWSError) in
            try world.createGrant(
                keyID: keyARN, granteePrincipal: grantee, operations: operations, retiringPrincipal: retiring,
                constraints: constraints, name: grant.name.text, as: root
            ).grantID
        }
        built.record("grants", account, grant.name, id)
    }
}
