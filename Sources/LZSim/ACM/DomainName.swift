/// ACM's rules for the domain names of a certificate: syntax, length, wildcards, and which
/// names a certificate covers.
public enum DomainName {
    /// Checks a name as `RequestCertificate` does: at most 253 characters, labels of 1 to 63
    /// letters, digits and hyphens that neither start nor end with a hyphen, at least two
    /// labels, and a wildcard only as the whole leftmost label
    /// (https://docs.aws.amazon.com/acm/latest/APIReference/API_RequestCertificate.html).
    /// - Parameters:
    ///   - name: The name to check.
    ///   - field: The request field, for the message (`domainName`, `subjectAlternativeNames`).
    /// - Throws: ``AWSError`` (`ValidationException`) naming the value and the broken rule.
    static func validate(_ name: String, field: String) throws(AWSError) {
        func fail(_ rule: String) -> AWSError {
            AWSError(
                .validationException,
                "1 validation error detected: Value '\(name)' at '\(field)' failed to satisfy constraint: \(rule)")
        }
        guard !name.isEmpty, name.utf8.count <= 253 else { throw fail("Member must have length between 1 and 253") }
        var labels = name.split(separator: ".", omittingEmptySubsequences: false)
        if labels.last == "" { labels.removeLast() }  // a trailing dot names the same domain
        guard labels.count >= 2 else { throw fail("a domain name has at least two labels") }
        for (index, label) in labels.enumerated() {
            if label == "*" {
                guard index == 0 else { throw fail("a wildcard must be the leftmost label") }
                continue
            }
            guard !label.isEmpty, label.utf8.count <= 63 else {
                throw fail("each label must have length between 1 and 63")
            }
            guard label.utf8.allSatisfy({ Self.isLabelByte($0) }) else {
                throw fail("labels contain only letters, digits and hyphens, and '*' only as the whole leftmost label")
            }
            guard label.first != "-", label.last != "-" else {
                throw fail("labels neither start nor end with a hyphen")
            }
        }
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D
    }

    /// The name as ACM stores it: lowercase, without a trailing dot.
    static func normalized(_ name: String) -> String {
        let lower = name.lowercased()
        return lower.hasSuffix(".") ? String(lower.dropLast()) : lower
    }

    /// Whether a certificate name covers `host`: equal names, or a wildcard that stands for
    /// exactly one leftmost label (`*.example.com` covers `www.example.com`, not `example.com`
    /// nor `a.b.example.com`).
    public static func covers(_ certificateName: String, _ host: String) -> Bool {
        let pattern = normalized(certificateName)
        let host = normalized(host)
        guard pattern.hasPrefix("*.") else { return pattern == host }
        let suffix = pattern.dropFirst(1)  // ".example.com"
        guard host.hasSuffix(suffix) else { return false }
        let first = host.dropLast(suffix.count)
        return !first.isEmpty && !first.contains(".") && first != "*"
    }

    /// The zone a validation record lives in: the name without a leading wildcard label.
    static func validationDomain(_ name: String) -> String {
        let name = normalized(name)
        return name.hasPrefix("*.") ? String(name.dropFirst(2)) : name
    }
}
