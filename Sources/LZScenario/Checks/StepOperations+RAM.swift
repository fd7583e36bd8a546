import LZSim

extension StepOperations {
    /// AWS RAM calls: a subnet, transit gateway or Resolver rule shared with more principals.
    static let resourceShareCalls: [String: Entry] = [
        "ram:CreateResourceShare": Entry(
            parameters: ["Name", "ResourceArns", "Principals", "AllowExternalPrincipals"]
        ) { world, session, with throws(StepFailure) in
            let (name, resources, principals, external) = try read { () throws(ScenarioError) in
                (
                    try with.required("Name"), try with.strings("ResourceArns"), try with.strings("Principals"),
                    try with.bool("AllowExternalPrincipals") ?? true
                )
            }
            return .text(
                try aws { () throws(AWSError) in
                    try world.createResourceShare(
                        name: name, resourceArns: resources, principals: principals,
                        allowExternalPrincipals: external, as: session
                    ).resourceShareArn
                })
        }
    ]
}
