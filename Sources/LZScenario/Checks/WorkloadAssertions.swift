import Foundation
import LZSim

/// The `assert` resource types of workloads: certificates (ACM's and those a private CA issued
/// directly), buckets, EBS defaults and volumes,
/// DB instances, trails and customer managed keys, each checked for the properties a
/// landing zone's controls ask about (Security Hub's ACM.1/2, S3.17, EC2.3/7, RDS.3,
/// CloudTrail.1/2/4/5, KMS.3/4).
struct WorkloadAssertions {
    let declaration: AssertDeclaration
    let built: BuiltFoundation
    let world: World
    /// The scenario's names of workload resources by `KIND|ARN-or-ID`, for the report.
    private let names: [String: String]

    init(declaration: AssertDeclaration, built: BuiltFoundation, world: World) {
        self.declaration = declaration
        self.built = built
        self.world = world
        var names: [String: String] = [:]
        if Self.properties[declaration.resourceType.text] != nil {
            for (key, value) in built.workloadIDs {
                let parts = key.split(separator: ".", maxSplits: 2)
                guard parts.count == 3 else { continue }
                names["\(parts[0])|\(value)"] = String(parts[2])
            }
        }
        self.names = names
    }

    /// The properties each workload resource type can be asked for.
    static let properties: [String: [String]] = [
        "acm:certificate": [
            "status", "type", "renewal_eligibility", "key_algorithm", "rsa_key_bits_at_least",
            "days_to_expiry_at_least", "in_use", "validation_method", "renewal_status", "renewal_status_reason",
            "domain_names_within", "domain_names_exclude",
        ],
        "acm-pca:certificate": ["renewal_eligibility", "days_to_expiry_at_least"],
        "s3:bucket": ["encryption", "key", "bucket_key", "public_access_block", "external_access"],
        "ebs:default-encryption": ["enabled", "key"],
        "ebs:volume": ["encrypted", "key", "attached"],
        "rds:db-instance": ["storage_encrypted", "key"],
        "cloudtrail:trail": [
            "multi_region", "log_file_validation", "key", "organization", "logging", "cloudwatch_logs",
            "management_events",
        ],
        "kms:key": ["rotation", "state", "multi_region", "external_access"],
        "elasticloadbalancing:listener": ["protocol", "ssl_policy", "allows_legacy_tls", "to_targets"],
    ]

    /// One resource found in scope: its name for the report, its Region, and how to read a property.
    struct Subject {
        var name: String
        var arn: String
        var region: String
        var value: (String) -> Observed
    }

    /// What a resource has for a property.
    enum Observed {
        case text(String)
        case flag(Bool)
        case number(Int?)
        /// A key's ARN, or `nil` for no key (`aws_managed` names AWS's default when there is none).
        case key(String?, awsManaged: String?)
        /// The DNS names a certificate covers.
        case domainNames([String])
        /// What principals outside the zone of trust may do with the resource.
        case externalAccess([ExternalAccessFinding])
    }

    /// One verdict per resource of the account, or `nil` when the type is not a workload type.
    func results(account: String, accountID: String) throws(ScenarioError) -> [(String, Verdict)]? {
        guard Self.properties[declaration.resourceType.text] != nil else { return nil }
        var results: [(String, Verdict)] = []
        for subject in subjects(accountID: accountID) where !declaration.excludes(subject.name) {
            var failures: [String] = []
            for (property, value) in declaration.expectations {
                if let failure = try failure(subject, property, value, account: account) { failures.append(failure) }
            }
            let verdict: Verdict =
                failures.isEmpty
                ? .passed(trace: "\(subject.arn): every property holds")
                : .failed(
                    summary: failures.joined(separator: "; "), details: ["resource: \(subject.arn)"] + failures,
                    trace: failures.joined(separator: "\n"))
            results.append(
                ("\(account)/\(declaration.resourceType.text.split(separator: ":")[1])/\(subject.name)", verdict))
        }
        return results
    }

