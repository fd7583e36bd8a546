extension World {
    /// The key an ARN names, as the gateway sees it (its key policy and grants), when the key
    /// exists now; for checks that ask about a key without calling KMS.
    public func keyResource(arn: String) -> ResourceReference? {
        let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6, fields[2] == "kms", fields[5].hasPrefix("key/") else { return nil }
        return liveKey(String(fields[4]), String(fields[3]), String(fields[5].dropFirst(4)))?.resource
    }
}
