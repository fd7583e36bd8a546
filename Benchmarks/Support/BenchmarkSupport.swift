public import Foundation

// What every benchmark executable needs: its integer options, durations as seconds, and the
// process's peak resident memory.

/// The integer after `name` on the command line (`--cases 1000`), or `value` without one.
public func argument(_ name: String, default value: Int) -> Int {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count,
        let parsed = Int(arguments[index + 1])
    else { return value }
    return parsed
}

/// A duration in seconds.
public func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// The process's peak resident memory so far, in KiB.
public func peakResidentKiB() -> Int {
    var usage = rusage()
    #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss)  // KiB on Linux
    #else
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss) / 1024  // bytes on macOS
    #endif
}

/// Where a benchmark that times the release `lzsim` on a generated suite finds the command and
/// writes its files: a fresh `scenarios/` folder in a temporary folder of its own.
public struct ScratchSuite {
    /// The repository the benchmark belongs to.
    public let repository: URL
    /// `.build/release/lzsim` in that repository.
    public let lzsim: URL
    /// The temporary folder the run happens in.
    public let folder: URL
    /// `scenarios/` inside it, created.
    public let suite: URL

    /// Makes the folder `lzsim-NAME-PID` in the temporary folder; `filePath` is the caller's, by default.
    public init(name: String, filePath: String = #filePath) throws {
        repository = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        lzsim = repository.appendingPathComponent(".build/release/lzsim")
        folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("lzsim-\(name)-\(getpid())")
        suite = folder.appendingPathComponent("scenarios")
        try FileManager.default.createDirectory(at: suite, withIntermediateDirectories: true)
    }

    /// Runs the release `lzsim` with `arguments` in `directory` (the scratch folder by default),
    /// timed from process start to exit, with what it printed.
    public func time(_ arguments: [String], in directory: URL? = nil) throws -> (
        seconds: Double, status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = lzsim
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? folder
        let pipe = Pipe()
        process.standardOutput = pipe
        let start = ContinuousClock.now
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (seconds(ContinuousClock.now - start), process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
