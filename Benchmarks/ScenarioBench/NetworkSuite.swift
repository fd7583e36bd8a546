/// A synthetic network suite: a network account whose transit gateway is shared with the
/// organization; N workload accounts and a shared-services account, each with a /24 VPC of two
/// subnets attached to it and an application instance; and `checks` reach checks that fan out
/// over every workload account (N × checks reachability questions across a gateway with N + 1
/// attachments).
func networkSuite(accounts: Int, checks: Int) -> String {
    var yaml = """
        foundation:
          regions: [us-east-1]
          organization:
            management: management
            root:
              units:
                Infrastructure: { accounts: [network, shared] }
                Workloads:
                  units:

        """
    let units = 10
    for unit in 0..<units {
        let members = stride(from: unit, to: accounts, by: units).map { "acct-\($0)" }.joined(separator: ", ")
        yaml += "            OU\(unit): { accounts: [\(members)] }\n"
    }
    yaml += """
          accounts:
            network:
              network:
                transit_gateways:
                  tgw-main: { auto_accept_shared_attachments: true }
                shares:
                  tgw: { transit_gateways: [tgw-main], principals: [organization] }

        """
    // The shared services every workload reaches are account `shared`, 10.0.0.0/24.
    for (name, block) in [("shared", "10.0.0")]
        + (0..<accounts).map({ ("acct-\($0)", "10.\($0 / 256 + 1).\($0 % 256)") })
    {
        yaml += """
                \(name):
                  network:
                    vpcs:
                      app:
                        cidr: \(block).0/24
                        subnets:
                          app-a: { zone: us-east-1a, cidr: \(block).0/26 }
                          attach-a: { zone: us-east-1a, cidr: \(block).192/28 }
                        route_tables:
                          main: { main: true, routes: [{ destination: 10.0.0.0/8, transit_gateway: network/tgw-main }] }
                        security_groups:
                          app: { ingress: [{ protocol: tcp, ports: 443, cidr: 10.0.0.0/8 }] }
                        transit_gateway_attachment: { transit_gateway: network/tgw-main, subnets: [attach-a] }
                    instances:
                      app: { subnet: app-a, security_groups: [app] }

            """
    }
    yaml += "checks:\n"
    let questions = [
        ("reaches the shared application on 443", "{ instance: shared/app }", "443", "reachable"),
        ("is not reachable from the internet", "internet", "all", "unreachable"),
        ("does not reach the shared application on 22", "{ instance: shared/app }", "22", "unreachable"),
    ]
    for number in 0..<checks {
        let (title, other, ports, expect) = questions[number % questions.count]
        let (from, to) =
            expect == "reachable" || ports == "22"
            ? ("{ instance: \"${account}/app\" }", other) : (other, "{ instance: \"${account}/app\" }")
        yaml += "  - id: NET-BENCH-\(number)\n    title: each application \(title) (\(number))\n"
        yaml += "    for_each: { accounts_in: Workloads }\n"
        yaml += "    reach: { from: \(from), to: \(to), ports: \(ports), expect: \(expect) }\n"
    }
    return yaml
}
