import Foundation

extension World {
    /// The certificate authorities a CAA record may name to let ACM issue
    /// (https://docs.aws.amazon.com/acm/latest/userguide/setup-caa.html).
    static let amazonCAs: Set<String> = ["amazon.com", "amazontrust.com", "awstrust.com", "amazonaws.com"]

    /// Whether the CAA records in force at `date` let ACM issue for every name of the certificate:
    /// the records of the closest name at or above each name decide (RFC 8659); `issuewild`
    /// records, when present, decide for wildcard names, `issue` records otherwise; a name without
    /// any CAA record above it is open to every CA.
    func caaAllowsIssuance(of certificate: ACMCertificate, at date: Date) -> Bool {
        guard !zonesWithCAA.isEmpty else { return true }
        return certificate.subjectAlternativeNames.allSatisfy { name in
            let wildcard = name.hasPrefix("*.")
            guard let values = closestCAARecords(for: DomainName.validationDomain(name), at: date) else { return true }
            let properties = values.compactMap(Self.caaProperty)
            let wild = properties.filter { $0.tag == "issuewild" }
            let deciding = wildcard && !wild.isEmpty ? wild : properties.filter { $0.tag == "issue" }
            return deciding.isEmpty || deciding.contains { Self.amazonCAs.contains($0.issuer) }
        }
    }

    /// The instants after `date`, up to `end`, at which a CAA record changed in a zone that
    /// serves one of the certificate's names: when ACM's answer to CAA may change.
    func caaChanges(for certificate: ACMCertificate, after date: Date, through end: Date) -> [Date] {
        guard !zonesWithCAA.isEmpty else { return [] }
        var instants: Set<Date> = []
        for name in certificate.subjectAlternativeNames {
            guard let zone = delegatedZone(for: DomainName.validationDomain(name)) else { continue }
            for record in zone.recordSets where record.type == "CAA" { instants.insert(record.createdAt) }
            for removed in zone.removedRecordSets where removed.recordSet.type == "CAA" {
                instants.insert(removed.recordSet.createdAt)
                instants.insert(removed.removedAt)
            }
        }
        return instants.filter { $0 > date && $0 <= end }.sorted()
    }

    /// The values of the CAA records at the closest name at or above `name` that has any at
    /// `date`, within the zone that serves it; `nil` when none has.
    private func closestCAARecords(for name: String, at date: Date) -> [String]? {
        guard let zone = delegatedZone(for: name), zonesWithCAA.contains(zone.id) else { return nil }
        var candidate = ResourceRecordSet.fullyQualified(name)
        while candidate == zone.name || candidate.hasSuffix("." + zone.name) {
            let live = zone.recordSets.filter { $0.name == candidate && $0.type == "CAA" && $0.createdAt <= date }
                .flatMap(\.resourceRecords)
            let removed = zone.removedRecordSets.filter {
                $0.recordSet.name == candidate && $0.recordSet.type == "CAA" && $0.recordSet.createdAt <= date
                    && date < $0.removedAt
            }.flatMap(\.recordSet.resourceRecords)
            if !(live + removed).isEmpty { return live + removed }
            guard let dot = candidate.firstIndex(of: ".") else { return nil }
            candidate = String(candidate[candidate.index(after: dot)...])
        }
        return nil
    }

    /// `0 issue "amazon.com"` as its tag and issuer domain (`;` alone names no CA).
    private static func caaProperty(_ value: String) -> (tag: String, issuer: String)? {
        let parts = value.split(separator: " ", maxSplits: 2).map(String.init)
        guard parts.count == 3 else { return nil }
        let text = parts[2].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        let issuer = text.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        return (parts[1].lowercased(), issuer ?? "")
    }
}
