import BenchmarkSupport
import Crypto
import Foundation
import LZSim
import SwiftASN1
import X509

// Requests N public certificates through the gateway (an organization with an SCP on
// certificates, four member accounts, ACM's quota of 2,500 certificates per account and
// Region), reads them back, then imports M PEM certificates with two-certificate chains, each
// parsed and fully checked (key match, validity, every signature of the chain).

let requestCount = argument("--requests", default: 10_000)
let importCount = argument("--imports", default: 1_000)
let clock = ContinuousClock()

var world = World(seed: 3)
let management = try world.createStandaloneAccount(name: "management", email: "root@example.com")
let root = try world.rootSession(of: management)
let organization = try world.createOrganization(as: root)
try world.enablePolicyType(.serviceControlPolicy, rootID: organization.rootID, as: root)
let guardrail = try world.createOrganizationPolicy(
    name: "acm-guardrail", type: .serviceControlPolicy,
    content: """
        {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"acm:RequestCertificate","Resource":"*",
        "Condition":{"StringEquals":{"acm:ValidationMethod":"EMAIL"}}}]}
        """, as: root)
try world.attachPolicy(policyID: guardrail.id, targetID: organization.rootID, as: root)
var admins: [Session] = []
for index in 0..<max(1, (max(requestCount, importCount) + 2_499) / 2_500) {
    let account = try world.createAccount(accountName: "workload-\(index)", email: "w\(index)@example.com", as: root)
    let accountRoot = try world.rootSession(of: account)
    try world.createUser(userName: "admin", as: accountRoot)
    try world.attachUserPolicy(
        userName: "admin", policyARN: "arn:aws:iam::aws:policy/AdministratorAccess", as: accountRoot)
    admins.append(try world.userSession(account: account, userName: "admin"))
}

// The imports run against the organization before the requests, so the quotas leave room.
let emptyWorld = world

// 1. Requests: lazy material, so a request is validation, authorization and a record.
var requested: [String] = []
requested.reserveCapacity(requestCount)
let requestTime = try clock.measure {
    for index in 0..<requestCount {
        let admin = admins[index / 2_500]
        requested.append(
            try world.requestCertificate(
                domainName: "app\(index).example.com", subjectAlternativeNames: ["www.app\(index).example.com"],
                validationMethod: .dns, keyAlgorithm: index % 2 == 0 ? .rsa2048 : .ecPrime256v1, as: admin))
    }
}
let describeTime = try clock.measure {
    for (index, arn) in requested.enumerated() {
        _ = try world.describeCertificate(certificateARN: arn, as: admins[index / 2_500])
    }
}

// 2. Imports: the PEM is made before timing; one root and intermediate sign every leaf.
func name(_ commonName: String) throws -> DistinguishedName {
    try DistinguishedName {
        OrganizationName("lzsim benchmark")
        CommonName(commonName)
    }
}
let start = world.now - 86_400
let end = world.now + 300 * 86_400
let rootKey = Certificate.PrivateKey(P256.Signing.PrivateKey())
let issuerKey = Certificate.PrivateKey(P256.Signing.PrivateKey())
func authority(_ subject: String, issuer: String, key: Certificate.PrivateKey, signer: Certificate.PrivateKey) throws
    -> Certificate
{
    try Certificate(
        version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: key.publicKey, notValidBefore: start,
        notValidAfter: end + 86_400, issuer: try name(issuer), subject: try name(subject),
        signatureAlgorithm: .ecdsaWithSHA256,
        extensions: Certificate.Extensions { Critical(BasicConstraints.isCertificateAuthority(maxPathLength: nil)) },
        issuerPrivateKey: signer)
}
let chain =
    try authority("Bench Issuing CA", issuer: "Bench Root CA", key: issuerKey, signer: rootKey).serializeAsPEM()
    .pemString + "\n"
    + authority("Bench Root CA", issuer: "Bench Root CA", key: rootKey, signer: rootKey).serializeAsPEM().pemString
var material: [(certificate: String, key: String)] = []
for index in 0..<importCount {
    let key = Certificate.PrivateKey(P256.Signing.PrivateKey())
    let leaf = try Certificate(
        version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: key.publicKey, notValidBefore: start,
        notValidAfter: end, issuer: try name("Bench Issuing CA"), subject: try name("imported\(index).example.com"),
        signatureAlgorithm: .ecdsaWithSHA256,
        extensions: Certificate.Extensions {
            SubjectAlternativeNames([.dnsName("imported\(index).example.com")])
        },
        issuerPrivateKey: issuerKey)
    material.append((try leaf.serializeAsPEM().pemString, try key.serializeAsPEM().pemString))
}
var importWorld = emptyWorld
let importTime = try clock.measure {
    for (index, item) in material.enumerated() {
        try importWorld.importCertificate(
            certificate: item.certificate, privateKey: item.key, certificateChain: chain, as: admins[index / 2_500])
    }
}

print("requested \(requestCount) certificates in \(String(format: "%.3f", seconds(requestTime))) s")
print("described them in \(String(format: "%.3f", seconds(describeTime))) s")
let made = world.accounts.map(\.tls.materializedCount).reduce(0, +)
print("keys and certificates made while requesting and describing: \(made)")
print(
    "imported and validated \(importCount) PEM certificates with 2-certificate chains in "
        + "\(String(format: "%.3f", seconds(importTime))) s "
        + "(\(String(format: "%.0f", Double(importCount) / max(seconds(importTime), 1e-9))) per second)")
