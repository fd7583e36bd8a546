import Foundation
import LZPolicy
import LZSim
import Testing

@Suite struct LoadBalancerTests {
    /// An issued certificate for `app1.example.com` and `*.app1.example.com`, and an ALB.
    static func setup() throws -> (CertificateZone, String, LoadBalancer) {
        var zone = try CertificateZone()
        let arn = try zone.request("app1.example.com", ["*.app1.example.com"])
        try zone.changeValidationRecords(arn)
        let balancer = try zone.world.createLoadBalancer(
            name: "prod-app1", subnets: ["subnet-1", "subnet-2"], securityGroups: ["sg-1"], as: zone.admin)
        return (zone, arn, balancer)
    }

    @Test("a listener with a TLS 1.0 policy is found by the legacy-TLS and policy queries")
    func legacyPolicyFound() throws {
        var (zone, certificate, balancer) = try Self.setup()
        let forward = try zone.forward(to: balancer)
        let modern = try zone.world.createListener(
            loadBalancerARN: balancer.arn, protocol: .https, port: 443,
            sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06", certificates: [certificate],
            defaultActions: [forward], as: zone.admin)
        let legacy = try zone.world.createListener(
            loadBalancerARN: balancer.arn, protocol: .https, port: 8443, sslPolicy: "ELBSecurityPolicy-TLS-1-0-2015-04",
            certificates: [certificate], defaultActions: [forward], as: zone.admin)
        #expect(legacy.allowsTLS10)
        #expect(!modern.allowsTLS10 && !modern.allowsTLS11)
        #expect(try zone.world.listenersAllowingLegacyTLS().map(\.arn) == [legacy.arn])
        let allowList: Set<String> = ["ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-TLS13-1-3-2021-06"]
        let outside = try zone.world.listeners(protocols: [.https, .tls]).filter {
            !allowList.contains($0.sslPolicy ?? "")
        }
        #expect(outside.map(\.arn) == [legacy.arn])
        #expect(try zone.world.listeners(sslPolicies: allowList, protocols: [.https]).map(\.arn) == [modern.arn])
    }

    @Test("a secure listener without a policy gets the API's default, which allows TLS 1.0")
    func defaultPolicy() throws {
        var (zone, certificate, balancer) = try Self.setup()
        let forward = try zone.forward(to: balancer)
        let listener = try zone.world.createListener(
            loadBalancerARN: balancer.arn, protocol: .https, port: 443, certificates: [certificate],
            defaultActions: [forward], as: zone.admin)
        #expect(listener.sslPolicy == "ELBSecurityPolicy-2016-08")
        #expect(listener.allowsTLS10)
    }

