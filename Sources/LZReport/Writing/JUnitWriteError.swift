/// Why a JUnit report could not be written; the destination is left as it was.
public enum JUnitWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The temporary file beside the destination could not be created.
    case cannotCreate(path: String, reason: String)
    /// libxml2 refused a write, usually because the disk is full.
    case writeFailed(path: String)
    /// The finished file could not be moved into place.
    case cannotRename(path: String, reason: String)
    /// A streamed document's declared totals disagree with the suites written.
    case totalsDisagree(path: String, declared: String, written: String)
    /// The writer was used out of order, such as a suite after the document was finished.
    case misuse(String)

    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason): "\(path): cannot create report: \(reason)"
        case .writeFailed(let path): "\(path): writing the report failed (is the disk full?)"
        case .cannotRename(let path, let reason): "\(path): cannot move the finished report into place: \(reason)"
        case .totalsDisagree(let path, let declared, let written):
            "\(path): root totals declared as \(declared) but the suites written add up to \(written)"
        case .misuse(let message): message
        }
    }
}
