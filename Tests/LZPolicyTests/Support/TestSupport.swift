import LZPolicy
import Testing

/// Builds policies and requests from short JSON snippets, recording failures at the caller's line.
enum Fixture {
    static let alice = "arn:aws:iam::111111111111:user/alice"
    static let devRole = "arn:aws:iam::111111111111:role/Dev"
    static let devSession = "arn:aws:sts::111111111111:assumed-role/Dev/alice"
    static let root = "arn:aws:iam::111111111111:root"
    static let bucketObject = "arn:aws:s3:::data/report.csv"
    static let otherAlice = "arn:aws:iam::222222222222:user/alice"

    /// A policy from a document text; records an issue and returns an empty policy when it does not compile.
    static func policy(
        _ json: String, kind: PolicyKind = .identity, name: String = "test",
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Policy {
        do {
            return try Policy(json: json, kind: kind, name: name)
        } catch {
            Issue.record("policy does not compile: \(error)", sourceLocation: sourceLocation)
            return try! Policy(json: #"{"Version":"2012-10-17","Statement":[]}"#, kind: .resource, name: name)
        }
    }

    /// A policy of one statement built from its elements, under version 2012-10-17.
    static func statement(
        _ effect: String = "Allow", action: String = "\"*\"", resource: String? = "\"*\"", principal: String? = nil,
        condition: String? = nil, extra: String? = nil, version: String? = "2012-10-17", kind: PolicyKind = .identity,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Policy {
        var elements = ["\"Effect\": \"\(effect)\"", "\"Action\": \(action)"]
        if let resource { elements.append("\"Resource\": \(resource)") }
        if let principal { elements.append("\"Principal\": \(principal)") }
        if let condition { elements.append("\"Condition\": \(condition)") }
        if let extra { elements.append(extra) }
        let versionText = version.map { "\"Version\": \"\($0)\", " } ?? ""
        let json = "{\(versionText)\"Statement\": [{\(elements.joined(separator: ", "))}]}"
        return policy(json, kind: kind, sourceLocation: sourceLocation)
    }

    static let allowAll = statement()

    /// A request by `principal` (an ARN), failing the test when the ARN is not a principal.
    static func request(
        _ principal: String = alice, action: String = "s3:GetObject", resource: String = bucketObject,
        context: RequestContext = RequestContext(), tags: [String: String] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> AuthorizationRequest {
        guard let caller = Principal(arn: principal, tags: tags) else {
            Issue.record("not a principal: \(principal)", sourceLocation: sourceLocation)
            return AuthorizationRequest(principal: .anonymous, action: action, resource: resource, context: context)
        }
        return AuthorizationRequest(principal: caller, action: action, resource: resource, context: context)
    }

    static func decide(_ request: AuthorizationRequest, _ policies: PolicySet) -> Decision.Outcome {
        Authorizer.evaluate(request, against: policies).outcome
    }
}
