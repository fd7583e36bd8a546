import Foundation
import Testing

@Suite struct ControlsCommandTests {
    @Test("controls list shows each control with its severity, title, frameworks and needs")
    func list() throws {
        let result = try LZSimProcess.run(["controls", "list"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let index = try #require(lines.firstIndex(of: "KMS.4  [medium]  AWS KMS key rotation should be enabled"))
        #expect(lines[index + 1] == "    fsbp KMS.4, cis-3.0 3.6; needs: customer managed symmetric KMS keys")
        #expect(lines.contains { $0.hasPrefix("GRCLOUDTRAILENABLED  [high]") })
    }

    @Test("controls list --framework cis-3.0 lists only the controls CIS v3.0 maps")
    func listFramework() throws {
        let result = try LZSimProcess.run(["controls", "list", "--framework", "cis-3.0"])
        #expect(result.status == 0)
        let ids = result.standardOutput.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map {
            String($0.split(separator: " ")[0])
        }
        #expect(
            ids == [
                "IAM.2", "IAM.3", "IAM.4", "IAM.5", "IAM.6", "IAM.9", "KMS.4", "EC2.2", "EC2.6", "EC2.53", "EC2.54",
                "EC2.7",
                "EC2.8", "EC2.21", "S3.1", "S3.5", "S3.8",
                "RDS.3", "CloudTrail.1", "CloudTrail.2", "CloudTrail.4", "IAM.28",
            ])
    }

    @Test("controls list --format json gives parameters with their defaults")
    func listJSON() throws {
        let result = try LZSimProcess.run(["controls", "list", "--framework", "fsbp", "--format", "json"])
        #expect(result.status == 0)
        let controls = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        let acm = try #require(controls.first { $0["id"] as? String == "ACM.1" })
        let parameters = try #require(acm["parameters"] as? [[String: Any]])
        #expect(parameters.first?["name"] as? String == "daysToExpiration")
        #expect(parameters.first?["default"] as? [String] == ["30"])
        #expect(
            controls.allSatisfy {
                ($0["frameworks"] as? [[String: String]])?.contains { $0["framework"] == "fsbp" } == true
            })
    }

    @Test("controls describe prints the logic, parameters and defaults, mappings and remediation")
    func describe() throws {
        let result = try LZSimProcess.run(["controls", "describe", "EC2.18"])
        #expect(result.status == 0)
        let output = result.standardOutput
        #expect(
            output.hasPrefix(
                "EC2.18  Security groups should only allow unrestricted incoming traffic for authorized ports\n"))
        #expect(output.contains("frameworks: fsbp EC2.18\n"))
        #expect(
            output.contains("  authorizedTcpPorts (ports, default 80,443): TCP ports that may be open to 0.0.0.0/0\n"))
        #expect(output.contains("remediation: "))
        #expect(output.contains("logic: Each security group in use"))
    }

    @Test("an unknown control or framework exits 2 with a suggestion")
    func unknown() throws {
        let control = try LZSimProcess.run(["controls", "describe", "KMS.44"])
        #expect(control.status == 2)
        #expect(
            control.standardError
                == "error: unknown control 'KMS.44' (did you mean 'KMS.4'?); `lzsim controls list` shows them all\n")
        let framework = try LZSimProcess.run(["controls", "list", "--framework", "cis"])
        #expect(framework.status == 2)
        #expect(
            framework.standardError == "error: unknown framework 'cis'; expected one of fsbp, cis-3.0, control-tower\n")
    }
}