    @Test("attaching a certificate fills InUseBy, and an in-use certificate cannot be deleted")
    func inUse() throws {
        var (zone, certificate, balancer) = try Self.setup()
        let forward = try zone.forward(to: balancer)
        let listener = try zone.world.createListener(
            loadBalancerARN: balancer.arn, protocol: .https, port: 443, certificates: [certificate],
            defaultActions: [forward], as: zone.admin)
        #expect(
            try zone.world.describeCertificate(certificateARN: certificate, as: zone.admin).inUseBy == [balancer.arn])
        let error = #expect(throws: AWSError.self) {
            try zone.world.deleteCertificate(certificateARN: certificate, as: zone.admin)
        }
        #expect(error?.code == .resourceInUse)
        #expect(error?.message.contains(balancer.arn) == true)
        try zone.world.deleteListener(listenerARN: listener.arn, as: zone.admin)
        #expect(try zone.world.describeCertificate(certificateARN: certificate, as: zone.admin).inUseBy.isEmpty)
        try zone.world.deleteCertificate(certificateARN: certificate, as: zone.admin)
        let gone = #expect(throws: AWSError.self) {
            try zone.world.describeCertificate(certificateARN: certificate, as: zone.admin)
        }
        #expect(gone?.code == .resourceNotFound)
    }

    @Test("deleting a load balancer deletes its listeners and frees their certificates")
    func deleteLoadBalancer() throws {
        var (zone, certificate, balancer) = try Self.setup()
        let forward = try zone.forward(to: balancer)
        try zone.world.createListener(
            loadBalancerARN: balancer.arn, protocol: .https, port: 443, certificates: [certificate],
            defaultActions: [forward], as: zone.admin)
        #expect(try zone.world.describeListeners(loadBalancerARN: balancer.arn, as: zone.admin).count == 1)
        try zone.world.deleteLoadBalancer(loadBalancerARN: balancer.arn, as: zone.admin)
        #expect(try zone.world.listeners().isEmpty)
        #expect(try zone.world.describeLoadBalancers(as: zone.admin).isEmpty)
        #expect(try zone.world.describeCertificate(certificateARN: certificate, as: zone.admin).inUseBy.isEmpty)
    }

    @Test("an HTTP listener redirecting to HTTPS is recognised, and one forwarding is not")
    func redirect() throws {
        var (zone, _, balancer) = try Self.setup()
        let forward = try zone.forward(to: balancer)
        let redirecting = try zone.world.createListener(
            loadBalancerARN: balancer.arn, protocol: .http, port: 80, defaultActions: [.redirectToHTTPS], as: zone.admin
        )
        let plain = try zone.world.createListener(
            loadBalancerARN: balancer.arn, protocol: .http, port: 8080,
            defaultActions: [forward],
            as: zone.admin)
        #expect(redirecting.redirectsToHTTPS)
        #expect(!plain.redirectsToHTTPS)
        #expect(!plain.isSecure)
    }

    @Test("the certificate's names cover the domain by ACM's wildcard rule")
    func coverage() throws {
        var (zone, certificate, balancer) = try Self.setup()
        let forward = try zone.forward(to: balancer)
        let listener = try zone.world.createListener(
            loadBalancerARN: balancer.arn, protocol: .https, port: 443, certificates: [certificate],
            defaultActions: [forward], as: zone.admin)
        #expect(try zone.world.certificate(certificate, covers: "app1.example.com"))
        #expect(try zone.world.certificate(certificate, covers: "API.app1.example.com"))
        #expect(try !zone.world.certificate(certificate, covers: "a.b.app1.example.com"))
        #expect(try !zone.world.listener(listener.arn, covers: "example.com"))
    }

    struct BadListener: Sendable, CustomStringConvertible {
        var description: String
        var code: AWSError.Code
        var protocolName: ListenerProtocol
        var port: Int
        var policy: String?
        var useCertificate: Bool
    }

    static let badListeners: [BadListener] = [
        .init(
            description: "TLS on an ALB", code: .unsupportedProtocol, protocolName: .tls, port: 443, policy: nil,
            useCertificate: true),
        .init(
            description: "unknown policy", code: .sslPolicyNotFound, protocolName: .https, port: 443,
            policy: "ELBSecurityPolicy-Made-Up", useCertificate: true),
        .init(
            description: "HTTPS without certificate", code: .validation, protocolName: .https, port: 443, policy: nil,
            useCertificate: false),
        .init(
            description: "policy on HTTP", code: .invalidConfigurationRequest, protocolName: .http, port: 80,
            policy: "ELBSecurityPolicy-2016-08", useCertificate: false),
        .init(
            description: "port 0", code: .validation, protocolName: .http, port: 0, policy: nil, useCertificate: false),
    ]

    @Test("ELB refuses listeners it cannot create, with its error codes", arguments: badListeners)
    func badListener(_ bad: BadListener) throws {
        var (zone, certificate, balancer) = try Self.setup()
        let forward = try zone.forward(to: balancer)
        let error = #expect(throws: AWSError.self) {
            try zone.world.createListener(
                loadBalancerARN: balancer.arn, protocol: bad.protocolName, port: bad.port, sslPolicy: bad.policy,
                certificates: bad.useCertificate ? [certificate] : [], defaultActions: [forward],
                as: zone.admin)
        }
        #expect(error?.code == bad.code)
    }

    @Test("a pending certificate or one of another account is not found by ELB")
    func unusableCertificates() throws {
        var (zone, _, balancer) = try Self.setup()
        let forward = try zone.forward(to: balancer)
        let pending = try zone.request("pending.example.com")
        let error = #expect(throws: AWSError.self) {
            try zone.world.createListener(
                loadBalancerARN: balancer.arn, protocol: .https, port: 443, certificates: [pending],
                defaultActions: [forward], as: zone.admin)
        }
        #expect(error?.code == .certificateNotFound)
        #expect(error?.message.contains("PENDING_VALIDATION") == true)
    }

    @Test("a network load balancer takes TLS listeners and only forwards")
    func networkLoadBalancer() throws {
        var (zone, certificate, _) = try Self.setup()
        let nlb = try zone.world.createLoadBalancer(
            name: "prod-nlb", type: .network, scheme: .internal, subnets: ["subnet-1"], as: zone.admin)
        #expect(nlb.arn.contains(":loadbalancer/net/prod-nlb/"))
        #expect(nlb.dnsName.hasPrefix("internal-prod-nlb-"))
        let forward = try zone.forward(to: nlb, protocol: .tls)
        let listener = try zone.world.createListener(
            loadBalancerARN: nlb.arn, protocol: .tls, port: 443, sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
            certificates: [certificate], defaultActions: [forward], as: zone.admin)
        #expect(listener.arn.contains(":listener/net/prod-nlb/"))
        let error = #expect(throws: AWSError.self) {
            try zone.world.createListener(
                loadBalancerARN: nlb.arn, protocol: .tcp, port: 80, defaultActions: [.redirectToHTTPS], as: zone.admin)
        }
        #expect(error?.code == .invalidLoadBalancerAction)
    }

    @Test("the shipped policy catalog knows the protocols of each predefined policy")
    func catalog() throws {
        let zone = try CertificateZone()
        let policies = try zone.world.describeSSLPolicies(as: zone.admin)
        #expect(policies.count == 39)
        let strict = try #require(SSLPolicyCatalog.policy(named: "ELBSecurityPolicy-TLS13-1-3-2021-06"))
        #expect(strict.protocols == ["TLSv1.3"])
        #expect(!strict.allowsLegacyTLS)
        #expect(SSLPolicyCatalog.policy(named: "ELBSecurityPolicy-TLS-1-1-2017-01")?.allowsTLS11 == true)
        #expect(SSLPolicyCatalog.policy(named: "ELBSecurityPolicy-TLS-1-1-2017-01")?.allowsTLS10 == false)
    }
}

