import Foundation

extension World {
    /// `ImportCertificate`: a certificate, its private key and optionally its chain, as PEM.
    /// Re-importing with `certificateARN` replaces the material and keeps the ARN. Imported
    /// certificates are never renewed by ACM.
    /// - Parameters:
    ///   - certificate: One PEM certificate.
    ///   - privateKey: Its unencrypted private key (PKCS #8, PKCS #1 or SEC 1 PEM), at most 5 KB.
    ///   - certificateChain: The issuing CAs in order, PEM blocks one after the other.
    ///   - certificateARN: The imported certificate to replace.
    ///   - tags: Tags, only on a first import.
    /// - Returns: The certificate's ARN.
    /// - Throws: `ValidationException` naming what ACM refused, `ResourceNotFoundException` (re-import),
    ///   `InvalidParameterException`, `LimitExceededException`, or `AccessDeniedException`.
    @discardableResult
    public mutating func importCertificate(
        certificate: String,
        privateKey: String,
        certificateChain: String = "",
        certificateARN: String? = nil,
        tags: [String: String] = [:],
        as session: Session
    ) throws(AWSError) -> String {
        let accountID = session.accountID
        let region = session.attributes.region ?? regions[0]
        var previous: ACMCertificate?
        if let certificateARN {
            let existing = try requireCertificate(certificateARN)
            guard existing.type == .imported else {
                throw AWSError(
                    .validationException,
                    "Certificate \(certificateARN) is \(existing.type.rawValue); only imported certificates can be re-imported"
                )
            }
            guard tags.isEmpty else {
                throw AWSError(.invalidParameter, "Tags cannot be given when re-importing \(certificateARN)")
            }
            previous = existing
        }
        try ACMTags.validate(tags)
        let arn = certificateARN ?? "arn:\(partition):acm:\(region):\(accountID):certificate/\(ids.uuid())"
        try requireAccess(
            AccessRequest(
                session: session, action: "acm:ImportCertificate",
                resource: .init(arn: arn, accountID: previous?.accountID ?? accountID, tags: previous?.tags ?? [:]),
                context: ACMTags.requestTagContext(tags), region: region),
            deniedCode: .accessDeniedException)
        let parsed = try CertificateImportValidator.validate(
            certificate: certificate, privateKey: privateKey, chain: certificateChain, at: now)
        if previous == nil {
            let count = try requireAccount(accountID).tls.certificateCounts[region] ?? 0
            guard count < Self.certificatesPerAccount else {
                throw AWSError(
                    .limitExceededException,
                    "the account \(accountID) has \(Self.certificatesPerAccount) certificates in \(region), ACM's quota"
                )
            }
        }
        let record = ACMCertificate(
            arn: arn, accountID: previous?.accountID ?? accountID, region: previous?.region ?? region,
            domainName: parsed.names.first ?? parsed.subject, subjectAlternativeNames: parsed.names, type: .imported,
            validationMethod: nil, keyAlgorithm: parsed.keyAlgorithm, createdAt: previous?.createdAt ?? now,
            certificateTransparencyLogging: .disabled, idempotencyToken: nil, tags: previous?.tags ?? tags,
            certificateAuthorityARN: nil, imported: parsed, importedAt: now, validationRecords: [:],
            materialSeed: previous?.materialSeed ?? 0)
        try updateTLS(of: record.accountID) { $0.insert(record) }
        return arn
    }
}
