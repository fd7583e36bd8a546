import Foundation

/// Reads an account's workload sections (`route53`, `acm`, `private_ca`, `s3`, `ebs`, `rds`,
/// `cloudtrail`, and `grants` under `kms`) into a ``WorkloadsDeclaration``.
struct WorkloadsParser {
    let resolver: PathResolver

    /// The account keys this parser reads.
    static let accountKeys = ["route53", "acm", "private_ca", "s3", "ebs", "rds", "cloudtrail"]

    func parse(_ fields: Fields, account: Named) throws(ScenarioError) -> WorkloadsDeclaration {
        var workloads = WorkloadsDeclaration()
        let owner = "'\(account.text)'"
        if let node = fields["route53"] {
            let route53 = try Fields(node, "the Route 53 of \(owner)", allowed: ["zones", "external_zones"])
            for (key, external) in [("zones", false), ("external_zones", true)] {
                for (name, location, value) in try route53.named(key) {
                    workloads.zones.append(try zone(Named(text: name, location: location), value, external: external))
                }
            }
        }
        if let node = fields["acm"] {
            let acm = try Fields(node, "the ACM of \(owner)", allowed: ["certificates"])
            for (name, location, value) in try acm.named("certificates") {
                workloads.certificates.append(try certificate(Named(text: name, location: location), value))
            }
        }
        if let node = fields["private_ca"] {
            let pca = try Fields(node, "the Private CA of \(owner)", allowed: ["authorities", "certificates"])
            for (name, location, value) in try pca.named("authorities") {
                workloads.authorities.append(try authority(Named(text: name, location: location), value))
            }
            for (name, location, value) in try pca.named("certificates") {
                workloads.issuedCertificates.append(try issued(Named(text: name, location: location), value))
            }
        }
        workloads.storage = try StorageParser(resolver: resolver).parse(fields, account: account)
        if let node = fields["cloudtrail"] {
            let cloudtrail = try Fields(node, "the CloudTrail of \(owner)", allowed: ["trails"])
            for (name, location, value) in try cloudtrail.named("trails") {
                workloads.trails.append(
                    try StorageParser(resolver: resolver).trail(Named(text: name, location: location), value))
            }
        }
        return workloads
    }

    private func zone(_ name: Named, _ node: YAMLNode, external: Bool) throws(ScenarioError)
        -> WorkloadsDeclaration.Zone
    {
        let what = "zone '\(name.text)'"
        if case .null = node.value { return .init(name: name, records: [], isExternal: external) }
        let fields = try Fields(node, what, allowed: ["records"])
        var records: [WorkloadsDeclaration.Record] = []
        for element in fields["records"]?.elements ?? [] {
            let record = try Fields(element, "a record of \(what)", allowed: ["name", "type", "ttl", "values"])
            let values = try record.strings("values").map(\.text)
            guard !values.isEmpty else {
                throw ScenarioError("a record of \(what) needs 'values'", at: element.location)
            }
            records.append(
                .init(
                    name: try record.required("name"), type: try record.required("type"),
                    ttl: try record.int("ttl") ?? 300, values: values, location: element.location))
        }
        return .init(name: name, records: records, isExternal: external)
    }

    private func certificate(_ name: Named, _ node: YAMLNode) throws(ScenarioError) -> CertificateDeclaration {
        let what = "certificate '\(name.text)'"
        let fields = try Fields(
            node, what,
            allowed: [
                "domain", "sans", "key_algorithm", "validation", "validation_record", "authority", "import", "region",
                "tags",
            ])
        var imported: CertificateDeclaration.Import?
        if let node = fields["import"] {
            let files = try Fields(node, "the import of \(what)", allowed: ["certificate", "private_key", "chain"])
            guard files.has("certificate"), files.has("private_key") else {
                throw ScenarioError(
                    "the import of \(what) needs 'certificate' and 'private_key', PEM files beside the scenario",
                    at: node.location)
            }
            imported = .init(
                certificate: try pem(files, "certificate", of: what)!,
                privateKey: try pem(files, "private_key", of: what)!,
                chain: try pem(files, "chain", of: what))
        }
        let domain = try fields.string("domain")
        guard (domain == nil) != (imported == nil) else {
            throw ScenarioError(
                "\(what) needs either 'domain' (a request) or 'import' (PEM files), not "
                    + (domain == nil ? "neither" : "both"), at: node.location)
        }
        return .init(
            name: name, domain: domain, subjectAlternativeNames: try fields.strings("sans").map(\.text),
            keyAlgorithm: try fields.name("key_algorithm"),
            validation: try fields.choice("validation", ["DNS", "EMAIL"]) ?? "DNS",
            validationRecord: try fields.choice(
                "validation_record", CertificateDeclaration.ValidationRecord.allCases.map(\.rawValue)
            ).flatMap(CertificateDeclaration.ValidationRecord.init(rawValue:)) ?? .present,
            authority: try fields.name("authority"), imported: imported, region: try fields.string("region"),
            tags: try fields.stringMap("tags"))
    }