@Suite struct ListenerChangeTests {
    @Test("additional certificates are in use too, and the default one cannot be removed")
    func additionalCertificates() throws {
        var (zone, first, balancer) = try LoadBalancerTests.setup()
        let forward = try zone.forward(to: balancer)
        let second = try zone.request("api.example.com")
        try zone.changeValidationRecords(second)
        let listener = try zone.world.createListener(
            loadBalancerARN: balancer.arn, protocol: .https, port: 443, certificates: [first],
            defaultActions: [forward], as: zone.admin)
        try zone.world.addListenerCertificates(listenerARN: listener.arn, certificates: [second], as: zone.admin)
        #expect(try zone.world.describeCertificate(certificateARN: second, as: zone.admin).inUseBy == [balancer.arn])
        #expect(try zone.world.listener(listener.arn, covers: "api.example.com"))
        let error = #expect(throws: AWSError.self) {
            try zone.world.removeListenerCertificates(listenerARN: listener.arn, certificates: [first], as: zone.admin)
        }
        #expect(error?.code == .invalidConfigurationRequest)
        try zone.world.removeListenerCertificates(listenerARN: listener.arn, certificates: [second], as: zone.admin)
        #expect(try zone.world.describeCertificate(certificateARN: second, as: zone.admin).inUseBy.isEmpty)
    }

    @Test("modifying a listener's policy changes what the queries find")
    func modifyPolicy() throws {
        var (zone, certificate, balancer) = try LoadBalancerTests.setup()
        let forward = try zone.forward(to: balancer)
        let listener = try zone.world.createListener(
            loadBalancerARN: balancer.arn, protocol: .https, port: 443, sslPolicy: "ELBSecurityPolicy-TLS-1-1-2017-01",
            certificates: [certificate], defaultActions: [forward], as: zone.admin)
        #expect(try zone.world.listenersAllowingLegacyTLS().count == 1)
        try zone.world.modifyListener(
            listenerARN: listener.arn, sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06", as: zone.admin)
        #expect(try zone.world.listenersAllowingLegacyTLS().isEmpty)
        let fips = #expect(throws: AWSError.self) {
            try zone.world.createListener(
                loadBalancerARN: balancer.arn, protocol: .https, port: 8443,
                sslPolicy: "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04", certificates: [certificate],
                defaultActions: [forward], as: zone.admin)
        }
        #expect(fips?.code == .invalidConfigurationRequest)
    }

    @Test("load balancer names follow ELB's rules and are unique")
    func names() throws {
        var (zone, _, _) = try LoadBalancerTests.setup()
        for bad in ["internal-web", "-web", "web-", String(repeating: "a", count: 33), "web_1"] {
            let error = #expect(throws: AWSError.self) {
                try zone.world.createLoadBalancer(name: bad, subnets: ["s-1", "s-2"], as: zone.admin)
            }
            #expect(error?.code == .validation)
        }
        let duplicate = #expect(throws: AWSError.self) {
            try zone.world.createLoadBalancer(name: "prod-app1", subnets: ["s-1", "s-2"], as: zone.admin)
        }
        #expect(duplicate?.code == .duplicateLoadBalancerName)
        let oneSubnet = #expect(throws: AWSError.self) {
            try zone.world.createLoadBalancer(name: "web", subnets: ["s-1"], as: zone.admin)
        }
        #expect(oneSubnet?.code == .validation)
    }
}
