public import LZPolicy
import LZScenario
public import LZSim
public import Testing

/// Which kind of denial a test expects, as AWS's evaluation logic tells them apart.
public enum DenialKind: String, Sendable {
    /// A Deny statement applies.
    case explicit
    /// No Deny applies, but a required Allow is missing.
    case implicit
}

/// Expects `request` to be allowed, and records an issue at the caller's line, with the
/// decision's explanation, when it is not.
///
/// ```swift
/// expectAllowed(AccessRequest(session: admin, action: "ec2:CreateVpc", resource: ResourceReference(arn: "*")))
/// ```
/// - Parameters:
///   - request: The caller, action, resource and context keys.
///   - policy: When given, the allow must come from this policy kind, policy name or statement `Sid`.
///   - world: The world to ask; the current `.scenario(...)` world by default.
///   - comment: Added to the issue.
///   - sourceLocation: Where the issue is recorded; leave the default.
/// - Returns: The decision, explained when the expectation did not hold.
@discardableResult
public func expectAllowed(
    _ request: AccessRequest,
    by policy: String? = nil,
    in world: World? = nil,
    _ comment: Comment? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Decision? {
    AccessExpectation(allow: true, kind: nil, policy: policy)
        .check(request, in: world, comment, sourceLocation)
}

/// Expects `request` to be denied (explicitly or implicitly when `kind` says, by `policy` when
/// given), and records an issue at the caller's line, with the decision's explanation, when it is not.
///
/// ```swift
/// expectDenied(AccessRequest(session: developer, action: "ec2:CreateVpc", resource: ResourceReference(arn: "*")),
///              .explicit, by: "scp")
/// ```
/// - Parameters:
///   - request: The caller, action, resource and context keys.
///   - kind: When given, the denial must be of this kind.
///   - policy: When given, the denial must come from this policy kind (`scp`, `identity`,
///     `boundary`...), policy name or statement `Sid`.
///   - world: The world to ask; the current `.scenario(...)` world by default.
///   - comment: Added to the issue.
///   - sourceLocation: Where the issue is recorded; leave the default.
/// - Returns: The decision, explained when the expectation did not hold.
@discardableResult
public func expectDenied(
    _ request: AccessRequest,
    _ kind: DenialKind? = nil,
    by policy: String? = nil,
    in world: World? = nil,
    _ comment: Comment? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Decision? {
    AccessExpectation(allow: false, kind: kind, policy: policy)
        .check(request, in: world, comment, sourceLocation)
}

/// Expects `session` to be allowed `action` on the resource `resourceARN`; see
/// ``expectAllowed(_:by:in:_:sourceLocation:)``.
@discardableResult
public func expectAllowed(
    _ session: Session,
    _ action: String,
    on resourceARN: String,
    by policy: String? = nil,
    in world: World? = nil,
    _ comment: Comment? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Decision? {
    expectAllowed(
        AccessRequest(session: session, action: action, resource: ResourceReference(arn: resourceARN)), by: policy,
        in: world, comment, sourceLocation: sourceLocation)
}

/// Expects `session` to be denied `action` on the resource `resourceARN`; see
/// ``expectDenied(_:_:by:in:_:sourceLocation:)``.
@discardableResult
public func expectDenied(
    _ session: Session,
    _ action: String,
    on resourceARN: String,
    _ kind: DenialKind? = nil,
    by policy: String? = nil,
    in world: World? = nil,
    _ comment: Comment? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Decision? {
    expectDenied(
        AccessRequest(session: session, action: action, resource: ResourceReference(arn: resourceARN)), kind,
        by: policy, in: world, comment, sourceLocation: sourceLocation)
}
