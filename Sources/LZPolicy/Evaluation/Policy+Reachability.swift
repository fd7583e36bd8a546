extension Policy {
    /// Whether some `Allow` statement could apply to `action` on `resource` in some request: the
    /// action and the fixed resource patterns must match, while conditions and resource entries
    /// with policy variables count as possibly matching.
    ///
    /// A `false` is certain (no request context makes this policy allow the request), which lets
    /// a "who can" query skip principals without building their request contexts.
    /// - Parameters:
    ///   - action: The action, in any case.
    ///   - resource: The resource ARN.
    public func mayAllow(action: String, resource: String) -> Bool {
        let lowered = action.lowercased()
        return allows.contains { statement in
            statement.matchesAction(lowered) && statement.mayMatchResource(resource)
        }
    }
}

extension CompiledStatement {
    /// Whether `Resource`/`NotResource` could cover the resource in some context: a template
    /// (an entry with variables) may match anything its variables produce.
    func mayMatchResource(_ resource: String) -> Bool {
        guard let resources else { return true }
        var fixedMatch = false
        var hasTemplates = false
        for matcher in resources {
            switch matcher {
            case .fixed(let pattern): if pattern.matches(resource) { fixedMatch = true }
            case .template: hasTemplates = true
            }
        }
        // NotResource excludes what its entries match; a template might exclude it too, or not.
        return resourcesNegated ? !fixedMatch : (fixedMatch || hasTemplates)
    }
}
