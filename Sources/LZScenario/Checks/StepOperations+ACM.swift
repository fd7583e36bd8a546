import Foundation
import LZSim

extension StepOperations {
    /// ACM and Private CA calls: certificates requested, imported, described and issued.
    static let certificateCalls: [String: Entry] = [
        "acm:RequestCertificate": Entry(
            parameters: [
                "DomainName", "SubjectAlternativeNames", "ValidationMethod", "KeyAlgorithm", "CertificateAuthorityArn",
                "IdempotencyToken", "Tags",
            ]
        ) { world, session, with throws(StepFailure) in
            let (domain, names, method, algorithm, authority, token, tags) = try read { () throws(ScenarioError) in
                (
                    try with.required("DomainName"), try with.strings("SubjectAlternativeNames"),
                    try validationMethod(with),
                    try with.choice("KeyAlgorithm", KeyAlgorithm.self), try with.string("CertificateAuthorityArn"),
                    try with.string("IdempotencyToken"), try with.map("Tags")
                )
            }
            return .text(
                try aws { () throws(AWSError) in
                    try world.requestCertificate(
                        domainName: domain, subjectAlternativeNames: names, validationMethod: method,
                        keyAlgorithm: algorithm ?? .rsa2048, idempotencyToken: token,
                        certificateAuthorityARN: authority, tags: tags, as: session)
                })
        },
        "acm:DescribeCertificate": Entry(parameters: ["CertificateArn"]) { world, session, with throws(StepFailure) in
            let arn = try read { () throws(ScenarioError) in try with.required("CertificateArn") }
            return .text(
                try aws { () throws(AWSError) in
                    try world.describeCertificate(certificateARN: arn, as: session).status.rawValue
                })
        },
        "acm:ImportCertificate": Entry(
            parameters: ["Certificate", "PrivateKey", "CertificateChain", "CertificateArn", "Tags"]
        ) { world, session, with throws(StepFailure) in
            let (certificate, key, chain, arn, tags) = try read { () throws(ScenarioError) in
                (
                    try with.required("Certificate"), try with.required("PrivateKey"),
                    try with.string("CertificateChain") ?? "", try with.string("CertificateArn"), try with.map("Tags")
                )
            }
            return .text(
                try aws { () throws(AWSError) in
                    try world.importCertificate(
                        certificate: certificate, privateKey: key, certificateChain: chain, certificateARN: arn,
                        tags: tags, as: session)
                })
        },
        "acm:DeleteCertificate": Entry(parameters: ["CertificateArn"]) { world, session, with throws(StepFailure) in
            let arn = try read { () throws(ScenarioError) in try with.required("CertificateArn") }
            try aws { () throws(AWSError) in try world.deleteCertificate(certificateARN: arn, as: session) }
            return .none
        },
        "acm:RevokeCertificate": Entry(parameters: ["CertificateArn", "RevocationReason"]) {
            world, session, with throws(StepFailure) in
            let (arn, reason) = try read { () throws(ScenarioError) in
                (try with.required("CertificateArn"), try revocationReason(with))
            }
            try aws { () throws(AWSError) in
                try world.revokeCertificate(certificateARN: arn, revocationReason: reason, as: session)
            }
            return .none
        },
        "acm:ResendValidationEmail": Entry(parameters: ["CertificateArn", "Domain", "ValidationDomain"]) {
            world, session, with throws(StepFailure) in
            let (arn, domain, validationDomain) = try read { () throws(ScenarioError) in
                (
                    try with.required("CertificateArn"), try with.required("Domain"),
                    try with.required("ValidationDomain")
                )
            }
            try aws { () throws(AWSError) in
                try world.resendValidationEmail(
                    certificateARN: arn, domain: domain, validationDomain: validationDomain, as: session)
            }
            return .none
        },
        "acm-pca:RevokeCertificate": Entry(
            parameters: ["CertificateAuthorityArn", "CertificateSerial", "RevocationReason"]
        ) { world, session, with throws(StepFailure) in
            let (authority, serial, reason) = try read { () throws(ScenarioError) in
                (
                    try with.required("CertificateAuthorityArn"), try with.required("CertificateSerial"),
                    try revocationReason(with)
                )
            }
            try aws { () throws(AWSError) in
                try world.revokeCertificate(
                    certificateAuthorityARN: authority, certificateSerial: serial, revocationReason: reason,
                    as: session)
            }
            return .none
        },
        "acm-pca:IssueCertificate": Entry(
            parameters: ["CertificateAuthorityArn", "Csr", "SigningAlgorithm", "TemplateArn", "Validity"]
        ) { world, session, with throws(StepFailure) in
            let (authority, csr, signing, template, validity) = try read { () throws(ScenarioError) in
                (
                    try with.required("CertificateAuthorityArn"), try with.required("Csr"),
                    try with.string("SigningAlgorithm"), try with.string("TemplateArn"), try caValidity(with)
                )
            }
            return .text(
                try aws { () throws(AWSError) in
                    try world.issueCertificate(
                        certificateAuthorityARN: authority, csr: csr, signingAlgorithm: signing,
                        templateARN: template, validity: validity, as: session)
                })
        },
    ]

    /// `DNS` or `EMAIL`.
    private static func validationMethod(_ with: StepParameters) throws(ScenarioError) -> ValidationMethod? {
        guard let text = try with.string("ValidationMethod") else { return nil }
        guard let method = ValidationMethod(rawValue: text) else {
            throw ScenarioError(
                "expected DNS or EMAIL for 'ValidationMethod', found '\(text)'",
                at: with.node("ValidationMethod")!.location)
        }
        return method
    }

    /// `RevocationReason`, which both services require.
    private static func revocationReason(_ with: StepParameters) throws(ScenarioError) -> RevocationReason {
        guard let reason = try with.choice("RevocationReason", RevocationReason.self) else {
            throw ScenarioError(
                "the call needs 'RevocationReason' in 'with', such as KEY_COMPROMISE or SUPERSEDED", at: with.location)
        }
        return reason
    }

    /// `Validity` as AWS shapes it (`{Type: DAYS, Value: 30}`; `MONTHS`, `YEARS`), or `30d`, `6m`, `10y`.
    private static func caValidity(_ with: StepParameters) throws(ScenarioError) -> PrivateCAValidity {
        guard let node = with.node("Validity") else {
            throw ScenarioError(
                "the call needs 'Validity' in 'with', such as {Type: DAYS, Value: 30}", at: with.location)
        }
        if let text = node.scalar {
            return try WorkloadsBuilder.validity(
                Named(text: try with.substitute(text, node.location), location: node.location))
        }
        let fields = try Fields(node, "the Validity", allowed: ["Type", "Value"])
        let type = try fields.choice("Type", ["DAYS", "MONTHS", "YEARS"]) ?? "DAYS"
        guard let value = try fields.int("Value"), value > 0 else {
            throw ScenarioError("the Validity needs 'Value', a positive whole number", at: node.location)
        }
        switch type {
        case "MONTHS": return .months(value)
        case "YEARS": return .years(value)
        default: return .days(value)
        }
    }
}
