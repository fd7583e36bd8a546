public import Foundation
public import LZSim

/// A scenario or foundation file, loaded and built into a world, for code that asks its own
/// questions of the landing zone (Swift tests, tools) instead of running the file's checks.
///
/// ```swift
/// let foundation = try ScenarioFoundation(contentsOf: URL(fileURLWithPath: "scenarios/foundation.yaml"))
/// let admin = try foundation.session("dev-app1/role/Admin")
/// let decision = foundation.world.authorize(AccessRequest(
///     session: admin, action: "ec2:CreateVpc", resource: ResourceReference(arn: "*")))
/// ```
public struct ScenarioFoundation: Sendable {
    /// The loaded file.
    public let scenario: Scenario
    /// The built world; a value, so a copy changed by one caller leaves every other copy alone.
    public var world: World
    let built: BuiltFoundation

    /// Loads the file at `url` (its includes merged in) and builds its foundation.
    /// - Parameters:
    ///   - url: A scenario or foundation file.
    ///   - root: The folder includes and policy files must stay inside; the file's folder by default.
    /// - Throws: ``ScenarioError`` at the first problem, with its file, line and column.
    public init(contentsOf url: URL, root: URL? = nil) throws(ScenarioError) {
        let loaded = try ScenarioLoader(root: root ?? url.deletingLastPathComponent()).load(url)
        let built = try FoundationBuilder(scenario: loaded).build()
        self.scenario = loaded
        self.world = built.world
        self.built = built
    }

    /// Account IDs by the names the file gives the accounts.
    public var accountIDs: [String: String] { built.accountIDs }

    /// The ID of the account the file names `name`, such as `dev-app1`.
    /// - Throws: ``ScenarioError`` naming the unknown account, with the closest known name.
    public func accountID(_ name: String) throws(ScenarioError) -> String {
        try built.accountID(Named(text: name, location: scenario.location))
    }

    /// A session of a principal written as a scenario writes it: `account/root`,
    /// `account/user/NAME`, `account/role/NAME`, `account/sso/PERMISSION_SET/USER` or an ARN,
    /// with `${accounts.NAME}` substituted, made against the current ``world``.
    /// - Throws: ``ScenarioError`` when the principal does not exist or cannot be reached.
    public func session(_ principal: String) throws(ScenarioError) -> Session {
        let resolver = PrincipalResolver(built: built, world: world, saved: [:], variables: [:])
        return try resolver.session(
            for: PrincipalDeclaration(reference: Named(text: principal, location: scenario.location)))
    }

    /// `text` with every `${accounts.NAME}` replaced by the account's ID, as in scenario files.
    /// - Throws: ``ScenarioError`` naming an unknown account.
    public func substitute(_ text: String) throws(ScenarioError) -> String {
        try built.substitute(text, at: scenario.location)
    }

    /// The file's checks, in file order, each runnable on its own against this foundation.
    public var checks: [ScenarioCheck] {
        scenario.checks.map { ScenarioCheck(declaration: $0, built: built, scenario: scenario) }
    }
}
