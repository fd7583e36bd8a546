import Foundation
import LZPolicy
import LZSim
import Testing

@Suite struct TargetGroupTests {
    /// A VPC with two subnets and an instance in the prod account, an application and a network
    /// load balancer in it, and an issued certificate.
    struct Setup {
        var zone: CertificateZone
        var vpc: String
        var instance: String
        var alb: LoadBalancer
        var nlb: LoadBalancer
        var certificate: String

        init() throws {
            var zone = try CertificateZone()
            let certificate = try zone.request("app1.example.com")
            try zone.changeValidationRecords(certificate)
            let admin = zone.admin
            let vpc = try zone.world.createVpc(cidrBlock: "10.20.0.0/16", as: admin).vpcId
            let subnets = try ["us-east-1a", "us-east-1b"].enumerated().map { index, availabilityZone in
                try zone.world.createSubnet(
                    vpcID: vpc, cidrBlock: "10.20.\(index).0/24", availabilityZone: availabilityZone, as: admin
                ).subnetId
            }
            self.instance = try zone.world.runInstances(subnetId: subnets[0], as: admin).instanceId
            self.alb = try zone.world.createLoadBalancer(name: "web", subnets: subnets, as: admin)
            self.nlb = try zone.world.createLoadBalancer(
                name: "edge", type: .network, scheme: .internal, subnets: [subnets[0]], as: admin)
            self.zone = zone
            self.vpc = vpc
            self.certificate = certificate
        }

        mutating func group(_ name: String, _ targetProtocol: TargetGroupProtocol, vpc: String? = nil) throws
            -> TargetGroup
        {
            try zone.world.createTargetGroup(
                name: name, protocol: targetProtocol, port: targetProtocol.isSecure ? 443 : 80, vpcId: vpc ?? self.vpc,
                as: zone.admin)
        }

        @discardableResult
        mutating func listen(
            _ balancer: LoadBalancer, _ listenerProtocol: ListenerProtocol, port: Int, forwardTo group: String
        ) throws -> Listener {
            let secure = listenerProtocol == .https || listenerProtocol == .tls
            return try zone.world.createListener(
                loadBalancerARN: balancer.arn, protocol: listenerProtocol, port: port,
                certificates: secure ? [certificate] : [], defaultActions: [.forward(targetGroupARN: group)],
                as: zone.admin)
        }
    }

    static func code(_ body: () throws -> some Any) -> AWSError.Code? {
        do {
            _ = try body()
            return nil
        } catch let error as AWSError {
            return error.code
        } catch {
            return nil
        }
    }

