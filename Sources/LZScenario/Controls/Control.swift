import LZSim

/// One built-in control: a Security Hub Foundational Security Best Practices control (with its
/// CIS AWS Foundations Benchmark v3.0 item), or a Control Tower guardrail checked as behaviour.
///
/// A control evaluates every resource of its type in scope to ``ControlStatus``; a suite names it
/// with `control: KMS.4`, or runs a whole framework with `framework: fsbp`.
public struct Control: Sendable {
    /// The control's identifier, such as `KMS.4` or `GRCLOUDTRAILENABLED`.
    public let id: String
    /// The title as the control's owner publishes it.
    public let title: String
    /// The AWS service it concerns, lowercase (`iam`, `kms`, `ec2`...).
    public let service: String
    /// How bad a failure is.
    public let severity: ControlSeverity
    /// Where the control appears: FSBP, CIS v3.0, Control Tower.
    public let mappings: [ControlMapping]
    /// The parameters a suite may override, with their defaults.
    public let parameters: [ControlParameter]
    /// The resource type evaluated, as AWS Config names it (`AWS::KMS::Key`).
    public let resourceType: String
    /// What the world must hold for the control to find anything, for `lzsim controls list`.
    public let needs: String
    /// The evaluation rule in a sentence or two, quirks included.
    public let logic: String
    /// What a compliant resource looks like, for the `expected:` line of a failure.
    public let requirement: String
    /// The fix, in one line.
    public let remediation: String
    /// The evaluation: one finding per resource in scope.
    let evaluate: @Sendable (ControlInput) -> [ControlFinding]

    /// Whether the control belongs to a framework.
    public func belongs(to framework: ControlFramework) -> Bool {
        mappings.contains { $0.framework == framework }
    }

    /// The parameter named `name`, if the control has one.
    public func parameter(_ name: String) -> ControlParameter? {
        parameters.first { $0.name == name }
    }
}

/// A control's severity, as Security Hub grades it.
public enum ControlSeverity: String, Sendable, CaseIterable {
    case critical, high, medium, low, info
}

/// A framework a control belongs to.
public enum ControlFramework: String, Sendable, CaseIterable {
    /// AWS Foundational Security Best Practices.
    case fsbp
    /// CIS AWS Foundations Benchmark v3.0.0, as Security Hub supports it.
    case cis30 = "cis-3.0"
    /// AWS Control Tower controls (mandatory and strongly recommended preventive ones).
    case controlTower = "control-tower"

    /// The prefix of the `lzsim.control` testcase property (`cis_v300:3.7`).
    var propertyPrefix: String {
        switch self {
        case .fsbp: "fsbp"
        case .cis30: "cis_v300"
        case .controlTower: "control_tower"
        }
    }
}

/// One framework reference of a control: `fsbp` `KMS.4`, `cis-3.0` `3.6`, `control-tower`
/// `mandatory preventive`.
public struct ControlMapping: Sendable, Hashable, CustomStringConvertible {
    /// The framework.
    public let framework: ControlFramework
    /// The item in the framework.
    public let reference: String

    /// `cis_v300:3.6`, the form testcase properties use.
    public var description: String { "\(framework.propertyPrefix):\(reference)" }
}

/// What one resource was found to be.
public enum ControlStatus: Sendable, Hashable {
    case compliant(String)
    case nonCompliant(String)
    case notApplicable(String)
    case error(String)
}

/// One resource's evaluation.
struct ControlFinding: Sendable {
    /// A stable name for the resource: `ACCOUNT/TYPE/NAME`.
    var resource: String
    /// The resource's ARN or ID, for the failure body.
    var identifier: String
    var status: ControlStatus
    /// The resource's tags, for a tag scope; `nil` for settings that carry none (account-level).
    var tags: [String: String]?
}