    private func authority(_ name: Named, _ node: YAMLNode) throws(ScenarioError) -> AuthorityDeclaration {
        let what = "certificate authority '\(name.text)'"
        let fields = try Fields(
            node, what,
            allowed: [
                "type", "key_algorithm", "signing_algorithm", "subject", "validity", "parent", "share_with", "region",
            ])
        let type = try fields.choice("type", ["ROOT", "SUBORDINATE"]) ?? "ROOT"
        let parent = try fields.name("parent")
        if type == "SUBORDINATE", parent == nil {
            throw ScenarioError(
                "\(what) is SUBORDINATE and needs 'parent', the CA that signs it", at: node.location)
        }
        guard let subjectNode = fields["subject"] else {
            throw ScenarioError("\(what) needs 'subject' with at least 'common_name'", at: node.location)
        }
        let subject = try Fields(
            subjectNode, "the subject of \(what)",
            allowed: ["common_name", "organization", "organizational_unit", "country"])
        return .init(
            name: name, type: type, keyAlgorithm: try fields.name("key_algorithm"),
            signingAlgorithm: try fields.string("signing_algorithm"), commonName: try subject.required("common_name"),
            organization: try subject.string("organization"),
            organizationalUnit: try subject.string("organizational_unit"), country: try subject.string("country"),
            validity: try fields.name("validity") ?? Named(text: "10y", location: node.location), parent: parent,
            shareWith: try fields.strings("share_with").map { Named(text: $0.text, location: $0.location) },
            region: try fields.string("region"))
    }

    private func issued(_ name: Named, _ node: YAMLNode) throws(ScenarioError) -> IssuedCertificateDeclaration {
        let what = "issued certificate '\(name.text)'"
        let fields = try Fields(node, what, allowed: ["authority", "csr", "validity", "template"])
        guard let authority = try fields.name("authority") else {
            throw ScenarioError("\(what) needs 'authority', the CA that issues it", at: node.location)
        }
        guard let csr = try pem(fields, "csr", of: what) else {
            throw ScenarioError("\(what) needs 'csr', a PEM certificate signing request file", at: node.location)
        }
        return .init(
            name: name, authority: authority, csr: csr,
            validity: try fields.name("validity") ?? Named(text: "365d", location: node.location),
            template: try fields.string("template"))
    }

    /// A PEM file named by `key` (a path, or `{file: path}`), read and checked for PEM's framing.
    private func pem(_ fields: Fields, _ key: String, of what: String) throws(ScenarioError) -> PEMFile? {
        guard let node = fields[key] else { return nil }
        let pathNode = node.entries?.first { $0.key == "file" }?.value ?? node
        guard let path = pathNode.scalar else {
            throw ScenarioError(
                "expected a PEM file's path for '\(key)' of \(what), found \(node.shape)", at: node.location)
        }
        let url = try resolver.resolve(path, from: pathNode.location)
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ScenarioError(
                "cannot read PEM file '\(path)' for '\(key)' of \(what)", at: pathNode.location,
                hint: "paths are relative to the scenario file's folder")
        }
        let file = PEMFile(text: text, file: resolver.display(url), location: pathNode.location)
        try PEMFraming.check(file)
        return file
    }

}
