import LZPolicy

/// Generated workloads for the scaling series.
enum Synthetic {
    static let principal = Principal(arn: "arn:aws:iam::111111111111:user/alice")!

    /// Parses and compiles without the size quota: the scaling series goes past what AWS accepts.
    static func policy(_ json: String, _ kind: PolicyKind) -> Policy {
        let parsed = PolicyParser.parse(json)
        guard let document = parsed.document, !parsed.hasErrors else {
            fatalError("benchmark policy does not parse: \(parsed.diagnostics)")
        }
        return Policy(document: document, kind: kind, name: "synthetic")
    }

    /// An identity policy of `count` statements; only the last one matches the request.
    static func statements(_ count: Int) -> (AuthorizationRequest, PolicySet) {
        var statements: [String] = []
        for index in 0..<count - 1 {
            statements.append(
                #"{"Effect":"Allow","Action":["s3:Get*","s3:List*"],"Resource":"arn:aws:s3:::bucket-\#(index)/*","#
                    + #""Condition":{"StringEquals":{"aws:RequestedRegion":"eu-west-1"}}}"#)
        }
        statements.append(#"{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::data/*"}"#)
        let json = #"{"Version":"2012-10-17","Statement":["# + statements.joined(separator: ",") + "]}"
        let request = AuthorizationRequest(
            principal: principal, action: "s3:GetObject", resource: "arn:aws:s3:::data/k",
            context: RequestContext(["aws:RequestedRegion": "eu-west-1"]))
        return (request, PolicySet(identityPolicies: [policy(json, .roleInline)]))
    }

    /// `levels` SCP levels, each with FullAWSAccess and a conditional Deny that does not apply.
    static func scpLevels(_ levels: Int) -> (AuthorizationRequest, PolicySet) {
        let full = policy(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#, .scp)
        let deny = policy(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*","#
                + #""Condition":{"StringNotEquals":{"aws:RequestedRegion":["eu-west-1","eu-central-1"]}}}]}"#, .scp)
        let identity = policy(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#, .identity)
        let request = AuthorizationRequest(
            principal: principal, action: "s3:GetObject", resource: "arn:aws:s3:::data/k",
            context: RequestContext(["aws:RequestedRegion": "eu-west-1"]))
        let scps = Array(repeating: [full, deny], count: levels)
        return (request, PolicySet(identityPolicies: [identity], serviceControlPolicies: scps))
    }
}
