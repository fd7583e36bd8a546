/// The built-in controls, one registry for the suites, the command line and the benchmark.
public enum ControlCatalog {
    /// Every control, in catalog order: FSBP by service, then Control Tower guardrails.
    public static let all: [Control] =
        iam + iamCredentials + kms + acm + ec2Network + ec2 + elb + storage + cloudTrail + securityServices
        + controlTower

    private static let byID = Dictionary(all.map { ($0.id.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })

    /// The control with this ID (case-insensitively), if the catalog has it.
    public static func control(_ id: String) -> Control? { byID[id.lowercased()] }

    /// The controls of a framework, in catalog order.
    public static func controls(in framework: ControlFramework) -> [Control] {
        all.filter { $0.belongs(to: framework) }
    }
}

extension ControlCatalog {
    /// `did you mean 'KMS.4'?` for an ID the catalog does not have, when one is close.
    public static func suggestion(for id: String) -> String? {
        Suggestion.hint(for: id, among: all.map(\.id))
    }
}
