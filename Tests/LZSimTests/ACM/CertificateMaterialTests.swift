import Crypto
import Foundation
import LZPolicy
import LZSim
import SwiftASN1
import Testing
import X509

@Suite struct CertificateMaterialTests {
    @Test("requesting certificates makes no keys; the first inspection does, and copies share it")
    func lazy() throws {
        var zone = try CertificateZone()
        let arns = try (0..<20).map { try zone.request("app\($0).example.com", keyAlgorithm: .ecPrime256v1) }
        for arn in arns { try zone.changeValidationRecords(arn) }
        let prod = zone.zone.prod
        #expect(zone.world.account(prod)?.tls.materializedCount == 0)
        let copy = zone.world
        let pem = try zone.world.getCertificate(certificateARN: arns[0], as: zone.admin)
        #expect(try copy.getCertificate(certificateARN: arns[0], as: zone.admin) == pem)
        #expect(zone.world.account(prod)?.tls.materializedCount == 1)
    }

    @Test("a public certificate is real X.509 for its names, chaining to the simulated Amazon root")
    func publicCertificate() throws {
        var zone = try CertificateZone()
        let arn = try zone.request("app1.example.com", ["*.app1.example.com"], keyAlgorithm: .ecSecp384r1)
        try zone.changeValidationRecords(arn)
        let pem = try zone.world.getCertificate(certificateARN: arn, as: zone.admin)
        let certificate = try Certificate(pemEncoded: pem.certificate)
        let chain = try PEMDocument.parseMultiple(pemString: pem.certificateChain).map {
            try Certificate(derEncoded: $0.derBytes)
        }
        #expect(chain.count == 2)
        #expect(chain[0].publicKey.isValidSignature(certificate.signature, for: certificate))
        #expect(chain[1].publicKey.isValidSignature(chain[0].signature, for: chain[0]))
        #expect(chain[1].subject == chain[1].issuer)
        let names = try certificate.extensions.subjectAlternativeNames
        #expect(names == SubjectAlternativeNames([.dnsName("app1.example.com"), .dnsName("*.app1.example.com")]))
        #expect(P384.Signing.PublicKey(certificate.publicKey) != nil)
        let detail = try zone.world.describeCertificate(certificateARN: arn, as: zone.admin)
        #expect(certificate.notValidAfter == detail.notAfter)
        #expect(
            certificate.serialNumber.bytes.map { String(format: "%02x", $0) }.joined(separator: ":") == detail.serial)
    }

    @Test("the same seed gives the same elliptic-curve keys in two separately built worlds")
    func deterministicKeys() throws {
        func publicKey() throws -> Certificate.PublicKey {
            var zone = try CertificateZone()
            let arn = try zone.request("app1.example.com", keyAlgorithm: .ecPrime256v1)
            try zone.changeValidationRecords(arn)
            return try Certificate(
                pemEncoded: zone.world.getCertificate(certificateARN: arn, as: zone.admin).certificate
            )
            .publicKey
        }
        #expect(try publicKey() == publicKey())
    }

    @Test("GetCertificate refuses a certificate that is not issued yet")
    func notIssued() throws {
        var zone = try CertificateZone()
        let arn = try zone.request("app1.example.com")
        let error = #expect(throws: AWSError.self) {
            try zone.world.getCertificate(certificateARN: arn, as: zone.admin)
        }
        #expect(error?.code == .requestInProgress)
    }
}
