import Foundation
import LZSim

extension StepOperations {
    /// EC2 calls about EBS encryption: volumes, and the account's encryption by default.
    static let ec2Calls: [String: Entry] = [
        "ec2:CreateVolume": Entry(parameters: ["Size", "AvailabilityZone", "Encrypted", "KmsKeyId"]) {
            world, session, with throws(StepFailure) in
            let (size, zone, encrypted, key) = try read { () throws(ScenarioError) in
                (
                    try with.int("Size") ?? 8, try with.string("AvailabilityZone"), try with.bool("Encrypted"),
                    try with.string("KmsKeyId")
                )
            }
            return .text(
                try aws { () throws(AWSError) in
                    try world.createVolume(
                        size: size, availabilityZone: zone, encrypted: encrypted, kmsKeyID: key, as: session
                    ).volumeID
                })
        },
        "ec2:EnableEbsEncryptionByDefault": Entry(parameters: []) { world, session, _ throws(StepFailure) in
            try aws { () throws(AWSError) in try world.enableEbsEncryptionByDefault(as: session) }
            return .text("true")
        },
        "ec2:DisableEbsEncryptionByDefault": Entry(parameters: []) { world, session, _ throws(StepFailure) in
            try aws { () throws(AWSError) in try world.disableEbsEncryptionByDefault(as: session) }
            return .text("false")
        },
        "ec2:GetEbsEncryptionByDefault": Entry(parameters: []) { world, session, _ throws(StepFailure) in
            .text(String(try aws { () throws(AWSError) in try world.getEbsEncryptionByDefault(as: session) }))
        },
        "ec2:ModifyEbsDefaultKmsKeyId": Entry(parameters: ["KmsKeyId"]) { world, session, with throws(StepFailure) in
            let key = try read { () throws(ScenarioError) in try with.required("KmsKeyId") }
            return .text(
                try aws { () throws(AWSError) in try world.modifyEbsDefaultKmsKeyId(kmsKeyID: key, as: session) })
        },
    ]

    /// RDS calls.
    static let rdsCalls: [String: Entry] = [
        "rds:CreateDBInstance": Entry(
            parameters: [
                "DBInstanceIdentifier", "Engine", "DBInstanceClass", "AllocatedStorage", "StorageEncrypted", "KmsKeyId",
            ]
        ) { world, session, with throws(StepFailure) in
            let (identifier, engine, instanceClass, storage, encrypted, key) = try read {
                () throws(ScenarioError) in
                (
                    try with.required("DBInstanceIdentifier"), try with.string("Engine") ?? "postgres",
                    try with.string("DBInstanceClass") ?? "db.t3.micro", try with.int("AllocatedStorage") ?? 20,
                    try with.bool("StorageEncrypted") ?? false, try with.string("KmsKeyId")
                )
            }
            return .text(
                try aws { () throws(AWSError) in
                    try world.createDBInstance(
                        dbInstanceIdentifier: identifier, engine: engine, dbInstanceClass: instanceClass,
                        allocatedStorage: storage, storageEncrypted: encrypted, kmsKeyID: key, as: session
                    ).arn
                })
        }
    ]
}
