/// An AWS account in the world: its identity and the resources its services hold.
public struct Account: Sendable {
    /// The 12-digit account ID.
    public let id: String
    /// The account's name, unique in the world; scenarios refer to accounts by it.
    public let name: String
    /// The email address of the account's root user.
    public let email: String
    /// The account's IAM resources.
    public internal(set) var iam: IAMAccount
    /// The account's KMS keys and aliases, per Region.
    public internal(set) var kms: KMSAccount
    /// The account's certificates, private CAs, hosted zones and load balancers.
    public internal(set) var tls = TLSResources()

    init(id: String, name: String, email: String) {
        self.id = id
        self.name = name
        self.email = email
        self.iam = IAMAccount()
        self.kms = KMSAccount()
    }
}
