import Foundation

/// Runs the built `lzsim` executable as a user would, capturing its exit status and output.
struct LZSimProcess {
    let status: Int32
    let standardOutput: String
    let standardError: String

    /// The `lzsim` executable beside the test bundle in the build products folder.
    static var executable: URL {
        var directory = Bundle.main.bundleURL
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("lzsim")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return Bundle.main.bundleURL.appendingPathComponent("lzsim")
    }

    /// Runs `lzsim` with `arguments` in `directory` and waits for it to exit.
    static func run(_ arguments: [String], in directory: String? = nil) throws -> LZSimProcess {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return LZSimProcess(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }
}
