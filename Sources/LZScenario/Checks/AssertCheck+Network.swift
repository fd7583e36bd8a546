import LZSim

/// `assert` over VPCs: whether their address space stays clear of every other VPC's and of the
/// ranges a platform team reserves (on-premises, other clouds).
extension AssertCheck {
    /// One verdict per VPC of an account, or `nil` when the assert is not about VPCs.
    func networkVerdicts(account: String, accountID: String) throws(ScenarioError) -> [(String, Verdict)]? {
        guard declaration.resourceType.text == "ec2:vpc" else { return nil }
        let all = world.network.vpcs.values.sorted { $0.vpcId < $1.vpcId }
        var results: [(String, Verdict)] = []
        for vpc in all where vpc.place.accountID == accountID {
            let name = built.network.name(of: vpc.vpcId).split(separator: "/").last.map(String.init) ?? vpc.vpcId
            guard !excluded(name) else { continue }
            var failures: [String] = []
            for (property, value) in declaration.expectations {
                switch property.text {
                case "overlaps_other_vpcs":
                    let wanted = try flag(value, property)
                    let others = all.filter { other in
                        other.vpcId != vpc.vpcId
                            && other.cidrBlocks.contains { block in vpc.cidrBlocks.contains { $0.overlaps(block) } }
                    }.map { built.network.name(of: $0.vpcId) }
                    if !wanted, !others.isEmpty {
                        failures.append("overlaps \(others.joined(separator: ", "))")
                    } else if wanted, others.isEmpty {
                        failures.append("overlaps no other VPC")
                    }
                default:
                    for text in try names(value, property) {
                        let reserved: IPv4CIDR
                        do throws(AWSError) {
                            reserved = try IPv4CIDR(text)
                        } catch {
                            throw ScenarioError(
                                "expected a CIDR block in '\(property.text)', found '\(text)'", at: value.location)
                        }
                        for block in vpc.cidrBlocks where block.overlaps(reserved) {
                            failures.append("\(block) overlaps reserved \(reserved)")
                        }
                    }
                }
            }
            let cidrs = vpc.cidrBlocks.map(\.description).joined(separator: ", ")
            results.append(("\(account)/vpc/\(name)", verdict(failures, subject: "VPC \(vpc.vpcId) (\(cidrs))")))
        }
        return results.sorted { $0.0 < $1.0 }
    }
}
