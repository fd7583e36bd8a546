public import Foundation

/// Reads scenario files: YAML with positions, includes merged in order (cycles refused, paths
/// confined to the suite's root), every value checked where it is written.
public struct ScenarioLoader: Sendable {
    /// The folder includes and policy files must stay inside.
    public let root: URL

    /// Creates a loader confined to `root`.
    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    static let topLevelKeys = [
        "scenario", "seed", "clock", "include", "frameworks", "foundation", "checks", "mutation",
    ]

    /// Loads the scenario in `url`.
    /// - Throws: ``ScenarioError`` at the first problem, with its file, line and column.
    public func load(_ url: URL) throws(ScenarioError) -> Scenario {
        let file = PathResolver.display(url)
        let (fields, foundation) = try loadFile(url, stack: [])
        var checks: [CheckDeclaration] = []
        var seen: [String: SourceLocation] = [:]
        let parser = CheckParser(resolver: PathResolver(root: root, folder: url.deletingLastPathComponent()))
        for element in fields["checks"]?.elements ?? [] {
            let check = try parser.parse(element)
            if let first = seen[check.id.text] {
                throw ScenarioError(
                    "duplicate check id '\(check.id.text)'; ids name testcases and must be unique in a scenario",
                    at: check.id.location, hint: "the first is at \(first)")
            }
            seen[check.id.text] = check.id.location
            checks.append(check)
        }
        if let checksNode = fields["checks"], checksNode.elements == nil,
            checksNode.entries != nil || checksNode.scalar != nil
        {
            throw ScenarioError("expected a list of checks, found \(checksNode.shape)", at: checksNode.location)
        }
        var clock: Date?
        if let text = try fields.string("clock") {
            guard let date = ScenarioDates.parse(text) else {
                throw ScenarioError(
                    "expected a time such as 2026-01-01T00:00:00Z for 'clock', found '\(text)'",
                    at: fields["clock"]!.location)
            }
            clock = date
        }
        let seed = try fields.int("seed") ?? 0
        guard seed >= 0 else {
            throw ScenarioError("expected a seed of 0 or more, found \(seed)", at: fields["seed"]!.location)
        }
        var mutation: MutationDeclaration?
        if let node = fields["mutation"] {
            if let checksNode = fields["checks"] {
                throw ScenarioError(
                    "a mutation replays the checks of the scenarios it names, and has none of its own",
                    at: checksNode.location, hint: "move these checks into a scenario the mutation names in 'of'")
            }
            mutation = try MutationParser(
                resolver: PathResolver(root: root, folder: url.deletingLastPathComponent())
            ).parse(node, addsFoundation: fields.has("foundation"))
        }
        let resolver = PathResolver(root: root, folder: url.deletingLastPathComponent())
        var includes: [String] = []
        for (path, location) in try fields.strings("include") {
            includes.append(try resolver.resolve(path, from: location).path)
        }
        let ownFoundation = fields.has("foundation")
        return Scenario(
            file: file, suiteName: Self.suiteName(for: file), title: try fields.string("scenario"), seed: UInt64(seed),
            clock: clock, frameworks: try fields.strings("frameworks").map(\.text), foundation: foundation,
            checks: checks, location: SourceLocation(file: file, line: 1, column: 1), mutation: mutation,
            // Files that only include a foundation share it; a file that adds to it has its own,
            // which mutations replaying the file build once too.
            foundationKey: ((ownFoundation || includes.isEmpty ? ["file \(url.standardizedFileURL.path)"] : includes)
                + ["seed \(seed)", "clock \(clock.map { "\($0.timeIntervalSince1970)" } ?? "none")"])
                .joined(separator: "\n"),
            declaresFoundation: ownFoundation || !includes.isEmpty)
    }

    /// Whether a file is a scenario rather than a foundation that others include: a foundation
    /// has `foundation:`, no `checks:`, and nothing a scenario could mean. Anything else, a file
    /// with a misspelt key or one that cannot be read included, is run, so its problems are
    /// reported instead of the file being skipped.
    public func isScenario(_ url: URL) -> Bool {
        guard let text = try? String(contentsOf: url, encoding: .utf8),
            let node = try? YAMLNode.parse(text, file: PathResolver.display(url)), let entries = node.entries
        else { return true }
        let keys = Set(entries.map(\.key))
        return !(keys.contains("foundation") && keys.isSubset(of: ["foundation", "include", "scenario"]))
    }

