import Foundation
import LZPolicy
import LZSim
import Testing

@Suite struct CertificateRequestTests {
    @Test("a DNS-validated certificate is issued once its validation CNAME exists")
    func issuedWhenRecordExists() throws {
        var zone = try CertificateZone()
        let arn = try zone.request("app1.example.com", ["www.app1.example.com"])
        var detail = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(detail.status == .pendingValidation)
        #expect(detail.type == .amazonIssued)
        #expect(detail.domainValidationOptions.map(\.domainName) == ["app1.example.com", "www.app1.example.com"])
        let record = try #require(detail.domainValidationOptions[0].resourceRecord)
        #expect(record.type == "CNAME")
        #expect(record.name.hasSuffix(".app1.example.com."))
        #expect(record.value.hasSuffix(".acm-validations.aws."))

        try zone.world.advanceClock(by: 3_600)
        try zone.changeValidationRecords(arn)
        detail = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(detail.status == .issued)
        #expect(detail.issuedAt == zone.world.now)
        #expect(detail.notAfter == zone.world.now + 395 * CertificateZone.day)
        #expect(detail.issuer == "Amazon")
        #expect(detail.domainValidationOptions.allSatisfy { $0.validationStatus == .success })
        #expect(detail.renewalEligibility == .ineligible)  // not in use yet
    }

    @Test("without the CNAME a certificate stays pending, then times out 72 hours after the request")
    func timesOut() throws {
        var zone = try CertificateZone()
        let arn = try zone.request("app1.example.com")
        try zone.world.advanceClock(by: 71 * 3_600)
        #expect(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).status == .pendingValidation)
        try zone.world.advanceClock(by: 3_600)
        let detail = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(detail.status == .validationTimedOut)
        #expect(detail.domainValidationOptions.allSatisfy { $0.validationStatus == .failed })
        // A record created after the deadline does not revive the request.
        try zone.changeValidationRecords(arn)
        #expect(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).status == .validationTimedOut)
    }

    @Test("reading a certificate never changes the world")
    func readsDoNotMutate() throws {
        var zone = try CertificateZone()
        let arn = try zone.request("app1.example.com")
        try zone.world.advanceClock(by: 100 * 3_600)
        let before = zone.world
        _ = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(
            before.account(zone.zone.prod)?.tls.certificates[arn]?.createdAt
                == zone.world.account(zone.zone.prod)?.tls.certificates[arn]?.createdAt)
        #expect(try before.describeCertificate(certificateARN: arn, as: zone.admin).status == .validationTimedOut)
    }

