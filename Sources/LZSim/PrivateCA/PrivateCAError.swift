public import Foundation

extension AWSError.Code {
    /// Private CA: the CA is not in a state the operation accepts.
    public static let invalidStateException = AWSError.Code(rawValue: "InvalidStateException")
    /// Private CA: the request's arguments are not valid together.
    public static let invalidArgs = AWSError.Code(rawValue: "InvalidArgsException")
    /// Private CA: the CSR cannot be read.
    public static let malformedCSR = AWSError.Code(rawValue: "MalformedCSRException")
    /// Private CA: the imported CA certificate cannot be used.
    public static let malformedCertificate = AWSError.Code(rawValue: "MalformedCertificateException")
    /// Private CA: the certificate was not issued yet.
    public static let requestInProgressPCA = AWSError.Code(rawValue: "RequestInProgressException")
    /// Private CA: the resource policy is not valid.
    public static let invalidPolicy = AWSError.Code(rawValue: "InvalidPolicyException")
    /// Private CA: the policy does not allow what was asked.
    public static let lockoutPrevented = AWSError.Code(rawValue: "LockoutPreventedException")
}

/// How long a certificate issued by a private CA is valid, as `IssueCertificate`'s `Validity` says.
public enum PrivateCAValidity: Sendable, Hashable {
    /// A number of days.
    case days(Int)
    /// A number of 30-day months.
    case months(Int)
    /// A number of 365-day years.
    case years(Int)
    /// An absolute end date.
    case endDate(Date)

    /// The end of validity for a certificate starting at `start` (a month is 30 days, a year 365).
    func end(from start: Date) -> Date {
        switch self {
        case .days(let days): start + Double(days) * 86_400
        case .months(let months): start + Double(months) * 30 * 86_400
        case .years(let years): start + Double(years) * 365 * 86_400
        case .endDate(let end): end
        }
    }
}

/// The templates `IssueCertificate` accepts that lzsim knows
/// (https://docs.aws.amazon.com/privateca/latest/userguide/UsingTemplates.html).
enum PrivateCATemplate: String, CaseIterable {
    case endEntity = "EndEntityCertificate/V1"
    case rootCA = "RootCACertificate/V1"
    case subordinatePathLen0 = "SubordinateCACertificate_PathLen0/V1"

    init?(arn: String) {
        guard let name = arn.split(separator: ":template/", maxSplits: 1).last,
            let template = PrivateCATemplate(rawValue: String(name))
        else { return nil }
        self = template
    }
}

extension AWSError.Code {
    /// Private CA: the request was already completed (a serial number revoked twice).
    public static let requestAlreadyProcessed = AWSError.Code(rawValue: "RequestAlreadyProcessedException")
}

/// A revocation, as Private CA records it for its CRL and audit report.
public struct CertificateRevocation: Sendable, Hashable {
    /// When it was revoked.
    public var revokedAt: Date
    /// Why.
    public var reason: RevocationReason
}
