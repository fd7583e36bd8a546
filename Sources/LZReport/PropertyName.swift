/// The names of the properties lzsim writes on suites and testcases (JUnit contract C.3, C.4).
public enum PropertyName {
    /// Suite: the lzsim version that wrote the report.
    public static let version = "lzsim.version"
    /// Suite: the scenario file's path.
    public static let scenario = "lzsim.scenario"
    /// Suite: the seed the scenario's world was built with.
    public static let seed = "lzsim.seed"
    /// Suite: the report's flavour.
    public static let flavor = "lzsim.flavor"
    /// Suite: the prefix of a framework the scenario claims, as in `lzsim.framework.cis_v300`.
    public static let frameworkPrefix = "lzsim.framework."
    /// Testcase: the check's id.
    public static let check = "lzsim.check"
    /// Testcase: critical, high, medium, low or info.
    public static let severity = "lzsim.severity"
    /// Testcase: iam, kms, acm, vpc or organizations.
    public static let service = "lzsim.service"
    /// Testcase: the resource's logical name.
    public static let resource = "lzsim.resource"
    /// Testcase: a control mapping such as `cis_v300:3.7`.
    public static let control = "lzsim.control"
    /// Testcase: the waiver that applies.
    public static let waiver = "lzsim.waiver"
    /// Testcase: the state the scenario declares as expected.
    public static let expected = "lzsim.expected"
    /// Testcase: `true` on an advisory finding that passes.
    public static let advisory = "lzsim.advisory"
    /// The prefix of the `<system-out>` line that carries an advisory finding.
    public static let advisoryOutputPrefix = "ADVISORY: "
}
