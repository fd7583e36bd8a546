import Foundation
import LZPolicy
import LZSim
import Testing

@Suite struct RenewalStatusReasonTests {
    /// A private certificate for `api.internal.example.com`, served by a listener.
    static func servedPrivateCertificate() throws -> (CertificateZone, ca: String, arn: String) {
        var zone = try CertificateZone()
        let ca = try PrivateCATests.activeRoot(&zone)
        let arn = try PrivateCATests.requestPrivate(&zone, ca: ca)
        _ = try zone.serve(arn)
        return (zone, ca, arn)
    }

    @Test("RenewalStatusReason spells every value of ACM's enumeration")
    func everyReason() {
        #expect(
            RenewalStatusReason.allCases.map(\.rawValue) == [
                "NO_AVAILABLE_CONTACTS", "ADDITIONAL_VERIFICATION_REQUIRED", "DOMAIN_NOT_ALLOWED",
                "INVALID_PUBLIC_DOMAIN", "DOMAIN_VALIDATION_DENIED", "CAA_ERROR", "PCA_LIMIT_EXCEEDED",
                "PCA_INVALID_ARN", "PCA_INVALID_STATE", "PCA_REQUEST_FAILED", "PCA_NAME_CONSTRAINTS_VALIDATION",
                "PCA_RESOURCE_NOT_FOUND", "PCA_INVALID_ARGS", "PCA_INVALID_DURATION", "PCA_ACCESS_DENIED",
                "SLR_NOT_FOUND", "OTHER",
            ])
    }

    @Test("a renewal whose private CA was deleted fails with PCA_RESOURCE_NOT_FOUND, then the certificate expires")
    func deletedCA() throws {
        var (zone, ca, arn) = try Self.servedPrivateCertificate()
        let notAfter = try #require(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).notAfter)
        try zone.world.updateCertificateAuthority(certificateAuthorityARN: ca, status: .disabled, as: zone.admin)
        try zone.world.deleteCertificateAuthority(certificateAuthorityARN: ca, as: zone.admin)
        try zone.world.setClock(to: notAfter - 30 * CertificateZone.day)
        let failing = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(failing.status == .issued)
        #expect(failing.renewalSummary?.renewalStatus == .failed)
        #expect(failing.renewalSummary?.renewalStatusReason == .pcaResourceNotFound)
        #expect(failing.renewalSummary?.updatedAt == notAfter - 60 * CertificateZone.day)
        try zone.world.setClock(to: notAfter)
        let expired = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(expired.status == .expired)
        #expect(expired.renewalSummary?.renewalStatusReason == .pcaResourceNotFound)
    }

    @Test("a CA re-enabled inside the renewal window renews; one still disabled reports PCA_INVALID_STATE")
    func disabledThenEnabled() throws {
        var (zone, ca, arn) = try Self.servedPrivateCertificate()
        let notAfter = try #require(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).notAfter)
        try zone.world.updateCertificateAuthority(certificateAuthorityARN: ca, status: .disabled, as: zone.admin)
        try zone.world.setClock(to: notAfter - 40 * CertificateZone.day)
        let failing = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(failing.renewalSummary?.renewalStatusReason == .pcaInvalidState)
        try zone.world.updateCertificateAuthority(certificateAuthorityARN: ca, status: .active, as: zone.admin)
        let renewed = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(renewed.renewalSummary?.renewalStatus == .success)
        #expect(renewed.renewalSummary?.renewalStatusReason == nil)
    }

    @Test("a renewal that would outlive the private CA's certificate fails with PCA_INVALID_DURATION")
    func caExpiresFirst() throws {
        var zone = try CertificateZone()
        let ca = try zone.world.createCertificateAuthority(
            certificateAuthorityType: .root, keyAlgorithm: .ecPrime256v1, signingAlgorithm: "SHA256WITHECDSA",
            subject: PrivateCATests.subject, as: zone.admin)
        try zone.world.activateRootCertificateAuthority(
            certificateAuthorityARN: ca, validity: .days(600), as: zone.admin)
        let arn = try PrivateCATests.requestPrivate(&zone, ca: ca)
        _ = try zone.serve(arn)
        let notAfter = try #require(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).notAfter)
        try zone.world.setClock(to: notAfter - 30 * CertificateZone.day)
        let failing = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(failing.renewalSummary?.renewalStatus == .failed)
        #expect(failing.renewalSummary?.renewalStatusReason == .pcaInvalidDuration)
        #expect(failing.notAfter == notAfter)
    }

    @Test("a shared CA whose policy no longer lets the account issue fails the renewal with PCA_ACCESS_DENIED")
    func sharedCAPolicyWithdrawn() throws {
        var zone = try CertificateZone()
        let ca = try PrivateCATests.activeRoot(&zone)
        let devAdmin = try zone.world.createUserIfMissing(in: zone.zone.dev, named: "certificate-admin")
        try PrivateCATests.shareWithOrganization(&zone, ca)
        let arn = try zone.world.requestCertificate(
            domainName: "dev.internal.example.com", keyAlgorithm: .ecPrime256v1, certificateAuthorityARN: ca,
            as: devAdmin)
        _ = try zone.world.exportCertificate(certificateARN: arn, passphrase: Array("passphrase".utf8), as: devAdmin)
        let notAfter = try #require(try zone.world.describeCertificate(certificateARN: arn, as: devAdmin).notAfter)
        try zone.world.putPolicy(
            resourceARN: ca,
            policy:
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"\#(zone.zone.prod)"},"Action":"acm-pca:GetCertificate","Resource":"\#(ca)"}]}"#,
            as: zone.admin)
        try zone.world.setClock(to: notAfter - 30 * CertificateZone.day)
        let failing = try zone.world.describeCertificate(certificateARN: arn, as: devAdmin)
        #expect(failing.renewalSummary?.renewalStatus == .failed)
        #expect(failing.renewalSummary?.renewalStatusReason == .pcaAccessDenied)
    }

    @Test("each domain of a pending renewal has its own ValidationStatus: SUCCESS where the CNAME resolves")
    func perDomainStatus() throws {
        var zone = try CertificateZone()
        let arn = try zone.request("app1.example.com", ["api.other.example.com"])
        try zone.changeValidationRecords(arn)
        _ = try zone.serve(arn)
        let notAfter = try #require(try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).notAfter)
        let records = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).domainValidationOptions
        let removed = try #require(records.first { $0.domainName == "api.other.example.com" }?.resourceRecord)
        try zone.world.changeResourceRecordSets(
            hostedZoneID: zone.hostedZoneID,
            changes: [
                ResourceRecordSetChange(
                    action: .delete,
                    resourceRecordSet: ResourceRecordSet(
                        name: removed.name, type: removed.type, resourceRecords: [removed.value]))
            ], as: zone.admin)
        try zone.world.setClock(to: notAfter - 30 * CertificateZone.day)
        let pending = try #require(
            try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).renewalSummary)
        #expect(pending.renewalStatus == .pendingValidation)
        #expect(pending.renewalStatusReason == nil)
        let statuses = Dictionary(
            uniqueKeysWithValues: pending.domainValidationOptions.map { ($0.domainName, $0.validationStatus) })
        #expect(statuses == ["app1.example.com": .success, "api.other.example.com": .pendingValidation])
        try zone.world.setClock(to: notAfter)
        let failed = try #require(
            try zone.world.describeCertificate(certificateARN: arn, as: zone.admin).renewalSummary)
        #expect(failed.renewalStatus == .failed)
        #expect(
            failed.domainValidationOptions.first { $0.domainName == "api.other.example.com" }?.validationStatus
                == .failed)
    }
}
