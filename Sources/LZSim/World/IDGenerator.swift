/// Deterministic identifiers in AWS's formats, drawn from a seeded generator, so the same
/// foundation built twice gets the same account IDs, unique IDs and ARNs.
struct IDGenerator: Sendable, Equatable {
    private var state: UInt64
    private(set) var issuedAccountIDs: Set<String> = []

    init(seed: UInt64) {
        state = seed
    }

    /// SplitMix64: tiny, fast, and good enough to look random while staying repeatable.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    private mutating func characters(_ count: Int, from alphabet: [Character]) -> String {
        String((0..<count).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
    }

    private static let digits = Array("0123456789")
    private static let lowercase = Array("abcdefghijklmnopqrstuvwxyz0123456789")
    private static let base32 = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    private static let hex = Array("0123456789abcdef")

    /// A 12-digit account ID, never issued before in this world, never starting with 0.
    mutating func accountID() -> String {
        while true {
            let id = characters(1, from: Array("123456789")) + characters(11, from: Self.digits)
            if issuedAccountIDs.insert(id).inserted { return id }
        }
    }

    /// A unique ID such as `AROA` + 17 characters (roles), `AIDA` (users), `AGPA` (groups),
    /// `ANPA` (managed policies), `AIPA` (instance profiles); access keys are `AKIA` + 16.
    mutating func uniqueID(prefix: String) -> String {
        prefix + characters(prefix == "AKIA" || prefix == "ASIA" ? 16 : 17, from: Self.base32)
    }

    /// `o-` and 10 characters.
    mutating func organizationID() -> String { "o-" + characters(10, from: Self.lowercase) }
    /// `r-` and 4 characters.
    mutating func rootID() -> String { "r-" + characters(4, from: Self.lowercase) }
    /// `ou-`, the root's 4 characters, `-` and 8 characters.
    mutating func organizationalUnitID(rootID: String) -> String {
        "ou-" + rootID.dropFirst(2) + "-" + characters(8, from: Self.lowercase)
    }
    /// `p-` and 8 characters.
    mutating func policyID() -> String { "p-" + characters(8, from: Self.lowercase) }
    /// Lowercase hexadecimal characters, as in Identity Center role suffixes.
    mutating func hexadecimal(_ count: Int) -> String { characters(count, from: Self.hex) }
    /// Lowercase letters and digits.
    mutating func lowercaseAlphanumeric(_ count: Int) -> String { characters(count, from: Self.lowercase) }
}
