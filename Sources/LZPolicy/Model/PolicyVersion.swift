/// The policy language versions IAM accepts in the `Version` element.
public enum PolicyVersion: String, Sendable, CaseIterable {
    /// The current version; policy variables are substituted.
    case version2012 = "2012-10-17"
    /// The original version; `${...}` is literal text.
    case version2008 = "2008-10-17"

    /// Whether `${...}` policy variables are substituted (only under 2012-10-17).
    public var supportsVariables: Bool { self == .version2012 }
}
