/// The network resources a foundation built, by the scenario's names: each kind's IDs by
/// `ACCOUNT/NAME`, and back from IDs to those names, so explanations read in the user's terms.
struct NetworkNames: Sendable {
    /// The kinds of named network resources; each kind has its own names.
    enum Kind: String, Sendable, CaseIterable {
        case vpc = "VPC", subnet, routeTable = "route table", internetGateway = "internet gateway"
        case egressOnlyInternetGateway = "egress-only internet gateway"
        case vpnGateway = "VPN gateway", natGateway = "NAT gateway", securityGroup = "security group"
        case networkAcl = "network ACL", endpoint, transitGateway = "transit gateway"
        case transitGatewayRouteTable = "transit gateway route table"
        case attachment = "transit gateway attachment", peering = "peering connection"
        case vpnConnection = "VPN connection", ruleGroup = "rule group", firewallPolicy = "firewall policy"
        case firewall, resolverEndpoint = "Resolver endpoint", resolverRule = "Resolver rule", instance
        case interface, loadBalancer = "load balancer", targetGroup = "target group"

        /// `a` or `an`, for messages.
        var article: String { "aeiouAEIOU".contains(rawValue.first!) ? "an" : "a" }
    }

    private var ids: [Kind: [String: String]] = [:]
    /// `ACCOUNT/NAME` by ID (and by ARN for the resources known by ARN).
    private(set) var names: [String: String] = [:]
    /// The owning account's scenario name, by ID.
    private(set) var owners: [String: String] = [:]

    /// Records a resource `account` built under `name`.
    mutating func record(_ kind: Kind, account: String, name: String, id: String) {
        ids[kind, default: [:]]["\(account)/\(name)"] = id
        names[id] = "\(account)/\(name)"
        owners[id] = account
    }

    /// Whether `account` already has a resource of `kind` named `name`.
    func has(_ kind: Kind, account: String, name: String) -> Bool {
        ids[kind]?["\(account)/\(name)"] != nil
    }

    /// Every `ACCOUNT/NAME` of a kind.
    func all(_ kind: Kind) -> [String: String] { ids[kind] ?? [:] }

    /// The IDs of resources named as ``id(_:_:in:)`` names one, in order.
    func ids(_ kind: Kind, _ references: [Named], in account: String) throws(ScenarioError) -> [String] {
        var found: [String] = []
        for reference in references { found.append(try id(kind, reference, in: account)) }
        return found
    }

    /// The ID of a resource named `NAME` in `account`, or `ACCOUNT/NAME` in another account.
    /// - Throws: ``ScenarioError`` at the reference, naming what is missing with the closest name.
    func id(_ kind: Kind, _ reference: Named, in account: String) throws(ScenarioError) -> String {
        let table = ids[kind] ?? [:]
        if let id = table["\(account)/\(reference.text)"] ?? table[reference.text] { return id }
        let candidates = table.keys.filter { $0.hasPrefix("\(account)/") }.map {
            String($0.dropFirst(account.count + 1))
        }
        let hint =
            Suggestion.hint(for: reference.text, among: candidates)
            ?? Suggestion.hint(for: reference.text, among: table.keys)
            ?? (table.keys.first { $0.hasSuffix("/\(reference.text)") }.map { "did you mean '\($0)'?" })
        let (owner, name) =
            reference.text.contains("/")
            ? (String(reference.text.prefix { $0 != "/" }), String(reference.text.drop { $0 != "/" }.dropFirst()))
            : (account, reference.text)
        throw ScenarioError(
            "no \(kind.rawValue) named '\(name)' in account '\(owner)'", at: reference.location,
            hint: hint ?? "name one declared in that account's network, or write ACCOUNT/NAME for another account's")
    }

    /// The prefixes of `${vpcs.ACCOUNT/NAME}` and its kin, which become the resource's ID (a load
    /// balancer's ARN) in strings, such as an access check's resource ARN or context values.
    static let prefixes: [String: Kind] = [
        "vpcs": .vpc, "subnets": .subnet, "security_groups": .securityGroup, "route_tables": .routeTable,
        "endpoints": .endpoint, "transit_gateways": .transitGateway, "instances": .instance,
        "interfaces": .interface, "load_balancers": .loadBalancer, "target_groups": .targetGroup,
        "transit_gateway_route_tables": .transitGatewayRouteTable, "internet_gateways": .internetGateway,
        "egress_only_internet_gateways": .egressOnlyInternetGateway,
        "transit_gateway_attachments": .attachment,
        "nat_gateways": .natGateway, "network_acls": .networkAcl,
    ]

    /// The kind and `ACCOUNT/NAME` of a substitution such as `vpcs.prod/app`.
    static func substitution(_ name: String) -> (Kind, String)? {
        guard let dot = name.firstIndex(of: "."), let kind = prefixes[String(name[..<dot])] else { return nil }
        return (kind, String(name[name.index(after: dot)...]))
    }

    /// The scenario's name of an ID, or the ID itself.
    func name(of id: String) -> String { names[id] ?? id }

    /// Replaces every known ID in `text` with its scenario name, so a path reads
    /// `route table network-prod/rt-dev` rather than `tgw-rtb-0a1b...`.
    func describe(_ text: String) -> String {
        guard !names.isEmpty else { return text }
        var result = ""
        var token = ""
        func flush() {
            result += names[token] ?? token
            token = ""
        }
        for character in text {
            if character.isLetter || character.isNumber || character == "-" {
                token.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}
