import LZSim

/// `assert` over networks: VPCs (whether their address space stays clear of every other VPC's
/// and of reserved ranges, which Resolver rules they use), and subnets and transit gateways
/// (with whom AWS RAM shares them).
extension AssertCheck {
    /// One verdict per VPC, subnet or transit gateway of an account, or `nil` when the assert is
    /// about none of them.
    func networkVerdicts(account: String, accountID: String) throws(ScenarioError) -> [(String, Verdict)]? {
        let network = world.network
        let subjects: [(id: String, kind: String, arn: String, subject: String)]
        switch declaration.resourceType.text {
        case "ec2:vpc":
            subjects = network.vpcs.values.filter { $0.place.accountID == accountID }.map { vpc in
                let cidrs = vpc.cidrBlocks.map(\.description).joined(separator: ", ")
                return (vpc.vpcId, "vpc", vpc.arn, "VPC \(vpc.vpcId) (\(cidrs))")
            }
        case "ec2:subnet":
            subjects = network.subnets.values.filter { $0.place.accountID == accountID }.map {
                ($0.subnetId, "subnet", $0.arn, "subnet \($0.subnetId) (\($0.cidrBlock))")
            }
        case "ec2:transit-gateway":
            subjects = network.transitGateways.values.filter { $0.place.accountID == accountID }.map {
                ($0.transitGatewayId, "transit-gateway", $0.arn, "transit gateway \($0.transitGatewayId)")
            }
        default: return nil
        }
        let principals = PrincipalNames(
            accounts: Dictionary(built.accountIDs.map { ($0.value, $0.key) }) { first, _ in first },
            units: Dictionary(built.unitIDs.map { ($0.value, $0.key) }) { first, _ in first })
        var results: [(String, Verdict)] = []
        for subject in subjects {
            let name = built.network.name(of: subject.id).split(separator: "/").last.map(String.init) ?? subject.id
            guard !excluded(name) else { continue }
            var failures: [String] = []
            for (property, value) in declaration.expectations {
                if let failure = try networkFailure(subject.id, subject.arn, property, value, principals) {
                    failures.append(failure)
                }
            }
            results.append(("\(account)/\(subject.kind)/\(name)", verdict(failures, subject: subject.subject)))
        }
        return results.sorted { $0.0 < $1.0 }
    }

