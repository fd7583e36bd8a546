import LZScenario
public import LZSim
public import Testing

/// Expects traffic to get from `source` to `destination` (and its response back), and records
/// an issue at the caller's line, with every blocked path and what blocks it, when it does not.
///
/// ```swift
/// expectReachable(from: .instance(app), to: .onPremises("10.20.0.0/16"), ports: 443...443)
/// ```
/// - Parameters:
///   - source: An interface, instance, subnet, VPC, the internet or an on-premises block.
///   - destination: An interface, instance, subnet, VPC, the internet, an on-premises block or an AWS service.
///   - traffic: The protocol, TCP by default.
///   - ports: The destination ports.
///   - world: The world to ask; the current `.scenario(...)` world by default.
///   - comment: Added to the issue.
///   - sourceLocation: Where the issue is recorded; leave the default.
/// - Returns: The answer, with its paths.
@discardableResult
public func expectReachable(
    from source: NetworkPlace,
    to destination: NetworkPlace,
    protocol traffic: IPProtocol = .tcp,
    ports: ClosedRange<Int> = 0...65_535,
    in world: World? = nil,
    _ comment: Comment? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> ReachabilityResult? {
    reachability(source, destination, traffic, ports, expected: true, world, comment, sourceLocation)
}

/// Expects no traffic to get from `source` to `destination`, and records an issue at the
/// caller's line, with the paths that carry it, when some does.
///
/// ```swift
/// expectUnreachable(from: .internet, to: .subnet(database), ports: 22...22)
/// ```
@discardableResult
public func expectUnreachable(
    from source: NetworkPlace,
    to destination: NetworkPlace,
    protocol traffic: IPProtocol = .tcp,
    ports: ClosedRange<Int> = 0...65_535,
    in world: World? = nil,
    _ comment: Comment? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> ReachabilityResult? {
    reachability(source, destination, traffic, ports, expected: false, world, comment, sourceLocation)
}

/// Expects a resource (an S3 bucket or object, an EBS volume, an RDS instance, a trail) to be
/// encrypted with a KMS key: the key `keyARN` when given, else a customer managed key of
/// `account` when given, else any KMS key. Records an issue at the caller's line when it is not.
///
/// ```swift
/// expectEncrypted("arn:aws:s3:::prod-data", with: dataKeyARN)
/// ```
@discardableResult
public func expectEncrypted(
    _ resourceARN: String,
    with keyARN: String? = nil,
    customerManagedKeyOf account: String? = nil,
    in world: World? = nil,
    _ comment: Comment? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> ResourceEncryption? {
    guard let world = activeWorld(world, sourceLocation) else { return nil }
    let encryption: ResourceEncryption
    do {
        encryption = try world.encryption(of: resourceARN)
    } catch {
        record("cannot tell how \(resourceARN) is encrypted: \(error)", comment, sourceLocation)
        return nil
    }
    var problem: String?
    if !encryption.encryptedWithKMS {
        problem = "expected \(resourceARN) to be encrypted with a KMS key, but it is not"
    } else if let keyARN, encryption.keyARN != keyARN {
        problem =
            "expected \(resourceARN) to be encrypted with \(keyARN), but its key is \(encryption.keyARN ?? "unknown")"
    } else if let account, !encryption.isEncrypted(withCustomerManagedKeyOf: account) {
        problem =
            "expected \(resourceARN) to be encrypted with a customer managed key of \(account), but its key is "
            + "\(encryption.keyARN ?? "unknown") (\(encryption.keyManager?.rawValue ?? "unknown manager"), "
            + "account \(encryption.keyOwnerAccount ?? "unknown"))"
    }
    if let problem { record(problem, comment, sourceLocation) }
    return encryption
}

private func reachability(
    _ source: NetworkPlace,
    _ destination: NetworkPlace,
    _ traffic: IPProtocol,
    _ ports: ClosedRange<Int>,
    expected: Bool,
    _ world: World?,
    _ comment: Comment?,
    _ sourceLocation: Testing.SourceLocation
) -> ReachabilityResult? {
    guard let world = activeWorld(world, sourceLocation) else { return nil }
    let result: ReachabilityResult
    do {
        result = try world.reach(from: source, to: destination, protocol: traffic, ports: ports)
    } catch {
        record("cannot ask whether \(source) reaches \(destination): \(error)", comment, sourceLocation)
        return nil
    }
    if result.isReachable != expected {
        let verdict = expected ? "to be reachable, but it is not" : "to be unreachable, but it is reachable"
        record("expected \(destination) from \(source) on \(ports) \(verdict)\n\(result)", comment, sourceLocation)
    }
    return result
}

/// The world a helper asks: the one given, or the current `.scenario(...)` world.
private func activeWorld(_ world: World?, _ sourceLocation: Testing.SourceLocation) -> World? {
    if let world = world ?? ScenarioFoundation.active?.world { return world }
    Issue.record(
        Comment(rawValue: ScenarioTraitError().description + ", or pass the world with in:"),
        sourceLocation: sourceLocation)
    return nil
}

private func record(_ text: String, _ comment: Comment?, _ sourceLocation: Testing.SourceLocation) {
    let lines = [comment?.rawValue, text].compactMap { $0 }.joined(separator: "\n")
    Issue.record(Comment(rawValue: lines), sourceLocation: sourceLocation)
}
