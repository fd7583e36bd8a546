import LZPolicy
import Testing

/// Decisions explain themselves in terms of the user's own policies.
@Suite struct ExplanationTests {
    let denyRegions = Fixture.policy(
        #"""
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "DenyOutsideEU", "Effect": "Deny", "Action": "*", "Resource": "*",
           "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-west-1", "eu-central-1"]}}}]}
        """#, kind: .scp, name: "ou-prod/DenyRegions")

    @Test("an SCP deny names the policy, the Sid, the level and the clause with the request value")
    func scpDenyExplained() throws {
        let set = PolicySet(
            identityPolicies: [Fixture.allowAll],
            serviceControlPolicies: [[Fixture.statement(kind: .scp)], [denyRegions]])
        let request = Fixture.request(context: RequestContext(["aws:RequestedRegion": "us-east-1"]))
        let decision = Authorizer.evaluate(request, against: set)
        #expect(decision.summary == #"ExplicitlyDenied by scp (scp[1] ou-prod/DenyRegions Sid "DenyOutsideEU")"#)
        let statement = try #require(decision.explanation.first)
        #expect(statement.position == SourcePosition(line: 2, column: 3))
        #expect(
            statement.reasons.last
                == #"StringNotEquals aws:RequestedRegion: request "us-east-1", policy "eu-west-1", "eu-central-1" → true"#
        )
    }

    @Test("an implicit deny lists the statements of the kind that lacked an Allow and why each missed")
    func implicitDenyExplained() throws {
        let readOnly = Fixture.policy(
            #"{"Version": "2012-10-17", "Statement": [{"Sid": "Read", "Effect": "Allow", "Action": "s3:Get*", "Resource": "arn:aws:s3:::data/*"}]}"#,
            name: "ReadData")
        let decision = Authorizer.evaluate(
            Fixture.request(action: "s3:PutObject"), against: PolicySet(identityPolicies: [readOnly]),
            options: .init(explain: true))
        #expect(decision.summary == "ImplicitlyDenied: no Allow in identity")
        let statement = try #require(decision.explanation.first)
        #expect(!statement.matched)
        #expect(statement.reasons.first == #"action "s3:PutObject" matches none of Action "s3:Get*""#)
        #expect(statement.description.hasPrefix(#"identity ReadData Sid "Read" at 1:41: Allow does not apply"#))
    }

    @Test("an unfilled policy variable is named in the explanation (reference_policies_variables.html)")
    func unresolvedVariableExplained() throws {
        let home = Fixture.statement(action: "\"s3:*\"", resource: "\"arn:aws:s3:::home/${aws:username}/*\"")
        let decision = Authorizer.evaluate(
            Fixture.request(resource: "arn:aws:s3:::home/alice/x"), against: PolicySet(identityPolicies: [home]),
            options: .init(explain: true))
        let statement = try #require(decision.explanation.first)
        #expect(
            statement.reasons.contains(
                "${aws:username} has no value in the request, so its Resource entry matches nothing"))
    }

    @Test("explanations of an allow name the granting statements, only when asked for")
    func allowExplained() {
        let set = PolicySet(identityPolicies: [Fixture.allowAll])
        #expect(Authorizer.evaluate(Fixture.request(), against: set).explanation.isEmpty)
        let explained = Authorizer.evaluate(Fixture.request(), against: set, options: .init(explain: true))
        #expect(explained.explanation.map(\.source) == [.identity])
        #expect(explained.explanation.allSatisfy { $0.matched })
    }

    @Test("a trace covers every statement of every applicable policy")
    func fullTrace() {
        let set = PolicySet(
            identityPolicies: [Fixture.allowAll, Fixture.statement("Deny", action: "\"ec2:*\"")],
            permissionsBoundary: Fixture.statement(kind: .boundary),
            serviceControlPolicies: [[Fixture.statement(kind: .scp)]])
        let decision = Authorizer.evaluate(Fixture.request(), against: set, options: .init(trace: true))
        #expect(decision.trace.map(\.source) == [.scp, .identity, .identity, .boundary])
        #expect(decision.trace.map(\.matched) == [true, true, false, true])
    }

    @Test("notes say why a key policy or a KMS grant decided")
    func notes() {
        let key = "arn:aws:kms:eu-west-1:111111111111:key/k1"
        let decision = Authorizer.evaluate(
            Fixture.request(action: "kms:Decrypt", resource: key), against: PolicySet(), options: .init(explain: true))
        #expect(decision.notes == ["a key policy must allow the caller, even in its own account"])
    }

    @Test("one compiled policy set decides concurrently with the same answers")
    func concurrentEvaluation() async {
        let set = PolicySet(
            identityPolicies: [Fixture.allowAll], serviceControlPolicies: [[denyRegions, Fixture.allowAll]])
        let outcomes = await withTaskGroup(of: [Decision.Outcome].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    ["eu-west-1", "us-east-1"].map { region in
                        Authorizer.evaluate(
                            Fixture.request(context: RequestContext(["aws:RequestedRegion": region])), against: set
                        ).outcome
                    }
                }
            }
            var all: [[Decision.Outcome]] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(outcomes.count == 8)
        #expect(outcomes.allSatisfy { $0 == [.allowed, .explicitlyDenied] })
    }
}