    private func networkFailure(
        _ id: String, _ arn: String, _ property: Named, _ value: YAMLNode, _ principals: PrincipalNames
    ) throws(ScenarioError) -> String? {
        switch property.text {
        case "overlaps_other_vpcs":
            let wanted = try flag(value, property)
            let blocks = world.network.vpcs[id]?.cidrBlocks ?? []
            let others = world.network.vpcs.values.filter { other in
                other.vpcId != id && other.cidrBlocks.contains { block in blocks.contains { $0.overlaps(block) } }
            }.map { built.network.name(of: $0.vpcId) }.sorted()
            if !wanted, !others.isEmpty { return "overlaps \(others.joined(separator: ", "))" }
            return wanted && others.isEmpty ? "overlaps no other VPC" : nil
        case "disjoint_from":
            var overlaps: [String] = []
            for text in try names(value, property) {
                let reserved: IPv4CIDR
                do throws(AWSError) {
                    reserved = try IPv4CIDR(text)
                } catch {
                    throw ScenarioError(
                        "expected a CIDR block in '\(property.text)', found '\(text)'", at: value.location)
                }
                for block in world.network.vpcs[id]?.cidrBlocks ?? [] where block.overlaps(reserved) {
                    overlaps.append("\(block) overlaps reserved \(reserved)")
                }
            }
            return overlaps.isEmpty ? nil : overlaps.joined(separator: "; ")
        case "resolver_rules_include":
            let associated = Set(
                world.network.resolverRules.values.filter { $0.associatedVpcIds.contains(id) }.map {
                    $0.domainName.lowercased().trimmingSuffix(".")
                })
            let missing = try names(value, property).filter {
                !associated.contains($0.lowercased().trimmingSuffix("."))
            }
            return missing.isEmpty ? nil : "uses no Resolver rule for \(missing.joined(separator: ", "))"
        case "attachments_cover_zones":
            let wanted = try flag(value, property)
            let network = world.network
            let zones = Set(network.subnets.values.filter { $0.vpcId == id }.map(\.availabilityZone))
            var gaps: [String] = []
            for attachment in network.transitGatewayAttachments.values
            where attachment.resourceId == id && attachment.state != .deleted {
                let covered = Set(attachment.subnetIds.compactMap { network.subnets[$0]?.availabilityZone })
                let missing = zones.subtracting(covered).sorted()
                if !missing.isEmpty {
                    gaps.append(
                        "its attachment to \(built.network.name(of: attachment.transitGatewayId)) has no subnet in "
                            + missing.joined(separator: ", "))
                }
            }
            if wanted { return gaps.isEmpty ? nil : gaps.sorted().joined(separator: "; ") }
            return gaps.isEmpty ? "every attachment covers every zone the VPC uses" : nil
        case "shared":
            let wanted = try flag(value, property)
            let sharedWith = sharePrincipals(of: arn, principals)
            if wanted { return sharedWith.isEmpty ? "is not shared" : nil }
            return sharedWith.isEmpty ? nil : "is shared with \(sharedWith.joined(separator: ", "))"
        case "shared_while_public":
            let wanted = try flag(value, property)
            let sharedWith = sharePrincipals(of: arn, principals)
            let publicReason = publicSubnetReason(id)
            let actual = !sharedWith.isEmpty && publicReason != nil
            guard actual != wanted else { return nil }
            return actual
                ? "is public (\(publicReason ?? "")) and shared with \(sharedWith.joined(separator: ", "))"
                : "is not both public and shared"
        case "shared_outside_organization":
            let wanted = try flag(value, property)
            let outside = sharePrincipals(of: arn, principals).filter { $0.hasPrefix("outside ") }
            if wanted { return outside.isEmpty ? "is shared with no one outside the organization" : nil }
            return outside.isEmpty ? nil : "is shared with \(outside.joined(separator: ", "))"
        default:
            let allowed = Set(try names(value, property))
            let extra = sharePrincipals(of: arn, principals).filter { !allowed.contains($0) }
            return extra.isEmpty
                ? nil
                : "is shared with \(extra.joined(separator: ", ")), beyond \(allowed.sorted().joined(separator: ", "))"
        }
    }

    /// The scenario's names of accounts and OUs by ID, made once per assert to name share principals.
    private struct PrincipalNames {
        var accounts: [String: String]
        var units: [String: String]
    }

    /// Everyone AWS RAM shares a resource with, by scenario name: accounts, OUs, `organization`,
    /// or `outside ID` for an account beyond the organization.
    private func sharePrincipals(of arn: String, _ names: PrincipalNames) -> [String] {
        let principals = world.network.resourceShares.values.filter { $0.resourceArns.contains(arn) }.flatMap(
            \.principals)
        return Set(
            principals.map { principal -> String in
                if principal.contains(":organization/") { return "organization" }
                if principal.contains(":ou/") {
                    let unit = String(principal.split(separator: "/").last ?? "")
                    return names.units[unit] ?? unit
                }
                if let name = names.accounts[principal], world.organization?.parents[principal] != nil { return name }
                return "outside \(names.accounts[principal] ?? principal)"
            }
        ).sorted()
    }

    /// Why a subnet is public (its route table sends traffic to an internet gateway, or it gives
    /// interfaces public addresses), or `nil` when it is not.
    private func publicSubnetReason(_ subnetId: String) -> String? {
        if let route = world.routeTable(ofSubnet: subnetId)?.routes.first(where: {
            if case .internetGateway = $0.target { return true }
            return false
        }) {
            return "route to \(built.network.name(of: route.target.id))"
        }
        return world.network.subnets[subnetId]?.mapPublicIpOnLaunch == true ? "MapPublicIpOnLaunch" : nil
    }
}

extension String {
    /// The text without one trailing `suffix`, as a DNS name without its final dot.
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
