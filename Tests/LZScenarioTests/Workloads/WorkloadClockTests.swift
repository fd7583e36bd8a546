import Foundation
import LZReport
import LZScenario
import Testing

/// `at:` runs a check at a later simulated time than the foundation's clock.
@Suite struct WorkloadClockTests {
    static let foundation = """
        foundation:
          accounts:
            prod:
              route53:
                zones:
                  example.com: {}
              acm:
                certificates:
                  kept: { domain: app1.example.com }
                  lapsing: { domain: api.example.com, validation_record: removed }

        """

    static func check(_ id: String, at: String?, status: String) -> String {
        """
          - id: \(id)
            title: the certificate whose record is gone is \(status)
        \(at.map { "    at: \($0)\n" } ?? "")    assert: { resources: acm:certificate, exclude: [kept], expect: { status: \(status) } }

        """
    }

    @Test("a certificate whose validation record is gone is ISSUED now and EXPIRED 400 days later")
    func expiry() throws {
        let scenario =
            Self.foundation + "checks:\n" + Self.check("NOW", at: nil, status: "ISSUED")
            + Self.check("LATER", at: "+400d", status: "EXPIRED")
            + Self.check("DATE", at: "2027-02-01", status: "EXPIRED")
            + Self.check("SOON", at: "+61d", status: "EXPIRED")
        let run = try WorkloadFolder.run(["s.yaml": scenario])
        #expect(WorkloadFolder.message(run, "NOW ") == "passed")
        #expect(WorkloadFolder.message(run, "LATER ") == "passed")
        #expect(WorkloadFolder.message(run, "DATE ") == "passed")
        #expect(WorkloadFolder.message(run, "SOON ")?.hasSuffix("status is ISSUED, expected EXPIRED") == true)
    }

    @Test("a pending deletion shows in a later check, and the earlier checks keep their own world")
    func keyDeletion() throws {
        let scenario = """
            foundation:
              accounts:
                prod:
                  kms: { keys: { data: { alias: alias/data } } }
            checks:
              - id: DEL
                title: a key scheduled for deletion can no longer encrypt
                at: +2d
                steps:
                  - { as: prod/root, call: kms:ScheduleKeyDeletion, with: { KeyId: "${keys.prod.data}", PendingWindowInDays: 7 } }
                  - { as: prod/root, call: kms:Encrypt, with: { KeyId: "${keys.prod.data}" }, expect: KMSInvalidStateException }
              - id: STATE
                title: the foundation's key is still enabled
                assert: { resources: kms:key, expect: { state: Enabled } }
            """
        let run = try WorkloadFolder.run(["s.yaml": scenario])
        #expect(WorkloadFolder.message(run, "DEL ") == "passed")
        #expect(WorkloadFolder.message(run, "STATE ") == "passed")
    }

    @Test("'at' that is not a later time is refused at its line")
    func badTime() throws {
        let scenario = Self.foundation + "checks:\n" + Self.check("BAD", at: "tomorrow", status: "ISSUED")
        let run = try WorkloadFolder.run(["s.yaml": scenario])
        let problem = try #require(ScenarioFolder.firstProblem(run))
        #expect(
            problem.message.contains(
                "s.yaml:14:9: expected a time for 'at' such as +61d, +12h or 2027-03-01, found 'tomorrow'"),
            "\(problem.message)")
    }
}
