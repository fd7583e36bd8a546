import Foundation

/// A predefined Elastic Load Balancing TLS security policy: the protocols and ciphers a
/// listener negotiates with clients. The catalog ships as data (`elb-ssl-policies.json`, from
/// AWS's Application and Network Load Balancer guides).
public struct SSLPolicy: Sendable, Hashable {
    /// The policy's name, such as `ELBSecurityPolicy-TLS13-1-2-2021-06`.
    public let name: String
    /// `TLSv1.3`, `TLSv1.2`, `TLSv1.1`, `TLSv1`, highest first.
    public let protocols: [String]
    /// The ciphers, OpenSSL names, in AWS's order.
    public let ciphers: [String]
    /// `tls`, `fips`, `fs`, `pq` or `legacy`.
    public let category: String
    /// Whether the policy uses FIPS-validated cryptography.
    public let isFIPS: Bool
    /// Whether it offers post-quantum key exchange.
    public let isPostQuantum: Bool
    /// Whether every cipher has forward secrecy.
    public let hasForwardSecrecy: Bool

    /// Whether clients may connect with TLS 1.0.
    public var allowsTLS10: Bool { protocols.contains("TLSv1") }
    /// Whether clients may connect with TLS 1.1.
    public var allowsTLS11: Bool { protocols.contains("TLSv1.1") }
    /// Whether clients may connect with TLS 1.0 or 1.1, which controls forbid.
    public var allowsLegacyTLS: Bool { allowsTLS10 || allowsTLS11 }
    /// The lowest protocol version the policy accepts.
    public var minimumProtocol: String { protocols.last ?? "" }
}

/// The catalog of predefined policies, loaded once per process from the shipped data.
public enum SSLPolicyCatalog {
    /// Every predefined policy by name.
    public static let policies: [String: SSLPolicy] = load()
    /// The policy the API, CLI and CloudFormation use when a secure listener names none.
    public static let apiDefault = "ELBSecurityPolicy-2016-08"

    /// The policy with this name, if it is predefined.
    public static func policy(named name: String) -> SSLPolicy? { policies[name] }

    private static func load() -> [String: SSLPolicy] {
        // The shipped data is part of the build; its absence is a packaging fault, not input.
        guard let url = Bundle.module.url(forResource: "elb-ssl-policies", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let entries = root["policies"] as? [String: [String: Any]]
        else {
            fatalError("lzsim's resources lack elb-ssl-policies.json")
        }
        var policies: [String: SSLPolicy] = [:]
        for (name, entry) in entries {
            policies[name] = SSLPolicy(
                name: name, protocols: entry["protocols"] as? [String] ?? [],
                ciphers: entry["ciphers"] as? [String] ?? [],
                category: entry["category"] as? String ?? "", isFIPS: entry["fips"] as? Bool ?? false,
                isPostQuantum: entry["post_quantum"] as? Bool ?? false,
                hasForwardSecrecy: entry["forward_secrecy"] as? Bool ?? false)
        }
        return policies
    }
}
