import LZPolicy
import Testing

/// The `lzsim evaluate` contract: decoding cases, error lines that name the field, output lines.
@Suite struct EvaluationCaseTests {
    func run(_ json: String) throws -> String {
        let node = try JSONScanner.parse(json)
        do {
            let evaluationCase = try EvaluationCase(decoding: node, epochSeconds: 1_700_000_000)
            return EvaluationCase.outputLine(
                id: evaluationCase.id, expected: evaluationCase.expected, decision: evaluationCase.evaluate(),
                error: nil, explain: false)
        } catch {
            return EvaluationCase.outputLine(
                id: node["id"], expected: node["expected"], decision: nil, error: error.message, explain: false)
        }
    }

    @Test("the contract's SCP example gives the documented line")
    func scpExample() throws {
        let line = try run(
            #"""
            {"id": "scp-middle-level", "principal": "arn:aws:iam::111111111111:role/Dev",
             "identity_policies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}],
             "scps": [[{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}],
                      [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}]}]],
             "action": "s3:GetObject", "resource": "arn:aws:s3:::data/k", "expected": "ImplicitlyDenied"}
            """#)
        #expect(
            line
                == #"{"id": "scp-middle-level", "decision": "ImplicitlyDenied", "allowed": false, "explicit_deny_in": [], "implicit_deny_in": ["scp"], "expected": "ImplicitlyDenied", "error": null}"#
        )
    }

    @Test("a malformed policy names the field path, as in the contract")
    func policyErrorPath() throws {
        let line = try run(
            #"""
            {"id": 7, "principal": "arn:aws:iam::111111111111:user/a", "identity_policies": [
              {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]},
              {"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Action": "s3:*", "Resource": "*"}]}],
             "action": "s3:GetObject", "resource": "*"}
            """#)
        #expect(
            line.contains(
                #""error": "identity_policies[1].Statement[0].Effect: expected \"Allow\" or \"Deny\", got \"allow\"""#))
        #expect(line.hasPrefix(#"{"id": 7, "decision": null"#))
    }

    struct ErrorRow: Sendable, CustomTestStringConvertible {
        var json: String
        var error: String
        var testDescription: String { error }
    }

    static let errors: [ErrorRow] = [
        .init(
            json: #"{"resource": "*", "principal": "arn:aws:iam::111111111111:user/a"}"#,
            error: "action: expected a string, got nothing"),
        .init(
            json: #"{"action": "s3:GetObject", "resource": 5, "principal": "arn:aws:iam::111111111111:user/a"}"#,
            error: "resource: expected a string, got the number 5"),
        .init(
            json: #"{"action": "s3:GetObject", "resource": "*", "principal": "bob"}"#,
            error:
                #"principal: expected a user, role, assumed-role, federated-user, root or identity-provider ARN, a service name or "*", got "bob""#
        ),
        .init(
            json:
                #"{"action": "s3:GetObject", "resource": "*", "principal": "arn:aws:iam::111111111111:user/a", "scps": [{}]}"#,
            error: "scps[0]: expected an array of policies, got an object"),
        .init(
            json:
                #"{"action": "s3:GetObject", "resource": "*", "principal": "arn:aws:iam::111111111111:user/a", "contxt": {}}"#,
            error: "contxt: expected a field of the evaluate contract, got an unknown field"),
        .init(
            json:
                #"{"action": "s3:GetObject", "resource": "*", "principal": "arn:aws:iam::111111111111:user/a", "context": {"k": {}}}"#,
            error: "context.k: expected a string or an array of strings, got an object"),
        .init(
            json: #"{"action": "GetObject", "resource": "*", "principal": "arn:aws:iam::111111111111:user/a"}"#,
            error: #"action: expected "service:action", got "GetObject""#),
        .init(
            json:
                #"{"action": "s3:GetObject", "resource": "*", "principal": "arn:aws:iam::111111111111:user/a", "boundary": "{\"Statement\": 1}"}"#,
            error:
                "boundary.Statement: expected a statement object or an array of them, got the number 1 (at 1:15 of the string)"
        ),
    ]

    @Test("malformed cases get a one-line error naming the field", arguments: errors)
    func caseErrors(_ row: ErrorRow) throws {
        let line = try run(row.json)
        #expect(line.contains("\"error\": " + JSONWriter.quote(row.error)))
    }

    @Test("context inference adds the principal's keys unless the case sets them or turns it off")
    func inference() throws {
        let node = try JSONScanner.parse(
            #"""
            {"principal": {"arn": "arn:aws:sts::111111111111:assumed-role/Dev/s1", "tags": {"team": "red"}, "id": "AROAX"},
             "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "context": {"aws:PrincipalTag/team": "blue"}}
            """#)
        let context = try EvaluationCase(decoding: node, epochSeconds: 1_704_067_200).request.context
        #expect(context["aws:PrincipalArn"] == ["arn:aws:iam::111111111111:role/Dev"])
        #expect(context["aws:PrincipalTag/team"] == ["blue"])
        #expect(context["aws:userid"] == ["AROAX:s1"])
        #expect(context["aws:username"] == nil)  // only IAM users have aws:username
        #expect(context["aws:CurrentTime"] == ["2024-01-01T00:00:00Z"])
        #expect(context["aws:PrincipalType"] == ["AssumedRole"])
        let off = try JSONScanner.parse(
            #"{"principal": "arn:aws:iam::111111111111:user/a", "action": "s3:GetObject", "resource": "*", "infer_context": false}"#
        )
        #expect(try EvaluationCase(decoding: off, epochSeconds: 0).request.context.keys.isEmpty)
    }

    @Test("a policy may be given as a string holding JSON")
    func policyAsString() throws {
        let line = try run(
            #"""
            {"principal": "arn:aws:iam::111111111111:user/a", "action": "s3:GetObject", "resource": "*",
             "identity_policies": ["{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}}"]}
            """#)
        #expect(line.contains(#""decision": "Allowed""#))
    }

    @Test("JSON Lines input: a broken line becomes its own entry and the rest still run")
    func jsonLines() throws {
        let text = """
            {"principal": "arn:aws:iam::111111111111:user/a", "action": "s3:GetObject", "resource": "*"}
            {"principal": oops}
            {"principal": "arn:aws:iam::111111111111:user/a", "action": "s3:PutObject", "resource": "*"}
            """
        let entries = try CaseBatch.entries(in: text)
        #expect(entries.count == 3)
        guard case .malformed(let line, let error) = entries[1] else {
            Issue.record("line 2 should be malformed")
            return
        }
        #expect(line == 2)
        #expect(error.position.column == 15)
    }

    @Test("a broken JSON array is an input error, not a case")
    func brokenArray() {
        #expect(throws: JSONSyntaxError.self) { try CaseBatch.entries(in: "[{\"action\": 1},") }
    }

    @Test("the explanation array names kind, policy, statement and why")
    func explanationOutput() throws {
        let node = try JSONScanner.parse(
            #"""
            {"principal": "arn:aws:iam::111111111111:user/a", "action": "s3:GetObject", "resource": "*",
             "identity_policies": [{"Version": "2012-10-17", "Statement": [{"Sid": "NoS3", "Effect": "Deny", "Action": "s3:*", "Resource": "*"}]}]}
            """#)
        let evaluationCase = try EvaluationCase(decoding: node, epochSeconds: 0)
        let line = EvaluationCase.outputLine(
            id: nil, expected: nil, decision: evaluationCase.evaluate(options: .init(explain: true)), error: nil,
            explain: true)
        #expect(
            line.contains(
                #""explanation": [{"kind": "identity", "policy": "identity_policies[0]", "statement": "Sid \"NoS3\"", "line": 2, "column": 64, "effect": "Deny", "matched": true"#
            ))
        #expect(line.contains(#"action \"s3:GetObject\" matches Action \"s3:*\""#))
    }
}
