import BenchmarkSupport
import Crypto
import Foundation
import LZPolicy
import LZSim

// Measures KMS in the simulated world: authorized Encrypt + Decrypt pairs through the gateway
// (a prepared caller, a key with a policy, an SCP at the root, real AES-256-GCM), with every
// request evaluated by the policy engine and with the prepared caller's remembered decisions;
// AES-256-GCM alone through swift-crypto for comparison; ECDSA Sign + Verify pairs with a
// secp256k1 key and a P-256 key; and creating many keys with policies (no key material is made).

let keyCount = argument("--keys", default: 10_000)
let measureSeconds = Double(argument("--seconds", default: 2))
let clock = ContinuousClock()

do {
    var world = World(seed: 1)
    let management = try world.createStandaloneAccount(name: "management", email: "root@example.com")
    let root = try world.rootSession(of: management)
    let organization = try world.createOrganization(as: root)
    try world.enablePolicyType(.serviceControlPolicy, rootID: organization.rootID, as: root)
    let guardrail = try world.createOrganizationPolicy(
        name: "deny-short-deletion", type: .serviceControlPolicy,
        content:
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"kms:ScheduleKeyDeletion","Resource":"*","Condition":{"NumericLessThan":{"kms:ScheduleKeyDeletionPendingWindowInDays":"30"}}}]}"#,
        as: root)
    try world.attachPolicy(policyID: guardrail.id, targetID: organization.rootID, as: root)
    let prod = try world.createAccount(accountName: "prod", email: "prod@example.com", as: root)
    let prodRoot = try world.rootSession(of: prod)
    try world.createUser(userName: "admin", as: prodRoot)
    try world.attachUserPolicy(
        userName: "admin", policyARN: "arn:aws:iam::aws:policy/AdministratorAccess", as: prodRoot)
    let admin = try world.userSession(account: prod, userName: "admin")
    try world.createRole(
        roleName: "app1-runtime",
        assumeRolePolicyDocument:
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::\#(prod):root"},"Action":"sts:AssumeRole"}]}"#,
        as: admin)
    try world.putRolePolicy(
        roleName: "app1-runtime", policyName: "use-data-key",
        policyDocument:
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["kms:Encrypt","kms:Decrypt"],"Resource":"arn:aws:kms:*:\#(prod):key/*"}]}"#,
        as: admin)

    func keyPolicy(_ index: Int) -> String {
        #"""
        {"Version":"2012-10-17","Id":"key-\#(index)","Statement":[
         {"Sid":"Root","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::\#(prod):root"},"Action":"kms:*","Resource":"*"},
         {"Sid":"Users","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::\#(prod):role/app1-runtime"},
          "Action":["kms:Encrypt","kms:Decrypt","kms:ReEncrypt*","kms:GenerateDataKey*","kms:DescribeKey"],"Resource":"*",
          "Condition":{"StringEquals":{"kms:EncryptionContext:app":"app1"}}}]}
        """#
    }

    let key = try world.createKey(policy: keyPolicy(0), description: "app1 data", as: admin)
    let runtime = try world.assumeRole(
        AssumeRoleRequest(roleARN: "arn:aws:iam::\(prod):role/app1-runtime", roleSessionName: "bench"), as: admin)
    let plaintext = Data(repeating: 0x2A, count: 64)
    let context = ["app": "app1"]

    /// Encrypt+Decrypt pairs for `measureSeconds` with one prepared caller.
    let frozen = world
    func pairsPerSecond(_ caller: PreparedCaller) throws -> (rate: Double, microseconds: Double, pairs: Int) {
        for _ in 0..<1_000 {
            let sealed = try frozen.encrypt(
                keyID: key.keyID, plaintext: plaintext, encryptionContext: context, as: caller)
            let opened = try frozen.decrypt(
                ciphertextBlob: sealed.ciphertextBlob, encryptionContext: context, as: caller)
            precondition(opened.plaintext == plaintext)
        }
        var pairs = 0
        let start = clock.now
        let deadline = start + .milliseconds(Int(measureSeconds * 1_000))
        while clock.now < deadline {
            for _ in 0..<1_000 {
                let sealed = try frozen.encrypt(
                    keyID: key.keyID, plaintext: plaintext, encryptionContext: context, as: caller)
                _ = try frozen.decrypt(ciphertextBlob: sealed.ciphertextBlob, encryptionContext: context, as: caller)
            }
            pairs += 1_000
        }
        let elapsed = seconds(clock.now - start)
        return (Double(pairs) / elapsed, elapsed / Double(pairs) * 1e6, pairs)
    }

    // The floor: swift-crypto's AES-256-GCM seal and open of the same sizes, nothing else.
    do {
        let aesKey = SymmetricKey(size: .bits256)
        let additional = [UInt8](repeating: 1, count: 80)
        var count = 0
        let start = clock.now
        let deadline = start + .milliseconds(Int(measureSeconds * 1_000))
        while clock.now < deadline {
            for _ in 0..<1_000 {
                let sealed = try AES.GCM.seal(plaintext, using: aesKey, authenticating: additional)
                count &+= try AES.GCM.open(sealed, using: aesKey, authenticating: additional).count
            }
        }
        let pairs = count / plaintext.count
        let elapsed = seconds(clock.now - start)
        print(
            String(
                format: "AES-256-GCM seal+open alone (swift-crypto): %.0f pairs/s (%.2f µs a pair)",
                Double(pairs) / elapsed, elapsed / Double(pairs) * 1e6))
    }
    let evaluated = try pairsPerSecond(world.prepare(runtime, memoizingDecisions: false))
    print(
        String(
            format: "Encrypt+Decrypt, every request evaluated by the engine: %.0f pairs/s (%.2f µs a pair)",
            evaluated.rate, evaluated.microseconds))
    let memoized = try pairsPerSecond(world.prepare(runtime))
    print(
        String(
            format: "Encrypt+Decrypt, decisions remembered by the prepared caller: %.0f pairs/s (%.2f µs a pair)",
            memoized.rate, memoized.microseconds))

    // Sign + Verify through the world (ECDSA_SHA_256, a RAW message), with lzsim's own secp256k1
    // arithmetic on BigInt beside swift-crypto's P-256 for comparison.
    for spec in [KeySpec.eccSECGP256K1, .eccNISTP256] {
        let signing = try world.createKey(keyUsage: .signVerify, keySpec: spec, as: admin)
        let signer = world
        let message = Data("bench message".utf8)
        var count = 0
        let start = clock.now
        let deadline = start + .milliseconds(Int(measureSeconds * 1_000))
        while clock.now < deadline || count < 10 {
            let signed = try signer.sign(
                keyID: signing.keyID, message: message, signingAlgorithm: .ecdsaSHA256, as: admin)
            try signer.verify(
                keyID: signing.keyID, message: message, signature: signed.signature,
                signingAlgorithm: .ecdsaSHA256, as: admin)
            count += 1
        }
        let elapsed = seconds(clock.now - start)
        print(
            String(
                format: "Sign+Verify with %@: %.0f pairs/s (%.2f ms a pair)", spec.rawValue,
                Double(count) / elapsed, elapsed / Double(count) * 1e3))
    }

    // Creating keys with policies: each policy parsed, validated, compiled and lockout-checked.
    let policies = (1...keyCount).map(keyPolicy)
    var creator = world
    let creation = try clock.measure {
        for policy in policies {
            try creator.createKey(policy: policy, as: admin)
        }
    }
    print(
        String(
            format: "CreateKey with a policy: %d keys in %.3f s (%.1f µs a key)", keyCount, seconds(creation),
            seconds(creation) / Double(keyCount) * 1e6))
} catch {
    print("benchmark failed: \(error)")
    exit(1)
}
