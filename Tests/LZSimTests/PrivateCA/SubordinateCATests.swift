import Foundation
import LZPolicy
import LZSim
import SwiftASN1
import Testing
import X509

@Suite struct SubordinateCATests {
    @Test("a subordinate CA signed by the root issues certificates whose chain reaches the root")
    func subordinate() throws {
        var zone = try CertificateZone()
        let root = try PrivateCATests.activeRoot(&zone)
        let subordinate = try zone.world.createCertificateAuthority(
            certificateAuthorityType: .subordinate, keyAlgorithm: .ecPrime256v1, signingAlgorithm: "SHA256WITHECDSA",
            subject: CertificateAuthoritySubject(commonName: "Example Issuing CA", organization: "Example"),
            as: zone.admin)
        let csr = try zone.world.getCertificateAuthorityCsr(certificateAuthorityARN: subordinate, as: zone.admin)
        let signed = try zone.world.issueCertificate(
            certificateAuthorityARN: root, csr: csr,
            templateARN: "arn:aws:acm-pca:::template/SubordinateCACertificate_PathLen0/V1", validity: .years(3),
            as: zone.admin)
        let pem = try zone.world.getCertificate(certificateAuthorityARN: root, certificateARN: signed, as: zone.admin)
        // The root's own certificate is not a valid chain start for the subordinate's import without it.
        let missingChain = #expect(throws: AWSError.self) {
            try zone.world.importCertificateAuthorityCertificate(
                certificateAuthorityARN: subordinate, certificate: pem.certificate, as: zone.admin)
        }
        #expect(missingChain?.code == .malformedCertificate)
        try zone.world.importCertificateAuthorityCertificate(
            certificateAuthorityARN: subordinate, certificate: pem.certificate, certificateChain: pem.certificateChain,
            as: zone.admin)

        let arn = try zone.world.requestCertificate(
            domainName: "svc.internal.example.com", keyAlgorithm: .ecPrime256v1, certificateAuthorityARN: subordinate,
            as: zone.admin)
        let exported = try zone.world.getCertificate(certificateARN: arn, as: zone.admin)
        let leaf = try Certificate(pemEncoded: exported.certificate)
        let chain = try PEMDocument.parseMultiple(pemString: exported.certificateChain).map {
            try Certificate(derEncoded: $0.derBytes)
        }
        #expect(chain.map(\.subject) == [try Certificate(pemEncoded: pem.certificate).subject, chain[1].issuer])
        #expect(chain[0].publicKey.isValidSignature(leaf.signature, for: leaf))
        #expect(chain[1].publicKey.isValidSignature(chain[0].signature, for: chain[0]))
        let constraints = try chain[0].extensions.basicConstraints
        #expect(constraints == .isCertificateAuthority(maxPathLength: 0))
        let listed = try zone.world.listCertificateAuthorities(as: zone.admin)
        #expect(Set(listed.map(\.arn)) == [root, subordinate])
        #expect(listed.allSatisfy { $0.storedStatus == .active })
    }

    @Test("a CA policy lets another account issue from the CA, and only the template it names")
    func policy() throws {
        var zone = try CertificateZone()
        let root = try PrivateCATests.activeRoot(&zone)
        let dev = zone.zone.dev
        let devAdmin = try zone.world.createUserIfMissing(in: dev, named: "certificate-admin")
        let policy = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"\(dev)"},
            "Action":["acm-pca:IssueCertificate","acm-pca:GetCertificate"],"Resource":"\(root)",
            "Condition":{"StringEquals":{"acm-pca:TemplateArn":"arn:aws:acm-pca:::template/EndEntityCertificate/V1"}}}]}
            """
        try zone.world.putPolicy(resourceARN: root, policy: policy, as: zone.admin)
        let (csr, _) = try CertificateFixtures.csr("dev.internal.example.com")
        try zone.world.issueCertificate(certificateAuthorityARN: root, csr: csr, validity: .days(30), as: devAdmin)
        let denied = #expect(throws: AWSError.self) {
            try zone.world.issueCertificate(
                certificateAuthorityARN: root, csr: csr,
                templateARN: "arn:aws:acm-pca:::template/SubordinateCACertificate_PathLen0/V1", validity: .days(30),
                as: devAdmin)
        }
        #expect(denied?.isAccessDenied == true)
        let malformed = #expect(throws: AWSError.self) {
            try zone.world.putPolicy(resourceARN: root, policy: "{", as: zone.admin)
        }
        #expect(malformed?.code == .invalidPolicy)
    }

    @Test("Private CA refuses keys and requests it cannot honour")
    func refusals() throws {
        var zone = try CertificateZone()
        let mismatch = #expect(throws: AWSError.self) {
            try zone.world.createCertificateAuthority(
                certificateAuthorityType: .root, keyAlgorithm: .rsa2048, signingAlgorithm: "SHA256WITHECDSA",
                subject: PrivateCATests.subject, as: zone.admin)
        }
        #expect(mismatch?.code == .invalidArgs)
        let root = try PrivateCATests.activeRoot(&zone)
        let badCSR = #expect(throws: AWSError.self) {
            try zone.world.issueCertificate(
                certificateAuthorityARN: root, csr: "not a csr", validity: .days(30), as: zone.admin)
        }
        #expect(badCSR?.code == .malformedCSR)
        let (csr, _) = try CertificateFixtures.csr("long.internal.example.com")
        let tooLong = #expect(throws: AWSError.self) {
            try zone.world.issueCertificate(
                certificateAuthorityARN: root, csr: csr, validity: .years(11), as: zone.admin)
        }
        #expect(tooLong?.code == .invalidArgs)
        let rsa = #expect(throws: AWSError.self) {
            try zone.world.requestCertificate(
                domainName: "x.internal.example.com", keyAlgorithm: .rsa2048, certificateAuthorityARN: root,
                as: zone.admin)
        }
        #expect(rsa?.code == .validationException)
    }
}
