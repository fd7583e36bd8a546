import Foundation

extension World {
    /// Declares a public DNS zone served outside AWS (another DNS provider), so certificates for
    /// its names can be validated by DNS: ACM sees its records as it sees a Route 53 zone's.
    ///
    /// This is not an AWS operation, and no AWS principal authorizes it: it describes the
    /// world around the landing zone, as creating a standalone account does.
    /// - Returns: The zone, empty.
    /// - Throws: `InvalidDomainName` for a name that is not a domain, `HostedZoneAlreadyExists`
    ///   when the world already declares it.
    @discardableResult
    public mutating func declareExternalDNSZone(name: String) throws(AWSError) -> HostedZone {
        let fullName = ResourceRecordSet.fullyQualified(name)
        guard fullName.count > 1, fullName.count <= 255, !fullName.hasPrefix("."), !fullName.contains("..") else {
            throw AWSError(.invalidDomainName, "'\(name)' is not a domain name")
        }
        guard externalDNSZones[fullName] == nil else {
            throw AWSError(.hostedZoneAlreadyExists, "the external zone \(fullName) is already declared")
        }
        let zone = HostedZone(
            id: "external-" + fullName.dropLast(), name: fullName, callerReference: fullName, createdAt: now,
            recordSets: [])
        externalDNSZones[fullName] = zone
        return zone
    }

    /// Changes records of an external zone, all or nothing, as its DNS provider would.
    /// - Throws: `NoSuchHostedZone` for a zone the world does not declare, `InvalidChangeBatch`.
    public mutating func changeExternalDNSRecords(zone name: String, changes: [ResourceRecordSetChange])
        throws(AWSError)
    {
        let fullName = ResourceRecordSet.fullyQualified(name)
        guard var zone = externalDNSZones[fullName] else {
            throw AWSError(.noSuchHostedZone, "no external zone \(fullName) is declared")
        }
        try zone.apply(changes, at: now)
        if changes.contains(where: { $0.resourceRecordSet.type == "CAA" }) { zonesWithCAA.insert(zone.id) }
        externalDNSZones[fullName] = zone
    }
}
