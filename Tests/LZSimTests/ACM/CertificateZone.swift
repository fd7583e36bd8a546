import Foundation
import LZPolicy
import LZSim

/// The small landing zone with an administrator in the prod account (an IAM user, whose long-term
/// credentials outlive the months these tests move the clock by) and a public hosted zone for
/// `example.com` there, for certificate tests.
struct CertificateZone {
    var zone: LandingZone
    let admin: Session
    let hostedZoneID: String

    init() throws {
        var zone = try LandingZone()
        let admin = try zone.world.createUserIfMissing(in: zone.prod, named: "certificate-admin")
        let hostedZone = try zone.world.createHostedZone(name: "example.com", callerReference: "zone-1", as: admin)
        self.zone = zone
        self.admin = admin
        self.hostedZoneID = hostedZone.id
    }

    var world: World {
        get { zone.world }
        set { zone.world = newValue }
    }

    /// Requests a DNS-validated certificate.
    mutating func request(_ domain: String, _ names: [String] = [], keyAlgorithm: KeyAlgorithm = .rsa2048) throws
        -> String
    {
        try world.requestCertificate(
            domainName: domain, subjectAlternativeNames: names, validationMethod: .dns, keyAlgorithm: keyAlgorithm,
            as: admin)
    }

    /// The validation records ACM asks for, read by the certificate's owner (`owner`, else the admin).
    func validationRecords(_ arn: String, owner: Session? = nil) throws -> [ResourceRecord] {
        let detail = try world.describeCertificate(certificateARN: arn, as: owner ?? admin)
        return Array(Set(detail.domainValidationOptions.compactMap(\.resourceRecord)))
    }

    /// Creates (or deletes) the validation CNAMEs of a certificate in the hosted zone.
    mutating func changeValidationRecords(
        _ arn: String,
        _ action: ResourceRecordSetChange.Action = .create,
        owner: Session? = nil
    ) throws {
        let changes = try validationRecords(arn, owner: owner).map {
            ResourceRecordSetChange(
                action: action,
                resourceRecordSet: ResourceRecordSet(name: $0.name, type: $0.type, resourceRecords: [$0.value]))
        }
        try world.changeResourceRecordSets(hostedZoneID: hostedZoneID, changes: changes, as: admin)
    }

    /// An internet-facing application load balancer with an HTTPS listener using the certificate.
    mutating func serve(_ certificateARN: String, policy: String = "ELBSecurityPolicy-TLS13-1-2-2021-06") throws
        -> Listener
    {
        let balancer = try world.createLoadBalancer(
            name: "app-\(world.account(zone.prod)?.tls.loadBalancers.count ?? 0)", subnets: ["subnet-a", "subnet-b"],
            securityGroups: ["sg-web"], as: admin)
        return try world.createListener(
            loadBalancerARN: balancer.arn, protocol: .https, port: 443, sslPolicy: policy,
            certificates: [certificateARN],
            defaultActions: [.fixedResponse(statusCode: "200", contentType: "text/plain", messageBody: "ok")],
            as: admin)
    }

    /// A `forward` action to a target group of the balancer's own (made in a VPC of the caller's
    /// account the first time), speaking `protocol` to its targets.
    mutating func forward(
        to balancer: LoadBalancer,
        protocol targetProtocol: TargetGroupProtocol = .http,
        as session: Session? = nil
    ) throws -> ListenerAction {
        let session = session ?? admin
        let vpc =
            try world.network.vpcs.values.first { $0.place.accountID == session.accountID }?.vpcId
            ?? world.createVpc(cidrBlock: "10.90.0.0/16", as: session).vpcId
        let suffix = targetProtocol.rawValue.lowercased().replacingOccurrences(of: "_", with: "-")
        let group = try world.createTargetGroup(
            name: "\(balancer.name)-\(suffix)", protocol: targetProtocol, port: targetProtocol.isSecure ? 443 : 80,
            vpcId: vpc, as: session)
        return .forward(targetGroupARN: group.arn)
    }

    static let day: TimeInterval = 86_400
}
