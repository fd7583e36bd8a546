import Foundation
import LZSim

extension WorkloadsBuilder {
    // MARK: - Private CA

    /// Roots first, then subordinates once their parent is active, in any account.
    func buildAuthorities(_ declared: [FoundationDeclaration.Account], into built: inout BuiltFoundation)
        throws(ScenarioError)
    {
        var pending = declared.flatMap { account in account.workloads.authorities.map { (account.name, $0) } }
        while !pending.isEmpty {
            var waiting: [(Named, AuthorityDeclaration)] = []
            for (account, authority) in pending {
                if let parent = authority.parent, (try? authorityARN(parent, of: account, built)) == nil {
                    waiting.append((account, authority))
                    continue
                }
                try buildAuthority(authority, of: account, into: &built)
            }
            if waiting.count == pending.count, let (account, authority) = waiting.first {
                _ = try authorityARN(authority.parent!, of: account, built)
            }
            pending = waiting
        }
    }

    private func buildAuthority(_ authority: AuthorityDeclaration, of account: Named, into built: inout BuiltFoundation)
        throws(ScenarioError)
    {
        let algorithm = try keyAlgorithm(authority.keyAlgorithm) ?? .rsa2048
        let signing = authority.signingAlgorithm ?? (algorithm.isRSA ? "SHA256WITHRSA" : "SHA256WITHECDSA")
        let validity = try Self.validity(authority.validity)
        let subject = CertificateAuthoritySubject(
            commonName: authority.commonName, organization: authority.organization,
            organizationalUnit: authority.organizationalUnit, country: authority.country)
        let region = authority.region
        let arn = try call(account, region: region, at: authority.name.location, &built) {
            world, root throws(AWSError) in
            try world.createCertificateAuthority(
                certificateAuthorityType: authority.type == "ROOT" ? .root : .subordinate, keyAlgorithm: algorithm,
                signingAlgorithm: signing, subject: subject, as: root)
        }
        if let parent = authority.parent {
            let parentARN = try authorityARN(parent, of: account, built)
            let parentAccount = Named(
                text: built.accountIDs.first { parentARN.contains(":\($0.value):") }?.key ?? account.text,
                location: parent.location)
            let csr = try call(account, region: region, at: authority.name.location, &built) {
                world, root throws(AWSError) in
                try world.getCertificateAuthorityCsr(certificateAuthorityARN: arn, as: root)
            }
            let signed = try call(parentAccount, region: region, at: parent.location, &built) {
                world, root throws(AWSError) in
                let issued = try world.issueCertificate(
                    certificateAuthorityARN: parentARN, csr: csr,
                    templateARN: "arn:aws:acm-pca:::template/SubordinateCACertificate_PathLen0/V1", validity: validity,
                    as: root)
                return try world.getCertificate(certificateAuthorityARN: parentARN, certificateARN: issued, as: root)
            }
            try call(account, region: region, at: authority.name.location, &built) { world, root throws(AWSError) in
                try world.importCertificateAuthorityCertificate(
                    certificateAuthorityARN: arn, certificate: signed.certificate,
                    certificateChain: signed.certificateChain, as: root)
            }
        } else {
            try call(account, region: region, at: authority.name.location, &built) { world, root throws(AWSError) in
                try world.activateRootCertificateAuthority(certificateAuthorityARN: arn, validity: validity, as: root)
            }
        }
        built.record("authorities", account, authority.name, arn)
        guard !authority.shareWith.isEmpty else { return }
        var principals: [String] = []
        for target in authority.shareWith {
            if let unit = built.unitIDs[target.text], let organization = built.world.organization {
                let management = built.accountIDs[built.managementAccount ?? ""] ?? ""
                principals.append(
                    unit == organization.rootID
                        ? "arn:aws:organizations::\(management):organization/\(organization.id)"
                        : "arn:aws:organizations::\(management):ou/\(organization.id)/\(unit)")
            } else if let id = built.accountIDs[target.text] {
                principals.append(id)
            } else {
                throw ScenarioError(
                    "no OU or account named '\(target.text)' to share the CA with", at: target.location,
                    hint: Suggestion.hint(
                        for: target.text, among: Array(built.unitIDs.keys) + Array(built.accountIDs.keys)))
            }
        }
        try call(account, region: region, at: authority.shareWith[0].location, &built) { world, root throws(AWSError) in
            try world.createResourceShare(
                name: "\(authority.name.text)-share", resourceARNs: [arn], principals: principals, as: root)
        }
    }

    /// A CA by `NAME` (this account's), `ACCOUNT/NAME` or ARN.
    func authorityARN(_ reference: Named, of account: Named, _ built: BuiltFoundation) throws(ScenarioError) -> String {
        if reference.text.hasPrefix("arn:") { return reference.text }
        if let arn = built.workloadID("authorities", named: reference.text, of: account.text) { return arn }
        let declared = accounts.flatMap { owner in
            owner.workloads.authorities.map {
                owner.name.text == account.text ? $0.name.text : "\(owner.name.text)/\($0.name.text)"
            }
        }
        throw ScenarioError(
            "no certificate authority named '\(reference.text)'; expected NAME (this account's), ACCOUNT/NAME or an ARN",
            at: reference.location, hint: Suggestion.hint(for: reference.text, among: declared))
    }

