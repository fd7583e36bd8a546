import Foundation
import LZSim

/// Security Hub's ACM controls (https://docs.aws.amazon.com/securityhub/latest/userguide/acm-controls.html),
/// and Control Tower's proactive CT.ACM.PR.1 checked against the certificates themselves
/// (https://docs.aws.amazon.com/controltower/latest/controlreference/acm-rules.html).
extension ControlCatalog {
    static let acm: [Control] = [
        Control(
            id: "ACM.1", title: "Imported and ACM-issued certificates should be renewed after a specified time period",
            service: "acm", severity: .medium, mappings: [.init(framework: .fsbp, reference: "ACM.1")],
            parameters: [
                .init(
                    name: "daysToExpiration", summary: "days before expiry from which a certificate fails",
                    kind: .integer, defaultValue: ["30"], range: 14...365)
            ],
            resourceType: "AWS::CertificateManager::Certificate", needs: "issued or imported ACM certificates",
            logic: "Each issued or imported certificate: NON_COMPLIANT if it expires within daysToExpiration days "
                + "of now, expired ones included (acm-certificate-expiration-check). Certificates not yet issued "
                + "have no validity and are not evaluated.",
            requirement: "more than daysToExpiration days of validity left",
            remediation:
                "Renew or re-import the certificate, or fix what blocks ACM's managed renewal (DNS records, use)",
            evaluate: { input in
                let limit = input.int("daysToExpiration")
                return input.accounts.flatMap { account in
                    ((try? input.world.certificateDetails(in: account.id)) ?? []).compactMap { detail in
                        guard let notAfter = detail.notAfter, let days = detail.daysToExpiry(from: input.world.now)
                        else { return nil }
                        let status: ControlStatus =
                            if notAfter <= input.world.now {
                                .nonCompliant("certificate for \(detail.domainName) expired on \(day(notAfter))")
                            } else if notAfter <= input.world.now + TimeInterval(limit) * 86_400 {
                                .nonCompliant(
                                    "certificate for \(detail.domainName) expires on \(day(notAfter)), in \(days) days, "
                                        + "within the \(limit) days allowed")
                            } else {
                                .compliant("certificate for \(detail.domainName) is valid for \(days) more days")
                            }
                        return input.finding(
                            account.name, "certificate", input.labels[detail.certificateARN] ?? detail.domainName,
                            id: detail.certificateARN, status, tags: certificateTags(detail, account.id, input))
                    }
                }
            }),
        Control(
            id: "ACM.2", title: "RSA certificates managed by ACM should use a key length of at least 2,048 bits",
            service: "acm", severity: .high, mappings: [.init(framework: .fsbp, reference: "ACM.2")],
            parameters: [], resourceType: "AWS::CertificateManager::Certificate", needs: "RSA ACM certificates",
            logic: "Each RSA certificate: NON_COMPLIANT if its key is shorter than 2,048 bits "
                + "(acm-certificate-rsa-check). Elliptic-curve certificates are not evaluated.",
            requirement: "an RSA key of at least 2,048 bits",
            remediation: "Re-issue or re-import the certificate with an RSA_2048 (or longer) or EC key",
            evaluate: { input in
                input.accounts.flatMap { account in
                    ((try? input.world.certificateDetails(in: account.id)) ?? []).filter(\.keyAlgorithm.isRSA).map {
                        detail in
                        let status: ControlStatus =
                            detail.keySize < 2_048
                            ? .nonCompliant(
                                "certificate for \(detail.domainName) uses \(detail.keyAlgorithm.rawValue), "
                                    + "shorter than 2,048 bits")
                            : .compliant(
                                "certificate for \(detail.domainName) uses \(detail.keyAlgorithm.rawValue)")
                        return input.finding(
                            account.name, "certificate", input.labels[detail.certificateARN] ?? detail.domainName,
                            id: detail.certificateARN, status, tags: certificateTags(detail, account.id, input))
                    }
                }
            }),
        Control(
            id: "CT.ACM.PR.1", title: "Require an AWS Private CA certificate to have a single domain name",
            service: "acm", severity: .medium, mappings: [.init(framework: .controlTower, reference: "CT.ACM.PR.1")],
            parameters: [], resourceType: "AWS::CertificateManager::Certificate",
            needs: "private ACM certificates",
            logic: "Each private certificate (one a private CA signs through ACM): NON_COMPLIANT if its domain "
                + "name or any subject alternative name contains a wildcard. Control Tower checks templates "
                + "before deployment; here the certificates that exist are checked.",
            requirement: "fully qualified domain names without a wildcard",
            remediation: "Request the certificate again for each fully qualified name, without `*`",
            evaluate: { input in
                input.accounts.flatMap { account in
                    ((try? input.world.certificateDetails(in: account.id)) ?? []).filter { $0.type == .private }.map {
                        detail in
                        let wildcards = ([detail.domainName] + detail.subjectAlternativeNames).filter {
                            $0.contains("*")
                        }
                        let status: ControlStatus =
                            wildcards.isEmpty
                            ? .compliant("private certificate for \(detail.domainName) names no wildcard")
                            : .nonCompliant(
                                "private certificate for \(detail.domainName) covers wildcard "
                                    + Set(wildcards).sorted().joined(separator: ", "))
                        return input.finding(
                            account.name, "certificate", input.labels[detail.certificateARN] ?? detail.domainName,
                            id: detail.certificateARN, status, tags: certificateTags(detail, account.id, input))
                    }
                }
            }),
    ]

    /// A certificate's tags, for a tag scope.
    static func certificateTags(_ detail: CertificateDetail, _ account: String, _ input: ControlInput) -> [String:
        String]
    {
        input.world.account(account)?.tls.certificates[detail.certificateARN]?.tags ?? [:]
    }
}
