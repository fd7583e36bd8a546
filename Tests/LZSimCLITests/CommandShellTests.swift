import Foundation
import Testing

@Suite struct CommandShellTests {
    @Test("--help describes lzsim, shows examples and documents the exit codes")
    func help() throws {
        let result = try LZSimProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Simulate an AWS landing zone"))
        #expect(result.standardOutput.contains("Examples:"))
        for line in ["0  success", "1  checks failed", "2  usage or input error"] {
            #expect(result.standardOutput.contains(line))
        }
    }

    @Test("--version prints the version alone")
    func version() throws {
        let result = try LZSimProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "0.1.0\n")
    }

    @Test(
        "bad usage exits 2 with a message on standard error",
        arguments: [["--no-such-option"], ["no-such-command"], ["junit", "--frobnicate"]])
    func badUsage(arguments: [String]) throws {
        let result = try LZSimProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.standardError.contains("Error:"))
        #expect(result.standardOutput.isEmpty)
    }
}
