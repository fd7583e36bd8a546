import LZSim

extension BuiltFoundation {
    /// The foundation's world with an overlay's attachments and detachments made, a what-if
    /// variant for one check or one mutation; the foundation itself stays as it was.
    func world(applying overlay: CheckDeclaration.Overlay) throws(ScenarioError) -> World {
        guard let management = managementAccount, let managementID = accountIDs[management] else {
            throw ScenarioError(
                "an overlay changes the organization, and this foundation has none", at: overlay.location)
        }
        var world = self.world
        let root = try WorldCall.run(at: overlay.location, &world) { (world: inout World) throws(AWSError) in
            try world.rootSession(of: managementID)
        }
        for (attachments, attach) in [(overlay.attach, true), (overlay.detach, false)] {
            for attachment in attachments {
                guard let policy = organizationPolicyIDs[attachment.policy.text] else {
                    throw ScenarioError(
                        "no organization policy named '\(attachment.policy.text)'", at: attachment.policy.location,
                        hint: Suggestion.hint(for: attachment.policy.text, among: organizationPolicyIDs.keys))
                }
                let target = try target(attachment.target)
                try WorldCall.run(at: attachment.target.location, &world) { (world: inout World) throws(AWSError) in
                    if attach {
                        try world.attachPolicy(policyID: policy, targetID: target, as: root)
                    } else {
                        try world.detachPolicy(policyID: policy, targetID: target, as: root)
                    }
                }
            }
        }
        return world
    }

    /// An OU (or `root`) or an account, by its scenario name.
    func target(_ name: Named) throws(ScenarioError) -> String {
        if let unit = unitIDs[name.text] { return unit }
        if let account = accountIDs[name.text] { return account }
        throw ScenarioError(
            "no OU or account named '\(name.text)'", at: name.location,
            hint: Suggestion.hint(for: name.text, among: Array(unitIDs.keys) + Array(accountIDs.keys)))
    }
}