    private func failure(_ subject: Subject, _ property: Named, _ expected: YAMLNode, account: String)
        throws(ScenarioError) -> String?
    {
        let observed = subject.value(property.text)
        switch observed {
        case .flag(let actual):
            let wanted = try expected.flag(for: property)
            return actual == wanted ? nil : "\(property.text) is \(actual), expected \(wanted)"
        case .externalAccess(let findings):
            let wanted = try expected.flag(for: property)
            if wanted { return findings.isEmpty ? "external_access is false, expected true" : nil }
            return findings.isEmpty
                ? nil
                : "external_access is true, expected false: "
                    + findings.map {
                        "\($0.source) lets \($0.principal) \($0.actions.joined(separator: ", ")) (\($0.condition))"
                    }
                    .joined(separator: "; ")
        case .number(let actual):
            let limit = try expected.number(for: property, what: "a whole number")
            guard let actual else { return "\(property.text): no value, expected at least \(limit)" }
            return actual >= limit
                ? nil
                : "\(property.text.replacingOccurrences(of: "_at_least", with: "")) is \(actual), expected at least \(limit)"
        case .text(let actual):
            let wanted = try texts(expected, property)
            return wanted.contains(actual)
                ? nil : "\(property.text) is \(actual), expected \(wanted.joined(separator: " or "))"
        case .key(let actual, let awsManaged):
            let text = try texts(expected, property)[0]
            if text == "none" { return actual.map { "\(property.text) is \($0), expected none" } }
            if text == "any" { return actual == nil && awsManaged == nil ? "has no key, expected one" : nil }
            if text.hasPrefix("alias/aws/"), actual == nil, awsManaged == text { return nil }
            let arn: String
            do throws(ScenarioError) {
                arn = try KeyReference.arn(
                    Named(text: text, location: expected.location), account: account, region: subject.region,
                    regional: false, built: built)
            } catch {
                // An account without the named key fails this resource; the others still report.
                let actualText = actual ?? awsManaged ?? "none"
                return "\(property.text) is \(actualText), expected \(text): \(error.message)"
                    + (error.hint.map { " (\($0))" } ?? "")
            }
            guard let actual else {
                return "\(property.text) is \(awsManaged ?? "none"), expected \(text) (\(arn))"
            }
            return actual == arn ? nil : "\(property.text) is \(actual), expected \(text) (\(arn))"
        case .domainNames(let actual):
            let domains = try texts(expected, property)
            if property.text == "domain_names_within" {
                let outside = actual.filter { name in !domains.contains { name.isWithin(domain: $0) } }
                return outside.isEmpty
                    ? nil
                    : "covers \(outside.joined(separator: ", ")), outside \(domains.joined(separator: ", "))"
            }
            let inside = actual.filter { name in domains.contains { name.isWithin(domain: $0) } }
            return inside.isEmpty
                ? nil : "covers \(inside.joined(separator: ", ")), within \(domains.joined(separator: ", "))"
        }
    }

    /// One text, or a list of acceptable texts.
    private func texts(_ value: YAMLNode, _ property: Named) throws(ScenarioError) -> [String] {
        if let text = value.scalar { return [text] }
        if let elements = value.elements, !elements.isEmpty, elements.allSatisfy({ $0.scalar != nil }) {
            return elements.compactMap(\.scalar)
        }
        throw ScenarioError("expected text or a list for '\(property.text)', found \(value.shape)", at: value.location)
    }

    /// The scenario's name for a resource (`${KIND.ACCOUNT.NAME}`), else AWS's.
    func scenarioName(_ kind: String, _ value: String, fallback: String) -> String {
        names["\(kind)|\(value)"] ?? fallback
    }
}

extension String {
    /// Whether a DNS name is a domain or one of its subdomains, case-insensitively; a leading
    /// `*.` on either side is the domain it stands for (`*.preprod.example.com` is within
    /// `preprod.example.com`).
    func isWithin(domain: String) -> Bool {
        func bare(_ name: String) -> String {
            let lowered = name.lowercased()
            return lowered.hasPrefix("*.") ? String(lowered.dropFirst(2)) : lowered
        }
        let name = bare(self)
        let domain = bare(domain)
        return name == domain || name.hasSuffix(".\(domain)")
    }
}
