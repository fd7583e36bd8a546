/// A value AWS names with a fixed word, such as `SYMMETRIC_DEFAULT` or `PendingDeletion`: it
/// prints as that word, so messages and reports show what AWS's APIs show.
public protocol AWSEnumeration: RawRepresentable, CustomStringConvertible where RawValue == String {}

extension AWSEnumeration {
    /// AWS's word for the value.
    public var description: String { rawValue }
}
