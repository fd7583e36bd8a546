import LZPolicy
import Testing

/// Properties every decision must have, checked over generated requests and policies.
@Suite struct PropertyTests {
    static let actions = ["s3:GetObject", "s3:PutObject", "ec2:RunInstances", "kms:Decrypt", "iam:PassRole"]
    static let resources = [
        "arn:aws:s3:::data/k", "arn:aws:s3:::home/alice/x", "*", "arn:aws:kms:eu-west-1:111111111111:key/k1",
        "arn:aws:iam::111111111111:role/Dev",
    ]
    static let principals = [Fixture.alice, Fixture.devRole, Fixture.devSession, Fixture.root, Fixture.otherAlice]
    static let statements = [
        #"{"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::data/*"}"#,
        #"{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}"#,
        #"{"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::home/${aws:username}/*"}"#,
        #"{"Effect": "Allow", "Action": "kms:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}"#,
        #"{"Effect": "Deny", "Action": "s3:Put*", "Resource": "*", "Condition": {"StringNotEqualsIfExists": {"aws:RequestedRegion": "eu-west-1"}}}"#,
        #"{"Effect": "Allow", "Action": "ec2:*", "NotResource": "arn:aws:s3:::*"}"#,
    ]

    func randomSet(_ generator: inout SplitMix64) -> PolicySet {
        func pick<T>(_ items: [T]) -> T { items[Int(generator.next() % UInt64(items.count))] }
        func document() -> Policy {
            let chosen = (0..<1 + Int(generator.next() % 3)).map { _ in pick(Self.statements) }
            return Fixture.policy("{\"Version\": \"2012-10-17\", \"Statement\": [\(chosen.joined(separator: ","))]}")
        }
        var set = PolicySet(identityPolicies: (0..<Int(generator.next() % 3)).map { _ in document() })
        if generator.next() % 3 == 0 { set.permissionsBoundary = document() }
        if generator.next() % 3 == 0 { set.sessionPolicies = [document()] }
        return set
    }

    func randomRequest(_ generator: inout SplitMix64) -> AuthorizationRequest {
        func pick<T>(_ items: [T]) -> T { items[Int(generator.next() % UInt64(items.count))] }
        var context = RequestContext()
        if generator.next() % 2 == 0 { context["aws:RequestedRegion"] = [pick(["eu-west-1", "us-east-1"])] }
        if generator.next() % 2 == 0 { context["aws:SecureTransport"] = [pick(["true", "false"])] }
        if generator.next() % 2 == 0 { context["aws:username"] = ["alice"] }
        return Fixture.request(
            pick(Self.principals), action: pick(Self.actions), resource: pick(Self.resources), context: context)
    }

    @Test("adding a Deny of everything to the identity policies always denies explicitly (…policy-eval-denyallow.html)")
    func denyAllDominates() {
        var generator = SplitMix64(seed: 1)
        let denyAll = Fixture.statement("Deny")
        for _ in 0..<300 {
            var set = randomSet(&generator)
            let request = randomRequest(&generator)
            guard request.principal.kind != .root else { continue }
            set.identityPolicies.append(denyAll)
            #expect(Authorizer.evaluate(request, against: set).outcome == .explicitlyDenied)
        }
    }

    @Test("action case does not change a decision (reference_policies_elements_action.html)")
    func actionCaseInsensitive() {
        var generator = SplitMix64(seed: 2)
        for _ in 0..<300 {
            let set = randomSet(&generator)
            var request = randomRequest(&generator)
            let before = Authorizer.evaluate(request, against: set).outcome
            request.action = request.action.uppercased()
            #expect(Authorizer.evaluate(request, against: set).outcome == before)
        }
    }

    @Test("adding an Allow never turns an allow into a deny, and a boundary never widens access")
    func monotonicity() {
        var generator = SplitMix64(seed: 3)
        for _ in 0..<300 {
            var set = randomSet(&generator)
            let request = randomRequest(&generator)
            let before = Authorizer.evaluate(request, against: set).outcome
            set.identityPolicies.append(Fixture.statement(action: "\"s3:*\""))
            if before == .allowed { #expect(Authorizer.evaluate(request, against: set).outcome == .allowed) }
            set.permissionsBoundary = Fixture.statement(action: "\"ec2:*\"", kind: .boundary)
            let bounded = Authorizer.evaluate(request, against: set)
            if bounded.isAllowed, request.principal.kind != .root {
                #expect(request.action.lowercased().hasPrefix("ec2:"))
            }
        }
    }

    @Test("explaining or tracing never changes the decision")
    func explanationIsPure() {
        var generator = SplitMix64(seed: 4)
        for _ in 0..<300 {
            let set = randomSet(&generator)
            let request = randomRequest(&generator)
            let plain = Authorizer.evaluate(request, against: set)
            let traced = Authorizer.evaluate(request, against: set, options: .init(explain: true, trace: true))
            #expect(plain.outcome == traced.outcome)
            #expect(plain.implicitDenyIn == traced.implicitDenyIn)
            #expect(plain.explicitDenyIn == traced.explicitDenyIn)
        }
    }

    @Test("mutated evaluate cases never crash: each is evaluated or gets a one-line error")
    func mutatedCases() {
        var generator = SplitMix64(seed: 5)
        let base = Array(
            #"""
            {"id": "x", "principal": {"arn": "arn:aws:iam::111111111111:user/a", "tags": {"team": "red"}},
             "identity_policies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*",
               "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}]}],
             "scps": [[{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}]],
             "grants": [{"grantee_principal": "arn:aws:iam::111111111111:user/a", "operations": ["Decrypt"]}],
             "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "context": {"aws:SourceIp": "10.1.1.1"}}
            """#.utf8)
        var evaluated = 0
        for _ in 0..<2_000 {
            var bytes = base
            for _ in 0..<1 + Int(generator.next() % 3) {
                bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next() % 128)
            }
            guard let node = try? JSONScanner.parse(String(decoding: bytes, as: UTF8.self)) else { continue }
            do {
                _ = try EvaluationCase(decoding: node, epochSeconds: 0).evaluate(options: .init(explain: true))
                evaluated += 1
            } catch {
                #expect(!error.message.contains("\n"))
            }
        }
        #expect(evaluated > 0)
    }
}
