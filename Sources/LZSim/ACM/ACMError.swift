extension AWSError.Code {
    /// ACM and ELB: a parameter is outside what the service accepts.
    public static let validationException = AWSError.Code(rawValue: "ValidationException")
    /// ACM: a parameter value is not valid (tags, tokens, filters).
    public static let invalidParameter = AWSError.Code(rawValue: "InvalidParameterException")
    /// ACM: a domain validation option names a domain the request does not have.
    public static let invalidDomainValidationOptions = AWSError.Code(
        rawValue: "InvalidDomainValidationOptionsException")
    /// ACM and Private CA: the resource is in use (a certificate attached to a load balancer).
    public static let resourceInUse = AWSError.Code(rawValue: "ResourceInUseException")
    /// ACM: the certificate is not in a state the operation accepts.
    public static let requestInProgress = AWSError.Code(rawValue: "RequestInProgressException")
    /// ACM: the certificate cannot be renewed.
    public static let invalidState = AWSError.Code(rawValue: "InvalidStateException")
    /// ACM: a tag key or value is not valid.
    public static let invalidTag = AWSError.Code(rawValue: "InvalidTagException")
    /// ACM: more than 50 tags.
    public static let tooManyTags = AWSError.Code(rawValue: "TooManyTagsException")
    /// ACM: the same idempotency token came with different arguments.
    public static let idempotentParameterMismatch = AWSError.Code(
        rawValue: "IdempotentParameterMismatchException")
}

extension AWSError.Code {
    /// Any service: the simulator could not make key material (a fault, not bad input).
    public static let internalFailure = AWSError.Code(rawValue: "InternalFailure")
}
