import Foundation
import LZSim

extension StepOperations {
    /// KMS calls: ciphertexts are saved as base64 text (`save: blob`, then `${steps.blob}`).
    static let kmsCalls: [String: Entry] = [
        "kms:Encrypt": Entry(parameters: ["KeyId", "Plaintext", "EncryptionContext"]) {
            world, session, with throws(StepFailure) in
            let (key, plaintext, context) = try read { () throws(ScenarioError) in
                (try with.required("KeyId"), try with.string("Plaintext") ?? "lzsim", try with.map("EncryptionContext"))
            }
            let result = try aws { () throws(AWSError) in
                try world.encrypt(keyID: key, plaintext: Data(plaintext.utf8), encryptionContext: context, as: session)
            }
            return .text(result.ciphertextBlob.base64EncodedString())
        },
        "kms:Decrypt": Entry(parameters: ["CiphertextBlob", "KeyId", "EncryptionContext"]) {
            world, session, with throws(StepFailure) in
            let (blob, key, context) = try read { () throws(ScenarioError) in
                (try with.required("CiphertextBlob"), try with.string("KeyId"), try with.map("EncryptionContext"))
            }
            guard let data = Data(base64Encoded: blob) else {
                throw .scenario(
                    ScenarioError(
                        "expected a base64 ciphertext for 'CiphertextBlob', such as one a kms:Encrypt step saved",
                        at: with.location))
            }
            let result = try aws { () throws(AWSError) in
                try world.decrypt(ciphertextBlob: data, keyID: key, encryptionContext: context, as: session)
            }
            return .text(String(decoding: result.plaintext, as: UTF8.self))
        },
        "kms:GenerateDataKey": Entry(parameters: ["KeyId", "EncryptionContext"]) {
            world, session, with throws(StepFailure) in
            let (key, context) = try read { () throws(ScenarioError) in
                (try with.required("KeyId"), try with.map("EncryptionContext"))
            }
            let result = try aws { () throws(AWSError) in
                try world.generateDataKey(keyID: key, keySpec: .aes256, encryptionContext: context, as: session)
            }
            return .text(result.ciphertextBlob.base64EncodedString())
        },
        "kms:DescribeKey": Entry(parameters: ["KeyId"]) { world, session, with throws(StepFailure) in
            let key = try read { () throws(ScenarioError) in try with.required("KeyId") }
            return .text(try aws { () throws(AWSError) in try world.describeKey(keyID: key, as: session).arn })
        },
    ]
}
