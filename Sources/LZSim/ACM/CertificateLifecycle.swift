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
    /// Why the request failed (`FAILED`), in ACM's words.
    var failureReason: RenewalStatusReason?

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
    /// Derives a certificate's status, validity and renewal at the current time. A revoked
    /// certificate keeps the validity it had when revoked and is never renewed again.
    func lifecycle(of certificate: ACMCertificate) -> CertificateLifecycle {
        guard let revokedAt = certificate.revokedAt, revokedAt <= now else {
            return lifecycle(of: certificate, at: now)
        }
        var state = lifecycle(of: certificate, at: revokedAt)
        state.status = .revoked
        state.renewalEligibility = .ineligible
        return state
    }

    private func lifecycle(of certificate: ACMCertificate, at time: Date) -> CertificateLifecycle {
        if let imported = certificate.imported {
            let expired = time >= imported.notAfter
            return CertificateLifecycle(
                status: expired ? .expired : .issued, issuedAt: nil, notBefore: imported.notBefore,
                notAfter: imported.notAfter, renewalEligibility: .ineligible)
        }
        guard let issuedAt = initialIssue(of: certificate, at: time) else {
            let timedOut = time >= validationDeadline(of: certificate)
            return CertificateLifecycle(
                status: timedOut ? .validationTimedOut : .pendingValidation, renewalEligibility: .ineligible,
                validationStatus: timedOut ? .failed : .pendingValidation)
        }
        // ACM checks CAA once the domains are validated; a record that names no Amazon CA fails
        // the request for good (https://docs.aws.amazon.com/acm/latest/userguide/setup-caa.html).
        if certificate.type == .amazonIssued, !caaAllowsIssuance(of: certificate, at: issuedAt) {
            return CertificateLifecycle(
                status: .failed, renewalEligibility: .ineligible, validationStatus: .success, failureReason: .caaError)
        }
        var state = CertificateLifecycle(
            status: .issued, issuedAt: issuedAt, notBefore: issuedAt,
            notAfter: issuedAt + CertificateLifecycle.validity, renewalEligibility: .ineligible,
            validationStatus: .success)
        while let notBefore = state.notBefore, let notAfter = state.notAfter {
            // A private certificate renewed on request starts a new validity at the request.
            if let manual = certificate.renewalRequests.first(where: { $0 > notBefore && $0 < notAfter && $0 <= time })
            {
                state.renew(at: manual)
                continue
            }
            let windowStart = notAfter - CertificateLifecycle.renewalWindow
            let periods = eligiblePeriods(
                of: certificate, since: notBefore, from: windowStart, through: min(time, notAfter))
            let eligibleNow =
                time < notAfter
                && eligiblePeriods(of: certificate, since: notBefore, from: time, through: time).isEmpty == false
            guard let firstAttempt = periods.first?.start else {
                if time >= notAfter { state.expire() }
                state.renewalEligibility = eligibleNow ? .eligible : .ineligible
                return state
            }
            let attempt = renewalAttempt(of: certificate, during: periods, at: time)
            if let renewedAt = attempt.renewedAt {
                state.renew(at: renewedAt)
                continue
            }
            let domains = renewalValidations(of: certificate, at: time, expired: time >= notAfter)
            if time >= notAfter {
                state.renewalSummary = RenewalSummary(
                    renewalStatus: .failed, domainValidationOptions: domains, renewalStatusReason: attempt.reason,
                    updatedAt: notAfter)
                state.expire()
            } else {
                state.renewalSummary = RenewalSummary(
                    renewalStatus: attempt.reason == nil ? .pendingValidation : .failed,
                    domainValidationOptions: domains, renewalStatusReason: attempt.reason, updatedAt: firstAttempt)
                state.renewalEligibility = eligibleNow ? .eligible : .ineligible
            }
            return state
        }
        return state
    }

    /// When a requested certificate was first issued, if it was by `time`: DNS validation when
    /// every validation record resolves before the validation deadline, email validation when the
    /// owner approved in time, a private certificate at once.
    private func initialIssue(of certificate: ACMCertificate, at time: Date) -> Date? {
        let timeout = validationDeadline(of: certificate)
        let deadline = min(timeout, time)
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

    /// 72 hours after the request, or after the last validation email resent within the 72
    /// hours before it (https://docs.aws.amazon.com/acm/latest/APIReference/API_ResendValidationEmail.html).
    func validationDeadline(of certificate: ACMCertificate) -> Date {
        var deadline = certificate.createdAt + CertificateLifecycle.validationTimeout
        for resend in certificate.emailResends where resend < deadline {
            deadline = resend + CertificateLifecycle.validationTimeout
        }
        return deadline
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

    /// The parts of `[start, end]` in which ACM may renew the certificate, in order: while a
    /// service uses it, and from its first export since `notBefore` on
    /// (https://docs.aws.amazon.com/acm/latest/userguide/acm-renewal.html).
    private func eligiblePeriods(
        of certificate: ACMCertificate, since notBefore: Date, from start: Date, through end: Date
    )
        -> [CertificateAssociation]
    {
        var periods = accountsByID[certificate.accountID]?.tls.associations[certificate.arn] ?? []
        if let export = certificate.exports.first(where: { $0 >= notBefore }) {
            periods.append(CertificateAssociation(start: export))
        }
        return periods.compactMap { period -> CertificateAssociation? in
            let lower = max(period.start, start)
            let upper = min(period.end ?? end, end)
            guard lower <= upper, period.end.map({ lower < $0 }) ?? true else { return nil }
            return CertificateAssociation(start: lower, end: upper)
        }.sorted { $0.start < $1.start }
    }

    /// ACM's renewal attempts during the eligible periods: when it succeeded, or why it cannot.
    private func renewalAttempt(of certificate: ACMCertificate, during periods: [CertificateAssociation], at time: Date)
        -> (renewedAt: Date?, reason: RenewalStatusReason?)
    {
        if let caARN = certificate.certificateAuthorityARN {
            if let reason = privateCAFailure(certificate, caARN, at: time) { return (nil, reason) }
            // The renewed certificate may not outlive the CA's own certificate
            // (https://docs.aws.amazon.com/acm/latest/userguide/exceptions.html).
            if let start = periods.first?.start, let caEnd = certificateAuthority(arn: caARN)?.notAfter,
                start + CertificateLifecycle.validity > caEnd
            {
                return (nil, .pcaInvalidDuration)
            }
            return (periods.first?.start, nil)
        }
        guard certificate.validationMethod != nil else { return (nil, .other) }
        var blockedByCAA = false
        for period in periods {
            let end = period.end ?? time
            var from = period.start
            while let candidate = revalidated(certificate, since: period.start, from: from, through: end) {
                if caaAllowsIssuance(of: certificate, at: candidate) { return (candidate, nil) }
                // ACM retries; the answer can change only when a CAA record does.
                blockedByCAA = true
                guard let next = caaChanges(for: certificate, after: candidate, through: end).first else { break }
                from = next
            }
        }
        return (nil, blockedByCAA ? .caaError : nil)
    }

    /// The first instant in `[from, end]` at which the renewal's domains are validated: every
    /// DNS record resolves, or the owner approved the email since `periodStart`.
    private func revalidated(_ certificate: ACMCertificate, since periodStart: Date, from: Date, through end: Date)
        -> Date?
    {
        guard from <= end else { return nil }
        if certificate.validationMethod == .dns { return validated(certificate, from: from, through: end) }
        if certificate.emailApprovals.contains(where: { $0 >= periodStart && $0 <= from }) { return from }
        return certificate.emailApprovals.first { $0 >= from && $0 <= end }
    }

    /// Why the private CA cannot sign the renewal: deleted (`PCA_RESOURCE_NOT_FOUND`), not
    /// active (`PCA_INVALID_STATE`), or, for a CA of another account, its policy no longer lets
    /// the certificate's account have it issue through ACM (`PCA_ACCESS_DENIED`).
    private func privateCAFailure(_ certificate: ACMCertificate, _ caARN: String, at time: Date)
        -> RenewalStatusReason?
    {
        guard let authority = certificateAuthority(arn: caARN), authority.storedStatus != .deleted else {
            return .pcaResourceNotFound
        }
        guard authority.status(at: time) == .active else { return .pcaInvalidState }
        guard authority.accountID != certificate.accountID else { return nil }
        guard let owner = try? rootSession(of: certificate.accountID) else { return .pcaAccessDenied }
        let request = AccessRequest(
            session: owner.with { $0.calledVia = ["acm.amazonaws.com"] }, action: "acm-pca:IssueCertificate",
            resource: .init(arn: caARN, accountID: authority.accountID, tags: authority.tags, policy: authority.policy),
            context: ["acm-pca:TemplateArn": ["arn:\(partition):acm-pca:::template/EndEntityCertificate/V1"]])
        return (try? requireAccess(request, deniedCode: .accessDeniedException)) == nil ? .pcaAccessDenied : nil
    }

    /// The renewal's `DomainValidationOptions`: each DNS-validated domain whose record resolves
    /// now is `SUCCESS`, the others wait (`PENDING_VALIDATION`) and fail at expiry.
    private func renewalValidations(of certificate: ACMCertificate, at time: Date, expired: Bool) -> [DomainValidation]
    {
        let waiting: DomainValidationStatus = expired ? .failed : .pendingValidation
        guard certificate.validationMethod == .dns else { return domainValidations(of: certificate, status: waiting) }
        return domainValidations(of: certificate, status: nil).map { domain in
            var domain = domain
            let resolves = domain.resourceRecord.flatMap {
                firstResolution(name: $0.name, type: $0.type, value: $0.value, from: time, through: time)
            }
            domain.validationStatus = resolves == nil ? waiting : .success
            return domain
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
