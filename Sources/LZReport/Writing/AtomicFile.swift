import Foundation

/// A file that appears at its destination only when complete: it is written to a temporary
/// file in the same directory (so the final rename stays on one file system) and renamed.
struct AtomicFile {
    /// Where the finished file goes.
    let destination: String
    /// Where it is written meanwhile.
    let temporary: String

    /// Chooses a temporary name beside `destination`, creating the directory when it is missing.
    init(destination: String) throws(JUnitWriteError) {
        self.destination = destination
        let url = URL(fileURLWithPath: destination)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: destination, reason: "cannot create directory '\(directory.path)'")
        }
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(suffix).tmp").path
    }

    /// Moves the finished temporary file over the destination in one step.
    func commit() throws(JUnitWriteError) {
        guard rename(temporary, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw .cannotRename(path: destination, reason: reason.lowercased())
        }
    }

    /// Removes the temporary file, leaving the destination untouched.
    func discard() {
        unlink(temporary)
    }
}
