import Foundation

extension AWSError.Code {
    /// Route 53: no hosted zone has the ID.
    public static let noSuchHostedZone = AWSError.Code(rawValue: "NoSuchHostedZone")
    /// Route 53: a change batch cannot be applied as a whole.
    public static let invalidChangeBatch = AWSError.Code(rawValue: "InvalidChangeBatch")
    /// Route 53: a zone with the caller reference exists.
    public static let hostedZoneAlreadyExists = AWSError.Code(rawValue: "HostedZoneAlreadyExists")
    /// Route 53: a parameter is not valid.
    public static let invalidDomainName = AWSError.Code(rawValue: "InvalidDomainName")
}

extension World {
    /// `CreateHostedZone`: a public hosted zone in the caller's account.
    /// - Parameters:
    ///   - name: The domain, such as `example.com`.
    ///   - callerReference: A string unique per request, as Route 53 requires.
    /// - Throws: `InvalidDomainName`, `HostedZoneAlreadyExists`, or `AccessDenied`.
    @discardableResult
    public mutating func createHostedZone(name: String, callerReference: String, as session: Session)
        throws(AWSError) -> HostedZone
    {
        do {
            try DomainName.validate(name, field: "name")
        } catch {
            throw AWSError(.invalidDomainName, "\(name) is not a valid domain name: \(error.message)")
        }
        let accountID = session.accountID
        try requireAccess(
            AccessRequest(
                session: session, action: "route53:CreateHostedZone", resource: .init(arn: "*", accountID: accountID)))
        let zones = try requireAccount(accountID).tls.hostedZones
        if zones.values.contains(where: { $0.callerReference == callerReference }) {
            throw AWSError(
                .hostedZoneAlreadyExists, "a hosted zone was already created with caller reference \(callerReference)")
        }
        let zone = HostedZone(
            id: "Z" + ids.lowercaseAlphanumeric(20).uppercased(), name: ResourceRecordSet.fullyQualified(name),
            callerReference: callerReference, createdAt: now, recordSets: [])
        try updateTLS(of: accountID) { $0.hostedZones[zone.id] = zone }
        return zone
    }

    /// `ChangeResourceRecordSets`: applies a batch of changes to a zone of the caller's account,
    /// all or nothing.
    /// - Throws: `NoSuchHostedZone`, `InvalidChangeBatch` naming the record, or `AccessDenied`.
    public mutating func changeResourceRecordSets(
        hostedZoneID: String,
        changes: [ResourceRecordSetChange],
        as session: Session
    ) throws(AWSError) {
        let accountID = session.accountID
        guard var zone = try requireAccount(accountID).tls.hostedZones[hostedZoneID] else {
            throw AWSError(.noSuchHostedZone, "No hosted zone found with ID: \(hostedZoneID)")
        }
        try requireAccess(
            AccessRequest(
                session: session, action: "route53:ChangeResourceRecordSets",
                resource: .init(arn: zone.arn, accountID: accountID)))
        try zone.apply(changes, at: now)
        if changes.contains(where: { $0.resourceRecordSet.type == "CAA" }) { zonesWithCAA.insert(zone.id) }
        try updateTLS(of: accountID) { $0.hostedZones[hostedZoneID] = zone }
    }

    /// The public zone a name is delegated to, in Route 53 or at a DNS provider outside AWS: the
    /// longest zone name that is a suffix of the name; of equal names, the oldest zone (the
    /// world's stand-in for the registrar's delegation).
    func delegatedZone(for name: String) -> HostedZone? {
        let name = ResourceRecordSet.fullyQualified(name)
        let zones = accountsByID.values.flatMap { $0.tls.hostedZones.values } + externalDNSZones.values
        var best: HostedZone?
        for zone in zones where name == zone.name || name.hasSuffix("." + zone.name) {
            guard let current = best else {
                best = zone
                continue
            }
            if zone.name.count > current.name.count
                || (zone.name.count == current.name.count && zone.createdAt < current.createdAt)
            {
                best = zone
            }
        }
        return best
    }

    /// The intervals during which `name` resolved to a `type` record containing `value`:
    /// `[from, until)`, `until` `nil` while it still resolves.
    func resolutionIntervals(name: String, type: String, value: String) -> [(from: Date, until: Date?)] {
        guard let zone = delegatedZone(for: name) else { return [] }
        let name = ResourceRecordSet.fullyQualified(name)
        let value = ResourceRecordSet.fullyQualified(value)
        func matches(_ record: ResourceRecordSet) -> Bool {
            record.name == name && record.type == type
                && record.resourceRecords.contains { ResourceRecordSet.fullyQualified($0) == value }
        }
        var intervals: [(from: Date, until: Date?)] = zone.removedRecordSets.filter { matches($0.recordSet) }.map {
            ($0.recordSet.createdAt, $0.removedAt)
        }
        intervals += zone.recordSets.filter(matches).map { ($0.createdAt, nil) }
        return intervals
    }

    /// The first instant in `[start, end]` at which `name` resolves to `value`.
    func firstResolution(name: String, type: String, value: String, from start: Date, through end: Date) -> Date? {
        resolutionIntervals(name: name, type: type, value: value).compactMap { interval -> Date? in
            let begin = max(interval.from, start)
            // Closed intervals: a record removed at the instant it was created was still seen once.
            guard begin <= end, interval.until.map({ begin <= $0 }) ?? true else { return nil }
            return begin
        }.min()
    }

    /// Applies a change to one account's certificate, CA, DNS and load-balancer resources, in place.
    mutating func updateTLS<Result>(
        of accountID: String,
        _ change: (inout TLSResources) throws(AWSError) -> Result
    ) throws(AWSError) -> Result {
        guard accountsByID[accountID] != nil else {
            throw AWSError(.noSuchEntity, "the world has no account '\(accountID)'")
        }
        return try change(&accountsByID[accountID]!.tls)
    }
}
