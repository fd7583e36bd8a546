import Foundation
import LZSim

extension WorkloadAssertions {
    /// The account's resources of the asserted type, sorted by name.
    func subjects(accountID: String) -> [Subject] {
        let found: [Subject]
        switch declaration.resourceType.text {
        case "acm:certificate": found = certificates(accountID)
        case "acm-pca:certificate": found = issuedCertificates(accountID)
        case "s3:bucket": found = buckets(accountID)
        case "ebs:default-encryption": found = ebsDefaults(accountID)
        case "ebs:volume": found = volumes(accountID)
        case "rds:db-instance": found = dbInstances(accountID)
        case "cloudtrail:trail": found = trails(accountID)
        case "elasticloadbalancing:listener": found = listeners(accountID)
        default: found = keys(accountID)
        }
        return found.sorted { $0.name < $1.name }
    }

    private func region(of arn: String) -> String {
        arn.split(separator: ":", omittingEmptySubsequences: false).dropFirst(3).first.map(String.init)
            ?? world.regions[0]
    }

    private func certificates(_ accountID: String) -> [Subject] {
        let now = world.now
        return ((try? world.certificateDetails(in: accountID)) ?? []).map { detail in
            Subject(
                name: scenarioName("certificates", detail.certificateARN, fallback: detail.domainName),
                arn: detail.certificateARN, region: region(of: detail.certificateARN)
            ) { property in
                switch property {
                case "status": .text(detail.status.rawValue)
                case "type": .text(detail.type.rawValue)
                case "renewal_eligibility": .text(detail.renewalEligibility.rawValue)
                case "key_algorithm": .text(detail.keyAlgorithm.rawValue)
                // ACM.2 asks only RSA keys for 2048 bits; an EC key has no RSA length to fall short.
                case "rsa_key_bits_at_least": .number(detail.keyAlgorithm.isRSA ? detail.keySize : Int.max)
                case "days_to_expiry_at_least": .number(detail.daysToExpiry(from: now))
                case "in_use": .flag(!detail.inUseBy.isEmpty)
                case "domain_names_within", "domain_names_exclude":
                    .domainNames(
                        [detail.domainName] + detail.subjectAlternativeNames.filter { $0 != detail.domainName })
                case "renewal_status": .text(detail.renewalSummary?.renewalStatus.rawValue ?? "NONE")
                case "renewal_status_reason": .text(detail.renewalSummary?.renewalStatusReason?.rawValue ?? "NONE")
                default: .text(detail.domainValidationOptions.first?.validationMethod?.rawValue ?? "NONE")
                }
            }
        }
    }

    /// Certificates a private CA issued with `IssueCertificate`: each belongs to the account whose
    /// scenario declared it, else to the CA's owner.
    private func issuedCertificates(_ accountID: String) -> [Subject] {
        let declared = Dictionary(
            built.workloadIDs.compactMap { key, arn -> (String, String)? in
                let parts = key.split(separator: ".", maxSplits: 2)
                guard parts.count == 3, parts[0] == "issued_certificates" else { return nil }
                return (arn, String(parts[1]))
            }
        ) { first, _ in first }
        let now = world.now
        return world.accounts.flatMap { owner in
            owner.tls.certificateAuthorities.values.flatMap { authority in
                authority.issuedCertificates.values.filter { issued in
                    declared[issued.arn].map { built.accountIDs[$0] == accountID } ?? (owner.id == accountID)
                }
            }
        }.map { issued in
            Subject(
                name: scenarioName("issued_certificates", issued.arn, fallback: issued.arn), arn: issued.arn,
                region: region(of: issued.arn)
            ) { property in
                property == "renewal_eligibility"
                    ? .text(issued.renewalEligibility.rawValue)
                    : .number(Int((issued.notAfter.timeIntervalSince(now) / 86_400).rounded(.down)))
            }
        }
    }

    /// Listeners named `BALANCER:PORT` by the scenario's load balancer names.
    private func listeners(_ accountID: String) -> [Subject] {
        ((try? world.listeners(in: accountID)) ?? []).map { listener in
            let balancer = built.network.name(of: listener.loadBalancerARN).split(separator: "/").last.map(String.init)
            return Subject(
                name: "\(balancer ?? listener.loadBalancerARN):\(listener.port)", arn: listener.arn,
                region: region(of: listener.arn)
            ) { property in
                switch property {
                case "protocol": .text(listener.protocol.rawValue)
                case "ssl_policy": .text(listener.sslPolicy ?? "NONE")
                case "allows_legacy_tls": .flag(listener.allowsTLS10 || listener.allowsTLS11)
                default: .text(world.targetEncryption(of: listener).rawValue)
                }
            }
        }
    }

