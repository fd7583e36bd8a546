/// One statement of a policy document, with the position of each element.
public struct Statement: Sendable {
    /// The optional `Sid`.
    public var sid: Located<String>?
    /// `Allow` or `Deny`.
    public var effect: Located<Effect>
    /// The `Principal` or `NotPrincipal` element, if present.
    public var principal: PrincipalElement?
    /// The `Action` or `NotAction` element.
    public var action: ListElement
    /// The `Resource` or `NotResource` element, if present (trust policies omit it).
    public var resource: ListElement?
    /// The `Condition` clauses, ANDed.
    public var conditions: [ConditionClause]
    /// Where the statement's opening brace is.
    public var position: SourcePosition
    /// The statement's index in its policy, from 0.
    public var index: Int

    /// Creates a statement.
    public init(
        sid: Located<String>?,
        effect: Located<Effect>,
        principal: PrincipalElement?,
        action: ListElement,
        resource: ListElement?,
        conditions: [ConditionClause],
        position: SourcePosition,
        index: Int
    ) {
        self.sid = sid
        self.effect = effect
        self.principal = principal
        self.action = action
        self.resource = resource
        self.conditions = conditions
        self.position = position
        self.index = index
    }

    /// `Sid "X"` when the statement has one, else `statement N` (counting from 0), for explanations.
    public var label: String {
        if let sid { return "Sid \"\(sid.value)\"" }
        return "statement \(index)"
    }
}

/// An `Action`/`NotAction` or `Resource`/`NotResource` element: a list of strings, possibly negated.
public struct ListElement: Sendable {
    /// The entries as written.
    public var values: [Located<String>]
    /// `true` for `NotAction` and `NotResource`.
    public var isNegated: Bool
    /// Where the element's key is.
    public var position: SourcePosition

    /// Creates a list element.
    public init(values: [Located<String>], isNegated: Bool, position: SourcePosition) {
        self.values = values
        self.isNegated = isNegated
        self.position = position
    }
}
