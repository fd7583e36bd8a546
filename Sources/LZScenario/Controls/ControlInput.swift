import LZSim

/// What a control evaluates: the world, the accounts in scope, and the parameters with the
/// suite's overrides applied.
struct ControlInput: Sendable {
    /// An account in scope.
    struct ScopedAccount: Sendable {
        var id: String
        var name: String
    }

    let world: World
    /// The accounts in scope, sorted by name.
    let accounts: [ScopedAccount]
    /// Account names by ID, for resources held outside the accounts (networks, buckets).
    let names: [String: String]
    /// Parameter values by name, defaults included.
    let parameters: [String: [String]]
    /// Scenario names of resources by ARN (`prod.app-data` for a key), for stable labels.
    let labels: [String: String]

    init(
        world: World, accounts: [ScopedAccount], control: Control, overrides: [String: [String]] = [:],
        labels: [String: String] = [:]
    ) {
        self.world = world
        self.accounts = accounts.sorted { $0.name < $1.name }
        self.names = Dictionary(accounts.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var parameters: [String: [String]] = [:]
        for parameter in control.parameters { parameters[parameter.name] = parameter.defaultValue }
        parameters.merge(overrides) { _, override in override }
        self.parameters = parameters
        self.labels = labels
    }

    /// A number parameter.
    func int(_ name: String) -> Int { parameters[name].flatMap(\.first).flatMap(Int.init) ?? 0 }

    /// A list parameter.
    func strings(_ name: String) -> [String] { parameters[name] ?? [] }

    /// A list of ports.
    func ports(_ name: String) -> Set<Int> { Set(strings(name).compactMap(Int.init)) }

    /// The name of an account in scope, `nil` when the account is not in scope.
    func account(_ id: String) -> String? { names[id] }

    /// A finding on a resource of an account in scope.
    func finding(
        _ account: String, _ type: String, _ name: String, id: String, _ status: ControlStatus,
        tags: [String: String]? = [:]
    ) -> ControlFinding {
        ControlFinding(resource: "\(account)/\(type)/\(name)", identifier: id, status: status, tags: tags)
    }
}
