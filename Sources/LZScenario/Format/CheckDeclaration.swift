import Foundation

/// One expectation of a scenario, as written: its identity, its severity and waiver, and what
/// it checks. It becomes one testcase, or one per value when it fans out.
struct CheckDeclaration: Sendable {
    enum Severity: String, Sendable, CaseIterable {
        case critical, high, medium, low, info
    }

    struct Waiver: Sendable {
        var reason: String
        var until: Date?
        var location: SourceLocation
    }

    /// `for_each`: the check once per account, with `${account}` naming it.
    struct ForEach: Sendable {
        var accounts: [Named]
        var organizationalUnit: Named?
    }

    /// A what-if variant of the foundation the check runs against.
    struct Overlay: Sendable {
        struct Attachment: Sendable {
            var policy: Named
            var target: Named
        }
        var attach: [Attachment]
        var detach: [Attachment]
        var location: SourceLocation
    }

    enum Kind: Sendable {
        case access(AccessDeclaration)
        case steps([StepDeclaration])
        case assert(AssertDeclaration)
        /// A built-in control, or every control of a framework.
        case control(ControlDeclaration)
        case reach(ReachDeclaration)
        case exposure(ExposureDeclaration)
    }

    var id: Named
    var title: String
    var severity: Severity
    var tags: [String]
    var controls: [String]
    var waiver: Waiver?
    var advisory: Bool
    var forEach: ForEach?
    var overlay: Overlay?
    var kind: Kind
    var location: SourceLocation
    /// `at:`, the simulated time the check runs at, later than the foundation's clock.
    var clock: ClockShift?

    /// The JUnit name: `<ID> <title>`.
    var name: String { "\(id.text) \(title)" }
}

/// An `access` check: can this principal do that, here, with this context?
struct AccessDeclaration: Sendable {
    enum Expectation: String, Sendable {
        case allow, deny
    }

    var principal: PrincipalDeclaration
    var actions: [Named]
    /// One or more resources; several fan out into one testcase each, like several actions.
    var resources: [Named]
    var resourcePolicy: DocumentSource?
    var resourceAccount: Named?
    var context: [(key: String, values: [String], location: SourceLocation)]
    var expect: Expectation
    var because: Named?
    var by: Named?
}

/// Who makes a request, and from where.
struct PrincipalDeclaration: Sendable {
    /// `account/role/Name`, `account/user/Name`, `account/root`, `account/sso/Set/user`, an ARN,
    /// or `$name` for a session saved by an earlier step.
    var reference: Named
    var multiFactorAuthenticated: Bool?
    var sourceIP: String?
    var sourceVPC: String?
    var sourceVPCEndpoint: String?
    var region: String?
    var secureTransport: Bool?
}

/// One call of a `steps` check.
struct StepDeclaration: Sendable {
    var principal: PrincipalDeclaration
    var call: Named
    var parameters: YAMLNode?
    var save: String?
    /// `success`, or the error code the call must fail with.
    var expect: Named
    /// What a successful call must return (a certificate's status, a new account's ID...).
    var returns: Named?
    var location: SourceLocation
}