    @Test(
        "ACM's domain-name rules reject bad names with the value in the message",
        arguments: [
            "example", "*.*.example.com", "www.*.example.com", "-bad.example.com", "bad-.example.com",
            "exa_mple.com", String(repeating: "a", count: 64) + ".example.com",
        ])
    func badDomainNames(name: String) throws {
        var zone = try CertificateZone()
        let error = #expect(throws: AWSError.self) {
            try zone.world.requestCertificate(domainName: name, validationMethod: .dns, as: zone.admin)
        }
        #expect(error?.code == .validationException)
        #expect(error?.message.contains(name) == true)
    }

    @Test("more than ten names exceed ACM's quota")
    func tooManyNames() throws {
        var zone = try CertificateZone()
        let names = (1...10).map { "n\($0).example.com" }
        let error = #expect(throws: AWSError.self) {
            try zone.world.requestCertificate(
                domainName: "example.com", subjectAlternativeNames: names, validationMethod: .dns, as: zone.admin)
        }
        #expect(error?.code == .limitExceededException)
        try zone.world.requestCertificate(
            domainName: "example.com", subjectAlternativeNames: Array(names.prefix(9)), validationMethod: .dns,
            as: zone.admin)
    }

    @Test("ACM issues only RSA_2048, EC_prime256v1 and EC_secp384r1", arguments: KeyAlgorithm.allCases)
    func requestableAlgorithms(algorithm: KeyAlgorithm) throws {
        var zone = try CertificateZone()
        if KeyAlgorithm.requestable.contains(algorithm) {
            let arn = try zone.request("app1.example.com", keyAlgorithm: algorithm)
            #expect(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).keyAlgorithm == algorithm)
        } else {
            let error = #expect(throws: AWSError.self) { try zone.request("app1.example.com", keyAlgorithm: algorithm) }
            #expect(error?.message.contains(algorithm.rawValue) == true)
        }
    }

    @Test("the same idempotency token within an hour returns the same certificate")
    func idempotency() throws {
        var zone = try CertificateZone()
        func request() throws -> String {
            try zone.world.requestCertificate(
                domainName: "app1.example.com", validationMethod: .dns, idempotencyToken: "deploy42", as: zone.admin)
        }
        let first = try request()
        #expect(try request() == first)
        try zone.world.advanceClock(by: 3_601)
        #expect(try request() != first)
    }

    @Test("a validation domain that is not a parent of the name is refused")
    func badValidationDomain() throws {
        var zone = try CertificateZone()
        let error = #expect(throws: AWSError.self) {
            try zone.world.requestCertificate(
                domainName: "app1.example.com", validationMethod: .email,
                domainValidationOptions: ["app1.example.com": "other.org"], as: zone.admin)
        }
        #expect(error?.code == .invalidDomainValidationOptions)
    }

    @Test("an email-validated certificate is issued when the owner approves in time")
    func emailValidation() throws {
        var zone = try CertificateZone()
        let arn = try zone.world.requestCertificate(domainName: "mail.example.com", as: zone.admin)
        var detail = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(detail.domainValidationOptions[0].validationMethod == .email)
        #expect(detail.domainValidationOptions[0].validationEmails.contains("admin@mail.example.com"))
        try zone.world.advanceClock(by: 3_600)
        try zone.world.approveValidationEmail(certificateARN: arn)
        detail = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(detail.status == .issued)
    }

    @Test("ListCertificates lists RSA_1024 and RSA_2048 unless asked for other key types")
    func listFilters() throws {
        var zone = try CertificateZone()
        let rsa = try zone.request("rsa.example.com")
        let ec = try zone.request("ec.example.com", keyAlgorithm: .ecPrime256v1)
        #expect(try zone.world.listCertificates(as: zone.admin).map(\.certificateARN) == [rsa])
        let all = try zone.world.listCertificates(
            includes: CertificateFilters(keyTypes: KeyAlgorithm.allCases), as: zone.admin)
        #expect(Set(all.map(\.certificateARN)) == [rsa, ec])
        try zone.changeValidationRecords(ec)
        let issued = try zone.world.listCertificates(
            certificateStatuses: [.issued], includes: CertificateFilters(keyTypes: [.ecPrime256v1]), as: zone.admin)
        #expect(issued.map(\.certificateARN) == [ec])
    }

    @Test("tags are added and removed, and a certificate of another account is not found")
    func tagsAndErrors() throws {
        var zone = try CertificateZone()
        let arn = try zone.request("app1.example.com")
        try zone.world.addTagsToCertificate(certificateARN: arn, tags: ["env": "prod", "team": "web"], as: zone.admin)
        try zone.world.removeTagsFromCertificate(certificateARN: arn, tags: ["team": nil], as: zone.admin)
        #expect(try zone.world.listTagsForCertificate(certificateARN: arn, as: zone.admin) == ["env": "prod"])
        let missing = arn.replacingOccurrences(of: "certificate/", with: "certificate/0")
        #expect(throws: AWSError.self) { try zone.world.describeCertificate(certificateARN: missing, as: zone.admin) }
        let error = #expect(throws: AWSError.self) {
            try zone.world.describeCertificate(certificateARN: "arn:aws:s3:::bucket", as: zone.admin)
        }
        #expect(error?.code == .invalidARN)
        let badTag = #expect(throws: AWSError.self) {
            try zone.world.addTagsToCertificate(certificateARN: arn, tags: ["aws:owner": "x"], as: zone.admin)
        }
        #expect(badTag?.code == .invalidTag)
    }

    @Test("PutAccountConfiguration accepts 1 to 45 days")
    func accountConfiguration() throws {
        var zone = try CertificateZone()
        #expect(try zone.world.getAccountConfiguration(as: zone.admin) == 45)
        try zone.world.putAccountConfiguration(daysBeforeExpiry: 30, idempotencyToken: "t", as: zone.admin)
        #expect(try zone.world.getAccountConfiguration(as: zone.admin) == 30)
        let error = #expect(throws: AWSError.self) {
            try zone.world.putAccountConfiguration(daysBeforeExpiry: 46, idempotencyToken: "t", as: zone.admin)
        }
        #expect(error?.code == .validationException)
    }

    @Test("another account's administrator is denied a certificate: ACM has no resource policies")
    func crossAccountDenied() throws {
        var zone = try CertificateZone()
        let arn = try zone.request("app1.example.com")
        let devAdmin = try zone.world.createUserIfMissing(in: zone.zone.dev, named: "certificate-admin")
        let error = #expect(throws: AWSError.self) {
            try zone.world.describeCertificate(certificateARN: arn, as: devAdmin)
        }
        #expect(error?.code == .accessDeniedException)
        #expect(throws: AWSError.self) { try zone.world.deleteCertificate(certificateARN: arn, as: devAdmin) }
    }
}
