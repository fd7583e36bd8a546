import Foundation
import LZPolicy
import LZSim
import Testing

@Suite struct CertificateGuardrailTests {
    static let ecOnly = """
        {"Version":"2012-10-17","Statement":[{"Sid":"RequireECKeys","Effect":"Deny",
        "Action":"acm:RequestCertificate","Resource":"*",
        "Condition":{"StringNotLike":{"acm:KeyAlgorithm":"EC_*"}}}]}
        """

    @Test("an SCP denies RequestCertificate unless the key algorithm is an EC algorithm")
    func ecOnlySCP() throws {
        var zone = try CertificateZone()
        let root = try zone.zone.managementRoot
        let scp = try zone.world.createOrganizationPolicy(
            name: "acm-ec-only", type: .serviceControlPolicy, content: Self.ecOnly, as: root)
        try zone.world.attachPolicy(policyID: scp.id, targetID: zone.zone.prodOU, as: root)
        let error = #expect(throws: AWSError.self) {
            try zone.world.requestCertificate(
                domainName: "app1.example.com", validationMethod: .dns, keyAlgorithm: .rsa2048, as: zone.admin)
        }
        #expect(error?.code == .accessDeniedException)
        #expect(error?.decision?.outcome == .explicitlyDenied)
        #expect(error?.message.contains("service control policy") == true)
        for algorithm in [KeyAlgorithm.ecPrime256v1, .ecSecp384r1] {
            try zone.world.requestCertificate(
                domainName: "app1.example.com", validationMethod: .dns, keyAlgorithm: algorithm, as: zone.admin)
        }
        // The dev OU is not governed by the SCP.
        let devAdmin = try zone.zone.administrator(of: zone.zone.dev)
        try zone.world.requestCertificate(domainName: "dev.example.com", validationMethod: .dns, as: devAdmin)
    }

    @Test("acm:DomainNames and acm:ValidationMethod reach identity policies")
    func conditionKeys() throws {
        var zone = try CertificateZone()
        let policy = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"acm:RequestCertificate","Resource":"*",
            "Condition":{"ForAllValues:StringLike":{"acm:DomainNames":"*.dev.example.com"},
            "StringEquals":{"acm:ValidationMethod":"DNS"}}}]}
            """
        let builder = try zone.zone.roleSession(in: zone.zone.prod, named: "CertBuilder", policy: policy)
        try zone.world.requestCertificate(domainName: "a.dev.example.com", validationMethod: .dns, as: builder)
        #expect(throws: AWSError.self) {
            try zone.world.requestCertificate(domainName: "a.prod.example.com", validationMethod: .dns, as: builder)
        }
        #expect(throws: AWSError.self) {
            try zone.world.requestCertificate(domainName: "a.dev.example.com", validationMethod: .email, as: builder)
        }
    }
}
