public import LZPolicy

/// An error a simulated operation returns, with AWS's error code and a message that names
/// the offending value; access denials carry the decision that explains them.
public struct AWSError: Error, Sendable, CustomStringConvertible {
    /// AWS's error codes, as the services spell them.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// IAM and STS spell a denial `AccessDenied`.
        public static let accessDenied = Code(rawValue: "AccessDenied")
        /// Organizations, KMS and most newer services spell it `AccessDeniedException`.
        public static let accessDeniedException = Code(rawValue: "AccessDeniedException")
        public static let validation = Code(rawValue: "ValidationError")
        public static let invalidInput = Code(rawValue: "InvalidInputException")
        public static let noSuchEntity = Code(rawValue: "NoSuchEntity")
        public static let entityAlreadyExists = Code(rawValue: "EntityAlreadyExists")
        public static let limitExceeded = Code(rawValue: "LimitExceeded")
        public static let deleteConflict = Code(rawValue: "DeleteConflict")
        public static let unmodifiableEntity = Code(rawValue: "UnmodifiableEntity")
        public static let malformedPolicyDocument = Code(rawValue: "MalformedPolicyDocument")
        public static let expiredToken = Code(rawValue: "ExpiredToken")
        public static let constraintViolation = Code(rawValue: "ConstraintViolationException")
        public static let duplicatePolicyAttachment = Code(rawValue: "DuplicatePolicyAttachmentException")
        public static let policyTypeNotEnabled = Code(rawValue: "PolicyTypeNotEnabledException")
        public static let policyTypeAlreadyEnabled = Code(rawValue: "PolicyTypeAlreadyEnabledException")
        public static let policyNotAttached = Code(rawValue: "PolicyNotAttachedException")
        public static let policyNotFound = Code(rawValue: "PolicyNotFoundException")
        public static let policyInUse = Code(rawValue: "PolicyInUseException")
        public static let duplicatePolicy = Code(rawValue: "DuplicatePolicyException")
        public static let malformedPolicyException = Code(rawValue: "MalformedPolicyDocumentException")
        public static let alreadyInOrganization = Code(rawValue: "AlreadyInOrganizationException")
        public static let organizationNotInUse = Code(rawValue: "AWSOrganizationsNotInUseException")
        public static let parentNotFound = Code(rawValue: "ParentNotFoundException")
        public static let organizationalUnitNotFound = Code(rawValue: "OrganizationalUnitNotFoundException")
        public static let duplicateOrganizationalUnit = Code(rawValue: "DuplicateOrganizationalUnitException")
        public static let organizationalUnitNotEmpty = Code(rawValue: "OrganizationalUnitNotEmptyException")
        public static let accountNotFound = Code(rawValue: "AccountNotFoundException")
        public static let sourceParentNotFound = Code(rawValue: "SourceParentNotFoundException")
        public static let duplicateAccount = Code(rawValue: "DuplicateAccountException")
        public static let accountAlreadyRegistered = Code(rawValue: "AccountAlreadyRegisteredException")
        public static let targetNotFound = Code(rawValue: "TargetNotFoundException")
        public static let invalidParameterValue = Code(rawValue: "InvalidParameterValue")
        public static let packedPolicyTooLarge = Code(rawValue: "PackedPolicyTooLarge")
        public static let resourceNotFound = Code(rawValue: "ResourceNotFoundException")
        public static let conflict = Code(rawValue: "ConflictException")

        // KMS (https://docs.aws.amazon.com/kms/latest/APIReference/CommonErrors.html and each operation's errors).
        public static let kmsValidation = Code(rawValue: "ValidationException")
        public static let notFound = Code(rawValue: "NotFoundException")
        public static let alreadyExists = Code(rawValue: "AlreadyExistsException")
        public static let limitExceededException = Code(rawValue: "LimitExceededException")
        public static let invalidCiphertext = Code(rawValue: "InvalidCiphertextException")
        public static let kmsInvalidState = Code(rawValue: "KMSInvalidStateException")
        public static let disabled = Code(rawValue: "DisabledException")
        public static let invalidKeyUsage = Code(rawValue: "InvalidKeyUsageException")
        public static let invalidARN = Code(rawValue: "InvalidArnException")
        public static let invalidAliasName = Code(rawValue: "InvalidAliasNameException")
        public static let invalidGrantID = Code(rawValue: "InvalidGrantIdException")
        public static let invalidGrantToken = Code(rawValue: "InvalidGrantTokenException")
        public static let kmsInvalidSignature = Code(rawValue: "KMSInvalidSignatureException")
        public static let kmsInvalidMAC = Code(rawValue: "KMSInvalidMacException")
        public static let unsupportedOperation = Code(rawValue: "UnsupportedOperationException")
        public static let tagException = Code(rawValue: "TagException")
        public static let incorrectKeyMaterial = Code(rawValue: "IncorrectKeyMaterialException")
        public static let invalidMarker = Code(rawValue: "InvalidMarkerException")
        public static let incorrectKey = Code(rawValue: "IncorrectKeyException")
        public static let kmsInternal = Code(rawValue: "KMSInternalException")
        public static let notAuthorized = Code(rawValue: "NotAuthorizedException")