    @Test("CreateTargetGroup takes a protocol, port and VPC for instances and IPs, none for Lambda, and is idempotent")
    func createSettings() throws {
        var setup = try Setup()
        let admin = setup.zone.admin
        let web = try setup.group("web-http", .http)
        #expect(web.arn.contains(":targetgroup/web-http/"))
        #expect(try setup.group("web-http", .http).arn == web.arn)
        #expect(Self.code { try setup.group("web-http", .https) } == .duplicateTargetGroupName)
        let lambda = try setup.zone.world.createTargetGroup(name: "fn", targetType: .lambda, as: admin)
        #expect(lambda.protocol == nil && lambda.vpcId == nil)
        #expect(
            Self.code { try setup.zone.world.createTargetGroup(name: "fn2", port: 80, targetType: .lambda, as: admin) }
                == .validation)
        #expect(
            Self.code { try setup.zone.world.createTargetGroup(name: "bare", protocol: .http, as: admin) }
                == .validation)
        #expect(Self.code { try setup.group("elsewhere", .http, vpc: "vpc-0000000000000000f") } == .validation)
        #expect(
            Self.code {
                try setup.zone.world.createTargetGroup(
                    name: "to-alb", protocol: .http, port: 80, vpcId: setup.vpc, targetType: .alb, as: admin)
            } == .invalidConfigurationRequest)
        #expect(Self.code { try setup.group("-web", .http) } == .validation)
        #expect(
            Self.code {
                try setup.zone.world.createTargetGroup(
                    name: "geneve", protocol: .geneve, port: 80, vpcId: setup.vpc, as: admin)
            } == .validation)
    }

    @Test("health checks keep ELB's ranges, a timeout under the interval, and protocols the target group allows")
    func healthChecks() throws {
        var setup = try Setup()
        let bad: [TargetGroupHealthCheck] = [
            TargetGroupHealthCheck(intervalSeconds: 4),
            TargetGroupHealthCheck(intervalSeconds: 10, timeoutSeconds: 10),
            TargetGroupHealthCheck(healthyThresholdCount: 11),
            TargetGroupHealthCheck(port: "70000"),
            TargetGroupHealthCheck(path: "health"),
            TargetGroupHealthCheck(protocol: .tcp),
        ]
        for (index, check) in bad.enumerated() {
            let error = #expect(throws: AWSError.self) {
                try setup.zone.world.createTargetGroup(
                    name: "hc-\(index)", protocol: .http, port: 80, vpcId: setup.vpc, healthCheck: check,
                    as: setup.zone.admin)
            }
            #expect(error?.code == .validation, "\(check)")
        }
        let tcp = try setup.zone.world.createTargetGroup(
            name: "tcp", protocol: .tcp, port: 443, vpcId: setup.vpc,
            healthCheck: TargetGroupHealthCheck(protocol: .tcp, intervalSeconds: 10, timeoutSeconds: 6),
            as: setup.zone.admin)
        #expect(tcp.healthCheck.protocol == .tcp)
    }

    @Test(
        "RegisterTargets takes instances and addresses of the target group's VPC and refuses others with InvalidTarget")
    func registerTargets() throws {
        var setup = try Setup()
        let admin = setup.zone.admin
        let instances = try setup.zone.world.createTargetGroup(
            name: "instances", protocol: .http, port: 80, vpcId: setup.vpc, as: admin)
        try setup.zone.world.registerTargets(
            targetGroupARN: instances.arn, targets: [TargetDescription(id: setup.instance, port: 8080)], as: admin)
        let unknown = #expect(throws: AWSError.self) {
            try setup.zone.world.registerTargets(
                targetGroupARN: instances.arn, targets: [TargetDescription(id: "i-0123456789abcdef0")], as: admin)
        }
        #expect(unknown?.code == .invalidTarget)
        #expect(unknown?.message.contains("i-0123456789abcdef0") == true)

        let other = try setup.zone.world.createVpc(cidrBlock: "10.30.0.0/16", as: admin).vpcId
        let elsewhere = try setup.zone.world.createTargetGroup(
            name: "elsewhere", protocol: .http, port: 80, vpcId: other, as: admin)
        let wrongVpc = #expect(throws: AWSError.self) {
            try setup.zone.world.registerTargets(
                targetGroupARN: elsewhere.arn, targets: [TargetDescription(id: setup.instance)], as: admin)
        }
        #expect(wrongVpc?.code == .invalidTarget)
        #expect(wrongVpc?.message.contains(setup.vpc) == true)

        let addresses = try setup.zone.world.createTargetGroup(
            name: "addresses", protocol: .https, port: 443, vpcId: setup.vpc, targetType: .ip, as: admin)
        try setup.zone.world.registerTargets(
            targetGroupARN: addresses.arn,
            targets: [
                TargetDescription(id: "10.20.0.15"), TargetDescription(id: "192.168.4.7", availabilityZone: "all"),
            ],
            as: admin)
        for outside in [TargetDescription(id: "8.8.8.8", availabilityZone: "all"), TargetDescription(id: "10.99.0.1")] {
            let error = #expect(throws: AWSError.self) {
                try setup.zone.world.registerTargets(targetGroupARN: addresses.arn, targets: [outside], as: admin)
            }
            #expect(error?.code == .invalidTarget)
        }
        try setup.zone.world.deregisterTargets(
            targetGroupARN: addresses.arn, targets: [TargetDescription(id: "10.20.0.15")], as: admin)
        let notRegistered = #expect(throws: AWSError.self) {
            try setup.zone.world.deregisterTargets(
                targetGroupARN: addresses.arn, targets: [TargetDescription(id: "10.20.0.15")], as: admin)
        }
        #expect(notRegistered?.code == .invalidTarget)
        let (groups, _) = try #require(
            try setup.zone.world.describeTargetGroups(as: admin).first { $0.0.name == "addresses" })
        #expect(groups.targets.map(\.id) == ["192.168.4.7"])
    }

    @Test("a Lambda target group takes one function ARN of its Region")
    func lambdaTargets() throws {
        var setup = try Setup()
        let admin = setup.zone.admin
        let group = try setup.zone.world.createTargetGroup(name: "fn", targetType: .lambda, as: admin)
        let function = "arn:aws:lambda:us-east-1:\(setup.zone.zone.prod):function:handler"
        try setup.zone.world.registerTargets(
            targetGroupARN: group.arn, targets: [TargetDescription(id: function)], as: admin)
        let second = #expect(throws: AWSError.self) {
            try setup.zone.world.registerTargets(
                targetGroupARN: group.arn, targets: [TargetDescription(id: function + "-2")], as: admin)
        }
        #expect(second?.code == .tooManyTargets)
        let notFunction = #expect(throws: AWSError.self) {
            try setup.zone.world.registerTargets(
                targetGroupARN: group.arn, targets: [TargetDescription(id: "arn:aws:s3:::bucket")], as: admin)
        }
        #expect(notFunction?.code == .invalidTarget)
        // An application load balancer invokes Lambda target groups; a network one cannot.
        try setup.listen(setup.alb, .https, port: 443, forwardTo: group.arn)
    }

    @Test(
        "listeners forward only to target groups of a compatible protocol, in the load balancer's VPC, of one load balancer"
    )
    func forwardValidation() throws {
        var setup = try Setup()
        let tcp = try setup.group("tcp", .tcp).arn
        let http = try setup.group("http", .http).arn
        let tls = try setup.group("tls", .tls).arn
        #expect(Self.code { try setup.listen(setup.alb, .https, port: 443, forwardTo: tcp) } == .incompatibleProtocols)
        #expect(Self.code { try setup.listen(setup.nlb, .tls, port: 443, forwardTo: http) } == .incompatibleProtocols)
        #expect(Self.code { try setup.listen(setup.nlb, .tcpUDP, port: 53, forwardTo: tcp) } == .incompatibleProtocols)
        // A TLS listener may terminate to TCP or re-encrypt to TLS.
        try setup.listen(setup.nlb, .tls, port: 443, forwardTo: tcp)
        try setup.listen(setup.nlb, .tls, port: 8443, forwardTo: tls)
        #expect(
            Self.code {
                try setup.listen(
                    setup.nlb, .tcp, port: 80,
                    forwardTo:
                        "arn:aws:elasticloadbalancing:us-east-1:\(setup.zone.zone.prod):targetgroup/none/0123456789abcdef"
                )
            }
                == .targetGroupNotFound)

        let other = try setup.zone.world.createVpc(cidrBlock: "10.30.0.0/16", as: setup.zone.admin).vpcId
        let elsewhere = try setup.group("elsewhere", .http, vpc: other).arn
        let vpcError = #expect(throws: AWSError.self) {
            try setup.listen(setup.alb, .http, port: 80, forwardTo: elsewhere)
        }
        #expect(vpcError?.code == .invalidConfigurationRequest)
        #expect(vpcError?.message.contains(other) == true)

        let second = try setup.zone.world.createLoadBalancer(
            name: "edge-2", type: .network, scheme: .internal, subnets: setup.nlb.subnets, as: setup.zone.admin)
        #expect(Self.code { try setup.listen(second, .tls, port: 443, forwardTo: tcp) } == .targetGroupAssociationLimit)
    }

    @Test("DeleteTargetGroup is refused with ResourceInUse while a listener forwards to it")
    func deleteInUse() throws {
        var setup = try Setup()
        let group = try setup.group("web", .http)
        let listener = try setup.listen(setup.alb, .http, port: 80, forwardTo: group.arn)
        let described = try setup.zone.world.describeTargetGroups(as: setup.zone.admin)
        #expect(described.first?.loadBalancerARNs == [setup.alb.arn])
        let inUse = #expect(throws: AWSError.self) {
            try setup.zone.world.deleteTargetGroup(targetGroupARN: group.arn, as: setup.zone.admin)
        }
        #expect(inUse?.code == .elbResourceInUse)
        #expect(inUse?.message.contains(listener.arn) == true)
        try setup.zone.world.deleteListener(listenerARN: listener.arn, as: setup.zone.admin)
        try setup.zone.world.deleteTargetGroup(targetGroupARN: group.arn, as: setup.zone.admin)
        let gone = #expect(throws: AWSError.self) {
            try setup.zone.world.deleteTargetGroup(targetGroupARN: group.arn, as: setup.zone.admin)
        }
        #expect(gone?.code == .targetGroupNotFound)
    }

    @Test(
        "the encryption-in-transit queries tell listeners that re-encrypt to targets from those that terminate to plaintext"
    )
    func encryptionToTargets() throws {
        var setup = try Setup()
        let https = try setup.group("web-https", .https).arn
        let http = try setup.group("web-http", .http).arn
        let tcp = try setup.group("edge-tcp", .tcp).arn
        let reencrypting = try setup.listen(setup.alb, .https, port: 443, forwardTo: https)
        let terminating = try setup.listen(setup.alb, .https, port: 8443, forwardTo: http)
        let plain = try setup.listen(setup.alb, .http, port: 80, forwardTo: http)
        let nlbTerminating = try setup.listen(setup.nlb, .tls, port: 443, forwardTo: tcp)
        #expect(try setup.zone.world.listenersReencryptingToTargets().map(\.arn) == [reencrypting.arn])
        #expect(
            Set(try setup.zone.world.listenersTerminatingToPlaintext().map(\.arn))
                == [terminating.arn, nlbTerminating.arn])
        #expect(!(try setup.zone.world.listenersTerminatingToPlaintext().map(\.arn).contains(plain.arn)))
        #expect(setup.zone.world.forwardedTargetGroups(of: nlbTerminating).map(\.protocol) == [.tcp])
    }
}