    private func buckets(_ accountID: String) -> [Subject] {
        world.s3.buckets.values.filter { $0.accountID == accountID }.map { bucket in
            let block = world.effectivePublicAccessBlock(of: bucket)
            return Subject(
                name: scenarioName("bucket_names", bucket.name, fallback: bucket.name), arn: bucket.arn,
                region: bucket.region
            ) { property in
                switch property {
                case "encryption": .text(bucket.encryption.sseAlgorithm.rawValue)
                case "key":
                    .key(
                        bucket.encryption.kmsMasterKeyID,
                        awsManaged: bucket.encryption.sseAlgorithm == .awsKMS ? "alias/aws/s3" : nil)
                case "bucket_key": .flag(bucket.encryption.bucketKeyEnabled)
                case "external_access":
                    .externalAccess(world.externalAccess(of: bucket, zone: world.defaultZone(of: accountID)))
                default:
                    .flag(
                        block.blockPublicAcls && block.ignorePublicAcls && block.blockPublicPolicy
                            && block.restrictPublicBuckets)
                }
            }
        }
    }

    private func ebsDefaults(_ accountID: String) -> [Subject] {
        world.regions.map { region in
            let defaults = world.ec2.encryptionDefaults(account: accountID, region: region)
            return Subject(name: region, arn: "EBS defaults of \(accountID) in \(region)", region: region) { property in
                property == "enabled"
                    ? .flag(defaults.encryptionByDefault) : .key(defaults.defaultKMSKeyID, awsManaged: "alias/aws/ebs")
            }
        }
    }

    private func volumes(_ accountID: String) -> [Subject] {
        world.ec2.volumes.values.filter { $0.accountID == accountID }.map { volume in
            Subject(
                name: scenarioName("volumes", volume.volumeID, fallback: volume.volumeID), arn: volume.arn,
                region: volume.region
            ) { property in
                switch property {
                case "encrypted": .flag(volume.encrypted)
                case "attached": .flag(volume.attachedInstanceID != nil)
                default: .key(volume.kmsKeyID, awsManaged: nil)
                }
            }
        }
    }

    private func dbInstances(_ accountID: String) -> [Subject] {
        world.rds.instances.values.filter { $0.accountID == accountID }.map { instance in
            Subject(
                name: scenarioName("db_instances", instance.arn, fallback: instance.dbInstanceIdentifier),
                arn: instance.arn, region: instance.region
            ) { property in
                property == "storage_encrypted"
                    ? .flag(instance.storageEncrypted) : .key(instance.kmsKeyID, awsManaged: nil)
            }
        }
    }

    private func trails(_ accountID: String) -> [Subject] {
        world.cloudTrail.trails.values.filter { $0.accountID == accountID }.map { trail in
            Subject(name: trail.name, arn: trail.trailARN, region: trail.homeRegion) { property in
                switch property {
                case "multi_region": .flag(trail.isMultiRegionTrail)
                case "log_file_validation": .flag(trail.logFileValidationEnabled)
                case "organization": .flag(trail.isOrganizationTrail)
                case "logging": .flag(trail.isLogging)
                case "cloudwatch_logs": .flag(trail.cloudWatchLogs != nil)
                case "management_events": .text(Self.managementEvents(trail.eventSelectors))
                default: .key(trail.kmsKeyID, awsManaged: nil)
                }
            }
        }
    }

    /// `All`, `ReadOnly`, `WriteOnly` or `none`: what the selectors record of management events together.
    static func managementEvents(_ selectors: [EventSelector]) -> String {
        let types = Set(selectors.filter(\.includeManagementEvents).map(\.readWriteType))
        if types.isEmpty { return "none" }
        if types.contains(.all) || types == [.readOnly, .writeOnly] { return "All" }
        return types.first!.rawValue
    }

    private func keys(_ accountID: String) -> [Subject] {
        guard let account = world.account(accountID) else { return [] }
        let names = Dictionary(built.keyARNs.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        return account.kms.regions.values.flatMap(\.keys.values).filter { key in
            key.keyManager == .customer && world.keyState(key) != nil
        }.map { key in
            let name = names[key.arn].map { String($0.split(separator: ".", maxSplits: 1).last ?? "") }
            return Subject(
                name: name ?? key.aliasNames.first ?? key.keyID, arn: key.arn, region: key.region
            ) { property in
                switch property {
                case "rotation": .flag(world.keyRotationStatus(key).keyRotationEnabled)
                case "state": .text(world.keyState(key)?.rawValue ?? KeyState.pendingDeletion.rawValue)
                case "external_access":
                    .externalAccess(world.externalAccess(of: key, zone: world.defaultZone(of: accountID)))
                default: .flag(key.isMultiRegion)
                }
            }
        }
    }
}