        // S3 (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html).
        public static let noSuchBucket = Code(rawValue: "NoSuchBucket")
        public static let noSuchKey = Code(rawValue: "NoSuchKey")
        public static let bucketAlreadyExists = Code(rawValue: "BucketAlreadyExists")
        public static let bucketAlreadyOwnedByYou = Code(rawValue: "BucketAlreadyOwnedByYou")
        public static let invalidBucketName = Code(rawValue: "InvalidBucketName")
        public static let invalidArgument = Code(rawValue: "InvalidArgument")
        public static let malformedPolicy = Code(rawValue: "MalformedPolicy")
        public static let noSuchBucketPolicy = Code(rawValue: "NoSuchBucketPolicy")
        public static let kmsDisabled = Code(rawValue: "KMS.DisabledException")
        public static let kmsNotFound = Code(rawValue: "KMS.NotFoundException")
        public static let kmsInvalidStateS3 = Code(rawValue: "KMS.KMSInvalidStateException")

        // EC2 (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html).
        public static let unauthorizedOperation = Code(rawValue: "UnauthorizedOperation")
        public static let invalidVolumeNotFound = Code(rawValue: "InvalidVolume.NotFound")
        public static let invalidKMSKeyNotFound = Code(rawValue: "InvalidKMSKey.NotFound")
        public static let invalidParameterCombination = Code(rawValue: "InvalidParameterCombination")
        public static let missingParameter = Code(rawValue: "MissingParameter")

        // RDS (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html#API_CreateDBInstance_Errors).
        public static let dbInstanceAlreadyExists = Code(rawValue: "DBInstanceAlreadyExists")
        public static let dbInstanceNotFound = Code(rawValue: "DBInstanceNotFound")
        public static let kmsKeyNotAccessible = Code(rawValue: "KMSKeyNotAccessibleFault")
        public static let invalidParameterCombinationRDS = Code(rawValue: "InvalidParameterCombination")

        // CloudTrail (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_CreateTrail.html#API_CreateTrail_Errors).
        public static let trailAlreadyExists = Code(rawValue: "TrailAlreadyExistsException")
        public static let trailNotFound = Code(rawValue: "TrailNotFoundException")
        public static let invalidTrailName = Code(rawValue: "InvalidTrailNameException")
        public static let s3BucketDoesNotExist = Code(rawValue: "S3BucketDoesNotExistException")
        public static let insufficientS3BucketPolicy = Code(rawValue: "InsufficientS3BucketPolicyException")
        public static let insufficientEncryptionPolicy = Code(rawValue: "InsufficientEncryptionPolicyException")
        public static let kmsKeyNotFound = Code(rawValue: "KmsKeyNotFoundException")
        public static let kmsException = Code(rawValue: "KmsException")
    }

    /// The error code.
    public var code: Code
    /// What went wrong, naming the offending value.
    public var message: String
    /// For access denials, the decision with its deciding statements.
    public var decision: Decision?
    /// For rejected policy documents, every finding with its position in the document.
    public var diagnostics: [Diagnostic]

    /// Creates an error.
    public init(_ code: Code, _ message: String, decision: Decision? = nil, diagnostics: [Diagnostic] = []) {
        self.code = code
        self.message = message
        self.decision = decision
        self.diagnostics = diagnostics
    }

    /// Whether the error is an access denial of any service's spelling.
    public var isAccessDenied: Bool { code == .accessDenied || code == .accessDeniedException }

    /// `Code: message`, then the decision's explanation for denials.
    public var description: String {
        var text = "\(code): \(message)"
        if let decision {
            text += "\n" + decision.description
        }
        return text
    }
}
