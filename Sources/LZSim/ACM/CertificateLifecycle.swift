import Foundation

/// A certificate's state at one instant, derived from what was requested, the DNS records and
/// load balancers of the world, and the clock; never stored, so reading a world never changes it.
struct CertificateLifecycle: Sendable {
    var status: CertificateStatus
    var issuedAt: Date?
    var notBefore: Date?
    var notAfter: Date?
    var renewalSummary: RenewalSummary?
    var renewalEligibility: RenewalEligibility
    /// How many times the certificate was renewed; each renewal is a new serial number.
    var generation = 0
    var validationStatus: DomainValidationStatus?

    /// ACM gives up on validating a new certificate after 72 hours
    /// (https://docs.aws.amazon.com/acm/latest/userguide/troubleshooting-DNS-validation.html).
    static let validationTimeout: TimeInterval = 72 * 3_600
    /// ACM starts managed renewal 60 days before a certificate expires
    /// (https://docs.aws.amazon.com/acm/latest/userguide/acm-renewal.html).
    static let renewalWindow: TimeInterval = 60 * 86_400
    /// ACM-issued certificates are valid for 395 days (13 months).
    static let validity: TimeInterval = 395 * 86_400
}

extension World {
    /// Derives a certificate's status, validity and renewal at the current time.
    func lifecycle(of certificate: ACMCertificate) -> CertificateLifecycle {
        let inUse = !inUseBy(certificate).isEmpty
        if let imported = certificate.imported {
            let expired = now >= imported.notAfter
            return CertificateLifecycle(
                status: expired ? .expired : .issued, issuedAt: nil, notBefore: imported.notBefore,
                notAfter: imported.notAfter, renewalEligibility: .ineligible)
        }
        guard let issuedAt = initialIssue(of: certificate) else {
            let timedOut = now >= certificate.createdAt + CertificateLifecycle.validationTimeout
            return CertificateLifecycle(
                status: timedOut ? .validationTimedOut : .pendingValidation, renewalEligibility: .ineligible,
                validationStatus: timedOut ? .failed : .pendingValidation)
        }
        var state = CertificateLifecycle(
            status: .issued, issuedAt: issuedAt, notBefore: issuedAt,
            notAfter: issuedAt + CertificateLifecycle.validity, renewalEligibility: .ineligible,
            validationStatus: .success)
        while let notBefore = state.notBefore, let notAfter = state.notAfter {
            let eligible = inUse || certificate.exports.contains { $0 >= notBefore && $0 <= now }
            // A private certificate renewed on request starts a new validity at the request.
            if let manual = certificate.renewalRequests.first(where: { $0 > notBefore && $0 < notAfter && $0 <= now }) {
                state.renew(at: manual)
                continue
            }
            let windowStart = notAfter - CertificateLifecycle.renewalWindow
            guard now >= windowStart, eligible else {
                if now >= notAfter { state.expire() }
                state.renewalEligibility = eligible && now < notAfter ? .eligible : .ineligible
                return state
            }
            let attempt = renewalAttempt(of: certificate, from: windowStart, until: min(now, notAfter))
            if let renewedAt = attempt.renewedAt {
                state.renew(at: renewedAt)
                continue
            }
            let domains = domainValidations(of: certificate, status: now >= notAfter ? .failed : .pendingValidation)
            if now >= notAfter {
                state.renewalSummary = RenewalSummary(
                    renewalStatus: .failed, domainValidationOptions: domains, renewalStatusReason: attempt.reason,
                    updatedAt: notAfter)
                state.expire()
            } else {
                state.renewalSummary = RenewalSummary(
                    renewalStatus: attempt.reason == nil ? .pendingValidation : .failed,
                    domainValidationOptions: domains, renewalStatusReason: attempt.reason, updatedAt: windowStart)
                state.renewalEligibility = .eligible
            }
            return state
        }
        return state
    }

    /// When a requested certificate was first issued, if it was by now: DNS validation when
    /// every validation record resolves within 72 hours of the request, email validation when the
    /// owner approved in time, a private certificate at once.
    private func initialIssue(of certificate: ACMCertificate) -> Date? {
        let timeout = certificate.createdAt + CertificateLifecycle.validationTimeout
        let deadline = min(timeout, now)
        switch certificate.validationMethod {
        case .dns:
            return validated(certificate, from: certificate.createdAt, through: deadline).flatMap {
                $0 < timeout ? $0 : nil
            }
        case .email:
            return certificate.emailApprovals.first { $0 >= certificate.createdAt && $0 <= deadline && $0 < timeout }
        case nil:
            return certificate.createdAt
        }
    }

    /// The first instant in `[start, end]` from which every validation record of the
    /// certificate resolves (the latest of each record's first resolution).
    private func validated(_ certificate: ACMCertificate, from start: Date, through end: Date) -> Date? {
        var latest = start
        for record in certificate.validationRecords.values {
            guard
                let first = firstResolution(
                    name: record.name, type: record.type, value: record.value, from: start, through: end)
            else { return nil }
            latest = max(latest, first)
        }
        return latest
    }

    /// One renewal attempt between the start of the renewal window and `end`.
    private func renewalAttempt(of certificate: ACMCertificate, from start: Date, until end: Date) -> (
        renewedAt: Date?, reason: RenewalStatusReason?
    ) {
        if let caARN = certificate.certificateAuthorityARN {
            guard let authority = certificateAuthority(arn: caARN) else { return (nil, .pcaResourceNotFound) }
            guard authority.status(at: now) == .active else { return (nil, .pcaInvalidState) }
            return (start, nil)
        }
        switch certificate.validationMethod {
        case .dns:
            return (validated(certificate, from: start, through: end), nil)
        case .email:
            return (certificate.emailApprovals.first { $0 >= start && $0 <= end }, nil)
        case nil:
            return (nil, .other)
        }
    }

    /// `DomainValidationOptions`, each with its CNAME and the given status.
    func domainValidations(of certificate: ACMCertificate, status: DomainValidationStatus?) -> [DomainValidation] {
        guard certificate.type != .imported else { return [] }
        return certificate.subjectAlternativeNames.map { name in
            let domain = DomainName.validationDomain(name)
            return DomainValidation(
                domainName: name, validationDomain: domain, validationStatus: status,
                validationMethod: certificate.validationMethod,
                resourceRecord: certificate.validationMethod == .dns ? certificate.validationRecords[domain] : nil,
                validationEmails: certificate.validationMethod == .email
                    ? ["admin", "administrator", "hostmaster", "postmaster", "webmaster"].map { "\($0)@\(domain)" } : []
            )
        }
    }

    /// The load balancers whose listeners use the certificate.
    func inUseBy(_ certificate: ACMCertificate) -> [String] {
        guard let listeners = accountsByID[certificate.accountID]?.tls.listeners.values else { return [] }
        return Set(listeners.filter { $0.certificateARNs.contains(certificate.arn) }.map(\.loadBalancerARN)).sorted()
    }
}

extension CertificateLifecycle {
    fileprivate mutating func renew(at date: Date) {
        notBefore = date
        notAfter = date + Self.validity
        generation += 1
        renewalSummary = RenewalSummary(
            renewalStatus: .success, domainValidationOptions: [], renewalStatusReason: nil, updatedAt: date)
    }

    fileprivate mutating func expire() {
        status = .expired
        renewalEligibility = .ineligible
    }
}
