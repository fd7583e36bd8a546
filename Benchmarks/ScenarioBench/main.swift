import BenchmarkSupport
import Foundation

// Writes a synthetic suite (N accounts in OUs, each with roles, and C checks that fan out over
// every account, so N × C testcases) and times `lzsim run` on it from process start to report
// written, then the example suites cold. Run after `swift build -c release`.

let accounts = argument("--accounts", default: 1_000)
let checks = argument("--checks", default: 50)
let scratch = try ScratchSuite(name: "scenario-bench")
let (repository, folder, suite) = (scratch.repository, scratch.folder, scratch.suite)

var yaml = """
    foundation:
      organization:
        management: management
        policy_types: [scp]
        policies:
          deny-leave: { type: scp, document: { Version: "2012-10-17", Statement: [{ Effect: Deny, Action: "organizations:LeaveOrganization", Resource: "*" }] } }
        root:
          policies: [FullAWSAccess, deny-leave]
          units:
            Workloads:
              units:

    """
let units = 10
for unit in 0..<units {
    let members = stride(from: unit, to: accounts, by: units).map { "acct-\($0)" }.joined(separator: ", ")
    yaml += "            OU\(unit): { accounts: [\(members)] }\n"
}
yaml += "  accounts:\n"
let trust =
    #"{ Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::${accounts.management}:root" }, Action: "sts:AssumeRole" }] }"#
for number in 0..<accounts {
    yaml += "    acct-\(number):\n      iam:\n        roles:\n          Reader:\n"
    yaml += "            trust: \(trust)\n            managed_policies: [ReadOnlyAccess]\n"
}
yaml += "checks:\n"
let actions = [
    "s3:GetObject", "ec2:DescribeInstances", "s3:PutObject", "iam:CreateUser", "organizations:LeaveOrganization",
]
for number in 0..<checks {
    let action = actions[number % actions.count]
    let expect = action.contains("Get") || action.contains("Describe") ? "allow" : "deny"
    yaml += "  - id: BENCH-\(number)\n    title: readers \(expect) \(action) (\(number))\n"
    yaml += "    for_each: { accounts_in: Workloads }\n"
    yaml +=
        "    access: { principal: \"${account}/role/Reader\", action: \(action), resource: \"*\", expect: \(expect) }\n"
}
// `--network`: the network suite instead (NetworkSuite.swift), with 3 reach checks by default.
if CommandLine.arguments.contains("--network") {
    yaml = networkSuite(accounts: accounts, checks: argument("--checks", default: 3))
}
try yaml.write(to: suite.appendingPathComponent("synthetic.yaml"), atomically: true, encoding: .utf8)

let synthetic = try scratch.time(["run", "scenarios", "--junit", "report.xml"], in: folder)
let size =
    (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("report.xml").path)[.size] as? Int)
    ?? 0
print(
    String(
        format: "synthetic: %d accounts × %d checks: %.2f s, exit %d, report %.1f MiB", accounts, checks,
        synthetic.seconds, synthetic.status, Double(size) / 1_048_576))
print(synthetic.output.split(separator: "\n").suffix(8).joined(separator: "\n"))
let examples = try scratch.time(
    ["run", "scenarios/examples", "--junit", NSTemporaryDirectory() + "lzsim-examples-bench.xml"], in: repository)
print(String(format: "examples: %.3f s, exit %d", examples.seconds, examples.status))
if !CommandLine.arguments.contains("--keep") { try? FileManager.default.removeItem(at: folder) }
