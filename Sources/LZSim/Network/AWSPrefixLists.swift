/// The AWS-managed prefix lists of the gateway endpoint services (S3 and DynamoDB) in each Region.
///
/// Their IDs are derived from the Region and service name, so they are the same in every world
/// without drawing from the seeded generator; their entries are a representative subset of
/// the published ranges (https://docs.aws.amazon.com/vpc/latest/userguide/working-with-aws-managed-prefix-lists.html).
enum AWSPrefixLists {
    static let services = ["s3", "dynamodb"]

    /// The list of a gateway endpoint service in a Region.
    static func list(service: String, region: String) -> ManagedPrefixList? {
        guard services.contains(service) else { return nil }
        let name = "com.amazonaws.\(region).\(service)"
        // FNV-1a of the name: a stable 8-hex-digit suffix.
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(hash, radix: 16)
        let id = "pl-" + String(repeating: "0", count: 8 - hex.count) + hex
        let entries: [IPv4CIDR] =
            service == "s3"
            ? [IPv4CIDR(address: 0x34D8_0000, prefixLength: 15), IPv4CIDR(address: 0x0305_0000, prefixLength: 19)]
            : [IPv4CIDR(address: 0x0302_0000, prefixLength: 21)]
        return ManagedPrefixList(
            prefixListId: id, prefixListName: name, ownerId: "AWS", region: region, entries: entries)
    }

    /// The AWS-managed list with this ID in a Region.
    static func list(id: String, region: String) -> ManagedPrefixList? {
        services.lazy.compactMap { list(service: $0, region: region) }.first { $0.prefixListId == id }
    }
}
