/// The request context keys AWS adds from the caller and the request itself
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
extension RequestContext {
    /// Adds the keys AWS would populate for `principal`, leaving every key already present untouched.
    ///
    /// `aws:username` exists only for IAM users; `aws:PrincipalArn` of a role session is the role's
    /// ARN; `aws:PrincipalTag/*` comes from the principal's tags; anonymous callers get only
    /// `aws:PrincipalAccount`-free keys.
    /// - Parameters:
    ///   - principal: The caller.
    ///   - resourceAccount: The account owning the resource, for `aws:ResourceAccount`.
    ///   - epochSeconds: The request time, for `aws:CurrentTime` and `aws:EpochTime`.
    public mutating func inferKeys(for principal: Principal, resourceAccount: String?, epochSeconds: Int) {
        func add(_ key: String, _ value: String?) {
            guard let value, !contains(key) else { return }
            self[key] = [value]
        }
        add("aws:CurrentTime", Self.iso8601(epochSeconds))
        add("aws:EpochTime", String(epochSeconds))
        add("aws:ResourceAccount", resourceAccount)
        add("aws:PrincipalIsAWSService", principal.kind == .service ? "true" : "false")
        guard principal.kind != .anonymous, principal.kind != .identityProvider else { return }
        add("aws:PrincipalType", principal.principalTypeValue)
        if principal.kind == .service {
            add("aws:PrincipalServiceName", principal.arn)
            return
        }
        add("aws:PrincipalAccount", principal.accountID)
        add("aws:PrincipalArn", principal.kind == .roleSession ? principal.roleARN : principal.arn)
        if principal.kind == .user { add("aws:username", principal.name) }
        if let id = principal.id {
            add("aws:userid", principal.kind == .roleSession ? "\(id):\(principal.sessionName ?? "")" : id)
        } else if principal.kind == .root {
            add("aws:userid", principal.accountID)
        }
        for (key, value) in principal.tags { add("aws:PrincipalTag/\(key)", value) }
    }

    /// `YYYY-MM-DDThh:mm:ssZ` for an epoch time, as `aws:CurrentTime` and `aws:TokenIssueTime` write it.
    public static func iso8601(_ epochSeconds: Int) -> String {
        let days = epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400
        let secondsOfDay = epochSeconds - days * 86_400
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(secondsOfDay / 3_600)):\(two(secondsOfDay % 3_600 / 60))"
            + ":\(two(secondsOfDay % 60))Z"
    }
}
