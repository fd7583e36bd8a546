import Testing
import _CryptoExtras

@testable import LZSim

/// RSA keys cannot be derived from a seed as elliptic-curve keys are; the pool makes each once
/// per process, so the same seeded foundation built twice has the same CA keys.
@Suite struct RSAKeyPoolTests {
    @Test("the same seed, label and size give the same key; another seed or label another key")
    func reuse() throws {
        let pool = RSAKeyPool()
        let first = try pool.key(bits: 2_048, seed: 7, label: "ca")
        let again = try pool.key(bits: 2_048, seed: 7, label: "ca")
        #expect(first.derRepresentation == again.derRepresentation)
        #expect(try pool.key(bits: 2_048, seed: 8, label: "ca").derRepresentation != first.derRepresentation)
        #expect(try pool.key(bits: 2_048, seed: 7, label: "leaf").derRepresentation != first.derRepresentation)
    }

    @Test("RSA-1024, which ACM refuses to issue but can import, is made too")
    func short() throws {
        #expect(try RSAKeyPool().key(bits: 1_024, seed: 1, label: "legacy").keySizeInBits == 1_024)
    }
}
