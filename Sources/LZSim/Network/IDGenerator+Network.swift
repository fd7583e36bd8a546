extension IDGenerator {
    /// An EC2 ID: `prefix-` and 17 lowercase hexadecimal characters (`vpc-`, `subnet-`, `tgw-attach-`...).
    mutating func ec2ID(_ prefix: String) -> String { prefix + "-" + hexadecimal(17) }

    /// A public IPv4 address from Amazon's space, for auto-assigned public IPs and Elastic IPs.
    mutating func publicAddress() -> UInt32 {
        // 52.0.0.0/10 and 3.0.0.0/9 are among the blocks EC2 hands out.
        let blocks: [(UInt32, UInt32)] = [(0x3400_0000, 22), (0x0300_0000, 23)]
        let (base, bits) = blocks[Int(UInt32(hexadecimal(1), radix: 16)! % 2)]
        let offset = UInt32(hexadecimal(6), radix: 16)! & ((1 << bits) - 1)
        return base | max(offset, 1)
    }

    /// An Amazon-provided IPv6 block for a VPC: a /56 of Amazon's `2600:1f00::/24` space.
    mutating func amazonIpv6Block() -> IPv6CIDR {
        let offset = UInt128(UInt32(hexadecimal(8), radix: 16)!)
        return IPv6CIDR(address: (0x2600_1f00 << 96) | offset << 72, prefixLength: 56)
    }
}