    /// Reads one file and the foundations it includes, merged in order.
    private func loadFile(_ url: URL, stack: [URL]) throws(ScenarioError) -> (Fields, FoundationDeclaration) {
        let file = PathResolver.display(url)
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ScenarioError("cannot read the file", at: SourceLocation(file: file, line: 1, column: 1))
        }
        let node = try YAMLNode.parse(text, file: file)
        if case .null = node.value {
            throw ScenarioError(
                "the file is empty; expected a scenario with 'checks' or a foundation", at: node.location)
        }
        let fields = try Fields(node, "a scenario file", allowed: Self.topLevelKeys)
        let resolver = PathResolver(root: root, folder: url.deletingLastPathComponent())
        var merged = FoundationDeclaration()
        for (path, location) in try fields.strings("include") {
            let included = try resolver.resolve(path, from: location)
            guard !(stack + [url.standardizedFileURL]).contains(included) else {
                let chain = (stack + [url, included]).map { PathResolver.display($0) }.joined(separator: " → ")
                throw ScenarioError("include cycle: \(chain)", at: location)
            }
            guard FileManager.default.fileExists(atPath: included.path) else {
                throw ScenarioError(
                    "included file '\(path)' does not exist", at: location,
                    hint: "paths are relative to \(PathResolver.display(url.deletingLastPathComponent()))")
            }
            let (_, foundation) = try loadFile(included, stack: stack + [url.standardizedFileURL])
            try merged.merge(foundation)
        }
        if let foundation = fields["foundation"] {
            try merged.merge(try FoundationParser(resolver: resolver).parse(foundation))
        }
        return (fields, merged)
    }

    /// `scenarios/kms/encryption-at-rest.yaml` → `kms.encryption-at-rest`.
    static func suiteName(for file: String) -> String {
        var components = file.split(separator: "/").map(String.init)
        if let index = components.firstIndex(of: "scenarios") {
            components.removeFirst(index + 1)
        }
        if let last = components.popLast() {
            let stem =
                last.hasSuffix(".yaml")
                ? String(last.dropLast(5)) : last.hasSuffix(".yml") ? String(last.dropLast(4)) : last
            components.append(stem)
        }
        return components.joined(separator: ".")
    }
}

extension FoundationDeclaration {
    /// Adds an included foundation: accounts must not repeat, and one file declares the organization.
    mutating func merge(_ other: FoundationDeclaration) throws(ScenarioError) {
        for region in other.regions where !regions.contains(region) { regions.append(region) }
        if let organization = other.organization {
            if let existing = self.organization {
                throw ScenarioError(
                    "the organization is declared twice", at: organization.location,
                    hint: "the first is at \(existing.location)")
            }
            self.organization = organization
        }
        // A file may add IAM resources to an account an included foundation declares.
        for account in other.accounts {
            guard let index = accounts.firstIndex(where: { $0.name.text == account.name.text }) else {
                accounts.append(account)
                continue
            }
            accounts[index].iam.policies += account.iam.policies
            accounts[index].iam.groups += account.iam.groups
            accounts[index].iam.roles += account.iam.roles
            accounts[index].iam.users += account.iam.users
            accounts[index].keys += account.keys
            accounts[index].workloads.merge(account.workloads)
            accounts[index].outsideOrganization = accounts[index].outsideOrganization || account.outsideOrganization
            if let network = account.networks.first {
                if let existing = accounts[index].networks.first {
                    throw ScenarioError(
                        "the network of account '\(account.name.text)' is declared twice", at: network.location,
                        hint: "the first is at \(existing.location); keep an account's networks in one file")
                }
                accounts[index].networks = account.networks
            }
        }
        if let center = other.identityCenter {
            if let existing = identityCenter {
                throw ScenarioError(
                    "Identity Center is declared twice", at: center.location,
                    hint: "the first is at \(existing.location)")
            }
            identityCenter = center
        }
        if let services = other.securityServices {
            if let existing = securityServices {
                throw ScenarioError(
                    "security_services is declared twice", at: services.location,
                    hint: "the first is at \(existing.location)")
            }
            securityServices = services
        }
    }
}
