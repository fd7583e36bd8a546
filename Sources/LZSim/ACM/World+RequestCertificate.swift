import Foundation

extension World {
    /// ACM's default quota of domain names per certificate, the domain name included
    /// (https://docs.aws.amazon.com/acm/latest/userguide/acm-limits.html).
    static let domainNamesPerCertificate = 10
    /// ACM's default quota of certificates per account and Region.
    static let certificatesPerAccount = 2_500

    /// `RequestCertificate`: a public certificate validated by DNS or email, or, with a
    /// `certificateAuthorityARN`, a private certificate signed by that CA.
    ///
    /// ```swift
    /// let arn = try world.requestCertificate(
    ///     domainName: "app1.example.com", subjectAlternativeNames: ["www.app1.example.com"],
    ///     validationMethod: .dns, as: admin)
    /// let record = try world.describeCertificate(certificateARN: arn, as: admin)
    ///     .domainValidationOptions[0].resourceRecord   // the CNAME to create
    /// ```
    /// - Parameters:
    ///   - domainName: The subject's name; at most 64 characters (it becomes the common name).
    ///   - subjectAlternativeNames: More names; with the domain name at most 10 in all.
    ///   - validationMethod: DNS or EMAIL for public certificates (EMAIL when omitted, as ACM does).
    ///   - keyAlgorithm: `RSA_2048` (the default), `EC_prime256v1` or `EC_secp384r1`.
    ///   - certificateTransparencyLogging: ENABLED unless the request says otherwise.
    ///   - idempotencyToken: Repeating a request with the same token within an hour returns the same certificate.
    ///   - domainValidationOptions: For email validation, the domain to mail for a name (`name → validation domain`).
    ///   - certificateAuthorityARN: A private CA, shared with the account or its own.
    ///   - tags: Tags for the certificate.
    /// - Returns: The certificate's ARN.
    /// - Throws: `ValidationException`, `LimitExceededException`, `InvalidDomainValidationOptionsException`,
    ///   `InvalidParameterException`, `InvalidTagException`, `TooManyTagsException`, `ResourceNotFoundException`
    ///   (the CA), or `AccessDeniedException` with the deciding statements.
    @discardableResult
    public mutating func requestCertificate(
        domainName: String,
        subjectAlternativeNames: [String] = [],
        validationMethod: ValidationMethod? = nil,
        keyAlgorithm: KeyAlgorithm = .rsa2048,
        certificateTransparencyLogging: CertificateTransparencyLoggingPreference = .enabled,
        idempotencyToken: String? = nil,
        domainValidationOptions: [String: String] = [:],
        certificateAuthorityARN: String? = nil,
        tags: [String: String] = [:],
        as session: Session
    ) throws(AWSError) -> String {
        let accountID = session.accountID
        let region = session.attributes.region ?? regions[0]
        try DomainName.validate(domainName, field: "domainName")
        guard domainName.utf8.count <= 64 else {
            throw AWSError(
                .validationException,
                "The first domain name can't exceed 64 octets (characters), including periods: \(domainName)")
        }
        var names = [DomainName.normalized(domainName)]
        for name in subjectAlternativeNames {
            try DomainName.validate(name, field: "subjectAlternativeNames")
            if !names.contains(DomainName.normalized(name)) { names.append(DomainName.normalized(name)) }
        }
        guard names.count <= Self.domainNamesPerCertificate else {
            throw AWSError(
                .limitExceededException,
                "Cannot request a certificate with \(names.count) domain names: the quota is "
                    + "\(Self.domainNamesPerCertificate) (\(names.joined(separator: ", ")))")
        }
        guard KeyAlgorithm.requestable.contains(keyAlgorithm) else {
            throw AWSError(
                .validationException,
                "Key algorithm \(keyAlgorithm.rawValue) is not supported for certificate requests; use one of "
                    + KeyAlgorithm.requestable.map(\.rawValue).joined(separator: ", "))
        }
        try ACMTags.validate(tags)
        if let idempotencyToken {
            guard !idempotencyToken.isEmpty, idempotencyToken.count <= 32,
                idempotencyToken.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
            else {
                throw AWSError(
                    .validationException, "IdempotencyToken '\(idempotencyToken)' must be 1 to 32 word characters")
            }
        }
        let method: ValidationMethod? = certificateAuthorityARN == nil ? (validationMethod ?? .email) : nil
        for (name, validationDomain) in domainValidationOptions {
            let normalized = DomainName.normalized(name)
            guard names.contains(normalized),
                normalized == DomainName.normalized(validationDomain)
                    || DomainName.validationDomain(normalized).hasSuffix("." + DomainName.normalized(validationDomain))
            else {
                throw AWSError(
                    .invalidDomainValidationOptions,
                    "DomainValidationOption \(name) -> \(validationDomain) does not match a name of the request")
            }
        }
        var context = ACMTags.requestTagContext(tags)
        context["acm:DomainNames"] = names
        context["acm:KeyAlgorithm"] = [keyAlgorithm.rawValue]
        context["acm:CertificateTransparencyLogging"] = [certificateTransparencyLogging.rawValue]
        if let method { context["acm:ValidationMethod"] = [method.rawValue] }
        if let certificateAuthorityARN { context["acm:CertificateAuthority"] = [certificateAuthorityARN] }
        try requireAccess(
            AccessRequest(
                session: session, action: "acm:RequestCertificate", resource: .init(arn: "*", accountID: accountID),
                context: context, region: region),
            deniedCode: .accessDeniedException)
        let (earlierARN, count) = try quotaAndToken(in: accountID, region: region, token: idempotencyToken)
        if let earlierARN { return earlierARN }
        if let certificateAuthorityARN {
            try requireIssuingAuthority(certificateAuthorityARN, keyAlgorithm: keyAlgorithm, as: session)
        }
        guard count < Self.certificatesPerAccount else {
            throw AWSError(
                .limitExceededException,
                "the account \(accountID) has \(Self.certificatesPerAccount) certificates in \(region), ACM's quota")
        }
        let arn = "arn:\(partition):acm:\(region):\(accountID):certificate/\(ids.uuid())"
        var records: [String: ResourceRecord] = [:]
        if method == .dns {
            for name in names.map(DomainName.validationDomain) where records[name] == nil {
                let token = ids.hexadecimal(32)
                records[name] = ResourceRecord(
                    name: "_\(token).\(name).", type: "CNAME",
                    value: "_\(ids.hexadecimal(32)).\(ids.lowercaseAlphanumeric(10)).acm-validations.aws.")
            }
        }
        let certificate = ACMCertificate(
            arn: arn, accountID: accountID, region: region, domainName: names[0], subjectAlternativeNames: names,
            type: certificateAuthorityARN == nil ? .amazonIssued : .private, validationMethod: method,
            keyAlgorithm: keyAlgorithm, createdAt: now, certificateTransparencyLogging: certificateTransparencyLogging,
            idempotencyToken: idempotencyToken, tags: tags, certificateAuthorityARN: certificateAuthorityARN,
            imported: nil, importedAt: nil, validationRecords: records, materialSeed: ids.materialSeed())
        try updateTLS(of: accountID) { $0.insert(certificate) }
        return arn
    }

