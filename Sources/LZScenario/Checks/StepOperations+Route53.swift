import LZSim

extension StepOperations {
    /// Route 53 calls: one record set changed in a hosted zone, so a suite can take away what a
    /// certificate's validation depends on.
    static let route53Calls: [String: Entry] = [
        // One change of AWS's ChangeBatch, flattened: the Action, and the record set's Name, Type,
        // TTL and Values (DELETE must name the values exactly, as Route 53 insists).
        "route53:ChangeResourceRecordSets": Entry(
            parameters: ["HostedZoneId", "Action", "Name", "Type", "TTL", "Values"]
        ) { world, session, with throws(StepFailure) in
            let (zone, action, name, type, ttl, values) = try read { () throws(ScenarioError) in
                (
                    try with.required("HostedZoneId"), try recordAction(with), try with.required("Name"),
                    try with.required("Type"), try with.int("TTL") ?? 300, try with.strings("Values")
                )
            }
            let change = ResourceRecordSetChange(
                action: action,
                resourceRecordSet: ResourceRecordSet(name: name, type: type, ttl: ttl, resourceRecords: values))
            try aws { () throws(AWSError) in
                try world.changeResourceRecordSets(hostedZoneID: zone, changes: [change], as: session)
            }
            return .none
        }
    ]

    /// `CREATE`, `DELETE` or `UPSERT`.
    private static func recordAction(_ with: StepParameters) throws(ScenarioError) -> ResourceRecordSetChange.Action {
        let text = try with.required("Action")
        guard let action = ResourceRecordSetChange.Action(rawValue: text) else {
            throw ScenarioError(
                "expected CREATE, DELETE or UPSERT for 'Action', found '\(text)'", at: with.node("Action")!.location,
                hint: Suggestion.hint(for: text, among: ["CREATE", "DELETE", "UPSERT"]))
        }
        return action
    }
}
