import Foundation

/// Runs the built `lzsim` executable as a user would, capturing its exit status and output.
struct LZSimProcess {
    let status: Int32
    let standardOutput: String
    let standardError: String

    /// Why the executable could not be run.
    struct MissingExecutable: Error, CustomStringConvertible {
        var searched: [String]
        var description: String {
            "no lzsim executable in the build products (searched \(searched.joined(separator: ", "))); build it first"
        }
    }

    /// The `lzsim` executable, which lies in the build products folder beside the test bundle.
    static func executable() throws -> URL {
        let directories =
            [Bundle.main.executableURL?.deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent()]
            + Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map {
                $0.bundleURL.deletingLastPathComponent()
            }
        let candidates = directories.compactMap { $0?.appendingPathComponent("lzsim") }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw MissingExecutable(searched: candidates.map(\.path))
        }
        return found
    }

    /// Runs `lzsim` with `arguments` in `directory` and waits for it to exit.
    static func run(_ arguments: [String], in directory: String? = nil) throws -> LZSimProcess {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Reading to the end before waiting keeps a full pipe from blocking the child.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return LZSimProcess(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }
}
