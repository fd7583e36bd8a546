import LZSim

extension BuiltFoundation {
    /// The substitution prefixes of workload resources, and what each stands for.
    static let workloadPrefixes: [String: String] = [
        "certificates": "an ACM certificate's ARN",
        "authorities": "a Private CA's ARN",
        "issued_certificates": "the ARN of a certificate a Private CA issued",
        "validation_records": "the name of a DNS-validated certificate's first validation record",
        "validation_values": "what a DNS-validated certificate's first validation record points to",
        "zones": "a Route 53 hosted zone's ID",
        "buckets": "a bucket's ARN",
        "bucket_names": "a bucket's S3 name",
        "volumes": "an EBS volume's ID",
        "db_instances": "an RDS DB instance's ARN",
        "trails": "a trail's ARN",
        "grants": "a KMS grant's ID",
    ]

    /// The value of `${KIND.ACCOUNT.NAME}` for a workload resource, or `nil` when the name is not one.
    /// - Throws: ``ScenarioError`` for a workload prefix naming nothing the foundation declared.
    func workloadValue(_ name: String, at location: SourceLocation) throws(ScenarioError) -> String? {
        guard let dot = name.firstIndex(of: "."), let what = Self.workloadPrefixes[String(name[..<dot])] else {
            return nil
        }
        if let value = workloadIDs[name] { return value }
        let kind = String(name[..<dot])
        throw ScenarioError(
            "no \(kind) named '\(name.dropFirst(kind.count + 1))' for ${\(name)}, \(what); names are ACCOUNT.NAME",
            at: location,
            hint: Suggestion.hint(
                for: name, among: workloadIDs.keys.filter { $0.hasPrefix(kind + ".") }))
    }

    /// A recorded workload resource by `NAME` (`account`'s own) or `ACCOUNT/NAME`, or `nil`.
    func workloadID(_ kind: String, named text: String, of account: String) -> String? {
        let parts = text.split(separator: "/", maxSplits: 1).map(String.init)
        return workloadIDs[parts.count == 2 ? "\(kind).\(parts[0]).\(parts[1])" : "\(kind).\(account).\(text)"]
    }

    /// Records a workload resource for `${KIND.ACCOUNT.NAME}`.
    mutating func record(_ kind: String, _ account: Named, _ name: Named, _ value: String) {
        workloadIDs["\(kind).\(account.text).\(name.text)"] = value
    }

    /// A principal as a grant names it: `ACCOUNT/root`, `ACCOUNT/role/NAME`, `ACCOUNT/user/NAME`,
    /// a service principal (`ec2.amazonaws.com`) or an ARN.
    func principalARN(_ reference: Named) throws(ScenarioError) -> String {
        let text = try substitute(reference.text, at: reference.location)
        if text.hasPrefix("arn:") || text.hasSuffix(".amazonaws.com") { return text }
        let parts = text.split(separator: "/", maxSplits: 2).map(String.init)
        let accountID = try accountID(Named(text: parts[0], location: reference.location))
        switch parts.count {
        case 2 where parts[1] == "root": return "arn:aws:iam::\(accountID):root"
        case 3 where parts[1] == "role" || parts[1] == "user":
            return "arn:aws:iam::\(accountID):\(parts[1])/\(parts[2])"
        default:
            throw ScenarioError(
                "expected a principal such as ACCOUNT/root, ACCOUNT/role/NAME, ACCOUNT/user/NAME, a service principal "
                    + "or an ARN, found '\(text)'", at: reference.location)
        }
    }

    /// The root session of an account in a Region, for the builder.
    func root(of account: Named, region: String?) throws(ScenarioError) -> Session {
        let id = try accountID(account)
        let region = region ?? world.regions[0]
        do throws(AWSError) {
            return try world.rootSession(of: id).with { $0.region = region }
        } catch {
            throw ScenarioError("\(error.code): \(error.message)", at: account.location)
        }
    }
}
