public import LZSim

/// One resource's status under one control, as ``Control/evaluate(in:accounts:parameters:)`` returns it.
public struct ControlEvaluation: Sendable {
    /// The control's ID.
    public let controlID: String
    /// The resource: `ACCOUNT/TYPE/NAME`.
    public let resource: String
    /// The resource's ARN or ID.
    public let identifier: String
    /// COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE or an evaluation error, with the reason.
    public let status: ControlStatus
}

extension Control {
    /// Evaluates the control over a world, outside any scenario (benchmarks, tools).
    /// - Parameters:
    ///   - world: The world to read.
    ///   - accounts: The account IDs in scope; every account of the world when `nil`.
    ///   - parameters: Overrides of the control's parameters by name.
    /// - Returns: One evaluation per resource in scope.
    public func evaluate(
        in world: World, accounts: [String]? = nil, parameters: [String: [String]] = [:]
    ) -> [ControlEvaluation] {
        let scoped = (accounts?.compactMap { world.account($0) } ?? world.accounts).map {
            ControlInput.ScopedAccount(id: $0.id, name: $0.name)
        }
        let input = ControlInput(world: world, accounts: scoped, control: self, overrides: parameters)
        return evaluate(input).map {
            ControlEvaluation(controlID: id, resource: $0.resource, identifier: $0.identifier, status: $0.status)
        }
    }
}