    /// The certificate an idempotency token made within the last hour, and how many certificates
    /// the account has in the Region. A function of its own so no reference to the account's
    /// certificates outlives it: one would make the insertion that follows copy them all.
    private func quotaAndToken(in accountID: String, region: String, token: String?) throws(AWSError) -> (String?, Int)
    {
        guard let tls = accountsByID[accountID]?.tls else {
            throw AWSError(.noSuchEntity, "the world has no account '\(accountID)'")
        }
        let earlier = token.flatMap { tls.idempotencyTokens["\(region)/\($0)"] }.flatMap { tls.certificates[$0] }
        let recent = earlier.map { now.timeIntervalSince($0.createdAt) < 3_600 } ?? false
        return (recent ? earlier?.arn : nil, tls.certificateCounts[region] ?? 0)
    }

    /// A private CA may sign ACM's request when it is active, its key is of the requested family,
    /// and the caller may have it issue certificates (its own permissions, or the CA's policy
    /// for a CA shared from another account).
    private func requireIssuingAuthority(_ arn: String, keyAlgorithm: KeyAlgorithm, as session: Session)
        throws(AWSError)
    {
        guard let authority = certificateAuthority(arn: arn) else {
            throw AWSError(.resourceNotFound, "Could not find certificate authority \(arn)")
        }
        guard authority.status(at: now) == .active else {
            throw AWSError(
                .validationException,
                "Certificate authority \(arn) is \(authority.status(at: now).rawValue), not ACTIVE")
        }
        guard authority.keyAlgorithm.isRSA == keyAlgorithm.isRSA else {
            throw AWSError(
                .validationException,
                "Key algorithm \(keyAlgorithm.rawValue) is not of the family of the CA's key "
                    + "\(authority.keyAlgorithm.rawValue)")
        }
        let viaACM = session.with { $0.calledVia = ["acm.amazonaws.com"] }
        try requireAccess(
            AccessRequest(
                session: viaACM, action: "acm-pca:IssueCertificate",
                resource: .init(
                    arn: arn, accountID: authority.accountID, tags: authority.tags, policy: authority.policy),
                context: ["acm-pca:TemplateArn": ["arn:\(partition):acm-pca:::template/EndEntityCertificate/V1"]]),
            deniedCode: .accessDeniedException)
    }
}
