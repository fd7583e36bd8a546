/// A `control:` or `framework:` check, as written: the controls it runs, where, and with which
/// parameters.
struct ControlDeclaration: Sendable {
    /// `scope:`: the accounts the controls look at; every account of the foundation when empty.
    struct Scope: Sendable {
        var accounts: [Named] = []
        var organizationalUnits: [Named] = []
        /// Resources must carry all these tags.
        var tags: [String: String] = [:]
        /// Only these resources, by their names in testcases (`prod-app1/key/data`); `*` at the
        /// end matches a prefix.
        var resources: [String] = []
    }

    /// What the check expects each resource to be: compliant, or, for a negative fixture kept
    /// to prove that the control catches it, non-compliant.
    enum Expectation: String, Sendable {
        case compliant
        case nonCompliant = "non_compliant"
    }

    /// The controls, resolved from the catalog when the file is read.
    var controls: [Control]
    /// The framework, for `framework:` checks.
    var framework: ControlFramework?
    var scope: Scope
    /// Parameter overrides by control ID, then by parameter name.
    var parameters: [String: [String: [String]]]
    /// The severity the check declares, overriding each control's own.
    var severity: CheckDeclaration.Severity?
    var expected: Expectation = .compliant
}
