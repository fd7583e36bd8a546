/// A place a network question starts from or goes to, as a check names it.
enum PlaceDeclaration: Sendable {
    /// Any address on the internet.
    case internet
    /// An on-premises block behind a site-to-site VPN.
    case onPremises(Named)
    /// An AWS service behind a gateway endpoint (`s3`, `dynamodb`).
    case service(Named)
    /// A named resource: `instance`, `interface`, `subnet`, `vpc` or `load_balancer`, as `ACCOUNT/NAME`.
    case resource(kind: String, name: Named)

    /// The resource kinds a place may name.
    static let resourceKinds = ["instance", "interface", "subnet", "vpc", "load_balancer"]
}

/// A `reach` check: does traffic get from one place to another on a protocol and ports?
struct ReachDeclaration: Sendable {
    var from: PlaceDeclaration
    var to: PlaceDeclaration
    var ipProtocol: String
    var ports: ClosedRange<Int>
    var expectReachable: Bool
    /// Block reasons that must all appear on the blocked paths, such as `BLACKHOLE_ROUTE`.
    var blockedBy: [Named]
    var location: SourceLocation
}

/// An `exposure` check: what a source (the internet by default) reaches within a scope, on
/// given protocols and ports, compared with `none` or an exact list of resources and ports.
struct ExposureDeclaration: Sendable {
    struct Expected: Sendable {
        var resource: Named
        var ipProtocol: String
        var ports: ClosedRange<Int>
    }

    var from: PlaceDeclaration
    var accounts: [Named]
    var organizationalUnit: Named?
    var protocols: [String]
    var ports: [ClosedRange<Int>]
    /// What must be exposed, exactly; empty for `expect: none`.
    var expected: [Expected]
    var location: SourceLocation
}