    func buildIssuedCertificate(
        _ issued: IssuedCertificateDeclaration,
        of account: Named,
        into built: inout BuiltFoundation
    ) throws(ScenarioError) {
        let authority = try authorityARN(issued.authority, of: account, built)
        let validity = try Self.validity(issued.validity)
        let template = issued.template.map { $0.hasPrefix("arn:") ? $0 : "arn:aws:acm-pca:::template/\($0)" }
        let arn = try call(account, at: issued.name.location, &built) { world, root throws(AWSError) in
            try world.issueCertificate(
                certificateAuthorityARN: authority, csr: issued.csr.text, templateARN: template, validity: validity,
                as: root)
        }
        built.record("issued_certificates", account, issued.name, arn)
    }

    // MARK: - ACM

    func buildCertificate(
        _ certificate: CertificateDeclaration,
        of account: Named,
        zones: [String: (account: Named, id: String)],
        into built: inout BuiltFoundation
    ) throws(ScenarioError) {
        let region = certificate.region
        if let imported = certificate.imported {
            let root = try built.root(of: account, region: region)
            let arn: String
            do throws(AWSError) {
                arn = try built.world.importCertificate(
                    certificate: imported.certificate.text, privateKey: imported.privateKey.text,
                    certificateChain: imported.chain?.text ?? "", tags: certificate.tags, as: root)
            } catch {
                // ACM judges the files, so the message names them.
                let files = [imported.certificate, imported.privateKey] + (imported.chain.map { [$0] } ?? [])
                throw ScenarioError(
                    "\(error.code): \(error.message) (importing \(files.map(\.file).joined(separator: ", ")))",
                    at: certificate.name.location)
            }
            built.record("certificates", account, certificate.name, arn)
            return
        }
        let algorithm = try keyAlgorithm(certificate.keyAlgorithm) ?? .rsa2048
        let authority = try certificate.authority.map { name throws(ScenarioError) in
            try authorityARN(name, of: account, built)
        }
        let method: ValidationMethod = certificate.validation == "EMAIL" ? .email : .dns
        let arn = try call(account, region: region, at: certificate.name.location, &built) {
            world, root throws(AWSError) in
            try world.requestCertificate(
                domainName: certificate.domain!, subjectAlternativeNames: certificate.subjectAlternativeNames,
                validationMethod: authority == nil ? method : nil, keyAlgorithm: algorithm,
                certificateAuthorityARN: authority, tags: certificate.tags, as: root)
        }
        built.record("certificates", account, certificate.name, arn)
        guard authority == nil, method == .dns, certificate.validationRecord != .absent else { return }
        let detail = try call(account, region: region, at: certificate.name.location, &built) {
            world, root throws(AWSError) in
            try world.describeCertificate(certificateARN: arn, as: root)
        }
        var written: Set<String> = []
        for validation in detail.domainValidationOptions {
            guard let record = validation.resourceRecord, written.insert(record.name).inserted else { continue }
            guard let (owner, zone) = servingZone(for: record.name, in: built, index: zones) else {
                throw ScenarioError(
                    "no zone of the foundation serves \(validation.domainName), so its validation record has nowhere "
                        + "to go", at: certificate.name.location,
                    hint: "declare the zone under an account's route53 zones or external_zones, or write "
                        + "'validation_record: absent'")
            }
            let set = ResourceRecordSet(name: record.name, type: record.type, resourceRecords: [record.value])
            if written.count == 1 {
                // The first name's record, for steps that take it away: ${validation_records.ACCOUNT.NAME}
                // is its name and ${validation_values.ACCOUNT.NAME} what it points to.
                built.record("validation_records", account, certificate.name, set.name)
                built.record("validation_values", account, certificate.name, record.value)
            }
            var actions: [ResourceRecordSetChange.Action] = [.create]
            if certificate.validationRecord == .removed { actions.append(.delete) }
            for action in actions {
                let change = ResourceRecordSetChange(action: action, resourceRecordSet: set)
                if zone.id.hasPrefix("external-") {
                    try WorldCall.run(at: certificate.name.location, &built.world) {
                        (world: inout World) throws(AWSError) in
                        try world.changeExternalDNSRecords(zone: zone.name, changes: [change])
                    }
                } else {
                    try call(owner, at: certificate.name.location, &built) { world, root throws(AWSError) in
                        try world.changeResourceRecordSets(hostedZoneID: zone.id, changes: [change], as: root)
                    }
                }
            }
        }
    }

    // MARK: - Values

    /// `RSA_2048`, `EC_prime256v1`... as ACM spells them.
    func keyAlgorithm(_ name: Named?) throws(ScenarioError) -> KeyAlgorithm? {
        guard let name else { return nil }
        guard let algorithm = KeyAlgorithm(rawValue: name.text) else {
            let names = KeyAlgorithm.allCases.map(\.rawValue)
            throw ScenarioError(
                "expected one of \(names.joined(separator: ", ")) for 'key_algorithm', found '\(name.text)'",
                at: name.location, hint: Suggestion.hint(for: name.text, among: names))
        }
        return algorithm
    }

    /// `30d`, `6m` (30-day months), `10y` (365-day years), as Private CA counts them.
    static func validity(_ text: Named) throws(ScenarioError) -> PrivateCAValidity {
        guard let unit = text.text.last, let count = Int(text.text.dropLast()), count > 0 else {
            throw ScenarioError(
                "expected a validity such as 365d, 6m or 10y, found '\(text.text)'", at: text.location)
        }
        switch unit {
        case "d": return .days(count)
        case "m": return .months(count)
        case "y": return .years(count)
        default:
            throw ScenarioError(
                "expected a validity such as 365d, 6m or 10y, found '\(text.text)'", at: text.location)
        }
    }
}
