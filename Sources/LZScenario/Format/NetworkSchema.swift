/// The JSON Schema definitions of an account's `network:` section and of the `reach` and
/// `exposure` check kinds, spliced into ``ScenarioSchema``.
enum NetworkSchema {
    static let definitions = """
        "networkNames": { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] },
            "ports": { "oneOf": [{ "type": "integer" }, { "type": "string", "description": "443, 8000-8100 or all" }] },
            "network": {
              "type": "object",
              "additionalProperties": false,
              "description": "An account's network. Names are unique per account and kind; another account's resource is ACCOUNT/NAME.",
              "properties": {
                "region": { "type": "string" },
                "vpcs": { "type": "object", "additionalProperties": { "$ref": "#/definitions/vpc" } },
                "transit_gateways": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "object", "additionalProperties": false,
                    "properties": {
                      "asn": { "type": "integer" }, "auto_accept_shared_attachments": { "type": "boolean" },
                      "default_route_table_association": { "type": "boolean" },
                      "default_route_table_propagation": { "type": "boolean" },
                      "peering": {
                        "type": "object",
                        "additionalProperties": {
                          "type": "object", "additionalProperties": false, "required": ["peer"],
                          "properties": { "peer": { "type": "string" }, "accept": { "type": "boolean" } }
                        }
                      },
                      "route_tables": {
                        "type": "object",
                        "additionalProperties": {
                          "type": "object", "additionalProperties": false,
                          "properties": {
                            "associations": { "$ref": "#/definitions/networkNames" },
                            "propagations": { "$ref": "#/definitions/networkNames" },
                            "routes": {
                              "type": "object", "description": "CIDR: an attachment (VPC or VPN name) or blackhole",
                              "additionalProperties": { "type": "string" }
                            }
                          }
                        }
                      }
                    }
                  }
                },
                "peering": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "object", "additionalProperties": false, "required": ["vpc", "peer"],
                    "properties": { "vpc": { "type": "string" }, "peer": { "type": "string" }, "accept": { "type": "boolean" } }
                  }
                },
                "vpn_connections": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "object", "additionalProperties": false, "required": ["customer_gateway"],
                    "properties": {
                      "customer_gateway": { "type": "string" }, "bgp_asn": { "type": "integer" },
                      "transit_gateway": { "type": "string" }, "vpn_gateway": { "type": "string" },
                      "routes": { "$ref": "#/definitions/networkNames" }
                    }
                  }
                },
                "network_firewall": {
                  "type": "object", "additionalProperties": false,
                  "properties": {
                    "rule_groups": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object", "additionalProperties": false,
                        "properties": {
                          "type": { "enum": ["STATEFUL", "STATELESS"] }, "capacity": { "type": "integer" },
                          "rules": { "type": "string", "description": "Suricata-compatible 5-tuple rules, one per line." },
                          "variables": { "type": "object", "additionalProperties": { "$ref": "#/definitions/networkNames" } },
                          "stateless_rules": {
                            "type": "array",
                            "items": {
                              "type": "object", "additionalProperties": false, "required": ["priority", "action"],
                              "properties": {
                                "priority": { "type": "integer" },
                                "action": { "enum": ["aws:pass", "aws:drop", "aws:forward_to_sfe"] },
                                "protocol": { "$ref": "#/definitions/networkNames" },
                                "source": { "$ref": "#/definitions/networkNames" },
                                "destination": { "$ref": "#/definitions/networkNames" },
                                "ports": { "$ref": "#/definitions/ports" }
                              }
                            }
                          }
                        }
                      }
                    },
                    "policies": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object", "additionalProperties": false,
                        "properties": {
                          "stateless_rule_groups": {
                            "type": "array",
                            "items": {
                              "type": "object", "additionalProperties": false, "required": ["priority", "group"],
                              "properties": { "priority": { "type": "integer" }, "group": { "type": "string" } }
                            }
                          },
                          "stateless_default_action": { "enum": ["aws:pass", "aws:drop", "aws:forward_to_sfe"] },
                          "stateful_rule_groups": { "$ref": "#/definitions/networkNames" },
                          "rule_order": { "enum": ["default", "strict"] }, "default_drop": { "type": "boolean" }
                        }
                      }
                    },
                    "firewalls": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object", "additionalProperties": false, "required": ["policy", "vpc", "subnets"],
                        "properties": {
                          "policy": { "type": "string" }, "vpc": { "type": "string" },
                          "subnets": { "$ref": "#/definitions/networkNames" }
                        }
                      }
                    }
                  }
                },
                "resolver": {
                  "type": "object", "additionalProperties": false,
                  "properties": {
                    "endpoints": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object", "additionalProperties": false, "required": ["direction", "addresses"],
                        "properties": {
                          "direction": { "enum": ["INBOUND", "OUTBOUND"] },
                          "security_groups": { "$ref": "#/definitions/networkNames" },
                          "addresses": {
                            "type": "array",
                            "items": {
                              "oneOf": [
                                { "type": "string" },
                                {
                                  "type": "object", "additionalProperties": false, "required": ["subnet"],
                                  "properties": { "subnet": { "type": "string" }, "ip": { "type": "string" } }
                                }
                              ]
                            }
                          }
                        }
                      }
                    },
                    "rules": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object", "additionalProperties": false, "required": ["domain"],
                        "properties": {
                          "domain": { "type": "string" }, "type": { "enum": ["FORWARD", "SYSTEM", "RECURSIVE"] },
                          "targets": { "$ref": "#/definitions/networkNames" }, "endpoint": { "type": "string" },
                          "vpcs": { "$ref": "#/definitions/networkNames" }
                        }
                      }
                    }
                  }
                },
                "shares": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "object", "additionalProperties": false, "required": ["principals"],
                    "properties": {
                      "subnets": { "$ref": "#/definitions/networkNames" },
                      "transit_gateways": { "$ref": "#/definitions/networkNames" },
                      "resolver_rules": { "$ref": "#/definitions/networkNames" },
                      "principals": { "$ref": "#/definitions/networkNames", "description": "OU names, account names or organization" },
                      "allow_external": { "type": "boolean" }
                    }
                  }
                },
                "instances": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "object", "additionalProperties": false, "required": ["subnet"],
                    "properties": {
                      "subnet": { "type": "string" }, "security_groups": { "$ref": "#/definitions/networkNames" },
                      "private_ip": { "type": "string" }, "public_ip": { "type": "boolean" },
                      "ipv6_addresses": { "type": "integer", "minimum": 0, "maximum": 10 },
                      "imds": { "enum": ["required", "optional"] }, "instance_type": { "type": "string" }
                    }
                  }
                },
                "interfaces": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "object", "additionalProperties": false, "required": ["subnet"],
                    "properties": {
                      "subnet": { "type": "string" }, "security_groups": { "$ref": "#/definitions/networkNames" },
                      "private_ip": { "type": "string" }, "elastic_ip": { "type": "boolean" },
                      "source_dest_check": { "type": "boolean" }, "description": { "type": "string" }
                    }
                  }
                },
                "load_balancers": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "object", "additionalProperties": false, "required": ["subnets"],
                    "properties": {
                      "type": { "enum": ["application", "network"] }, "scheme": { "enum": ["internet-facing", "internal"] },
                      "subnets": { "$ref": "#/definitions/networkNames" },
                      "security_groups": { "$ref": "#/definitions/networkNames" },
                      "listeners": {
                        "type": "array",
                        "items": {
                          "type": "object", "additionalProperties": false, "required": ["port", "protocol"],
                          "properties": {
                            "port": { "type": "integer", "minimum": 1, "maximum": 65535 },
                            "protocol": { "enum": ["HTTP", "HTTPS", "TCP", "TLS", "UDP", "TCP_UDP"] },
                            "certificate": { "type": "string", "description": "NAME (this account's), ACCOUNT/NAME or an ARN." },
                            "ssl_policy": { "type": "string" },
                            "default_action": { "enum": ["fixed_response", "redirect_to_https"] },
                            "target_group": { "type": "string", "description": "A target group of the account to forward to, instead of a default action." }
                          }
                        }
                      }
                    }
                  }
                },
                "target_groups": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "object", "additionalProperties": false,
                    "properties": {
                      "protocol": { "enum": ["HTTP", "HTTPS", "TCP", "TLS", "UDP", "TCP_UDP", "GENEVE"] },
                      "port": { "type": "integer", "minimum": 1, "maximum": 65535 },
                      "vpc": { "type": "string" },
                      "target_type": { "enum": ["instance", "ip", "lambda", "alb"] },
                      "targets": { "type": "array", "items": { "type": "string" }, "description": "Instance or load balancer names, IP addresses, or a Lambda function ARN." },
                      "health_check": {
                        "type": "object", "additionalProperties": false,
                        "properties": {
                          "protocol": { "enum": ["HTTP", "HTTPS", "TCP"] }, "port": { "type": "string" }, "path": { "type": "string" },
                          "interval": { "type": "integer" }, "timeout": { "type": "integer" },
                          "healthy_threshold": { "type": "integer" }, "unhealthy_threshold": { "type": "integer" }
                        }
                      }
                    }
                  }
                }
              }
            },
            "vpc": {
              "type": "object",
              "additionalProperties": false,
              "required": ["cidr"],
              "properties": {
                "cidr": { "type": "string" }, "secondary_cidrs": { "$ref": "#/definitions/networkNames" },
                "ipv6": { "type": "string" },
                "dns_support": { "type": "boolean" }, "dns_hostnames": { "type": "boolean" },
                "flow_logs": {
                  "oneOf": [
                    { "type": "string" },
                    {
                      "type": "object", "additionalProperties": false, "required": ["destination"],
                      "properties": { "destination": { "type": "string" }, "traffic": { "enum": ["ALL", "ACCEPT", "REJECT"] } }
                    }
                  ]
                },
                "internet_gateway": { "type": "string" }, "vpn_gateway": { "type": "string" },
                "egress_only_internet_gateway": { "type": "string" },
                "subnets": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "object", "additionalProperties": false, "required": ["zone", "cidr"],
                    "properties": {
                      "zone": { "type": "string" }, "cidr": { "type": "string" },
                      "map_public_ip_on_launch": { "type": "boolean" },
                      "ipv6_cidr": { "type": ["string", "integer"] }, "assign_ipv6_on_creation": { "type": "boolean" }
                    }
                  }
                },
                "route_tables": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "object", "additionalProperties": false,
                    "properties": {
                      "main": { "type": "boolean" }, "subnets": { "$ref": "#/definitions/networkNames" },
                      "routes": {
                        "type": "array",
                        "items": {
                          "type": "object", "additionalProperties": false,
                          "properties": {
                            "destination": { "type": "string" }, "destination_prefix_list": { "type": "string" },
                            "local": {}, "internet_gateway": {}, "egress_only_internet_gateway": {},
                            "vpn_gateway": {}, "blackhole": {},
                            "nat_gateway": { "type": "string" }, "transit_gateway": { "type": "string" },
                            "peering": { "type": "string" }, "gateway_endpoint": { "type": "string" },
                            "firewall": { "type": "string" }, "zone": { "type": "string" },
                            "network_interface": { "type": "string" }
                          }
                        }
                      }
                    }
                  }
                },
                "nat_gateways": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "object", "additionalProperties": false, "required": ["subnet"],
                    "properties": { "subnet": { "type": "string" }, "connectivity": { "enum": ["public", "private"] } }
                  }
                },
                "security_groups": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "object", "additionalProperties": false,
                    "properties": {
                      "description": { "type": "string" },
                      "ingress": { "type": "array", "items": { "$ref": "#/definitions/securityGroupRule" } },
                      "egress": { "type": "array", "items": { "$ref": "#/definitions/securityGroupRule" } }
                    }
                  }
                },
                "network_acls": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "object", "additionalProperties": false,
                    "properties": {
                      "subnets": { "$ref": "#/definitions/networkNames" },
                      "ingress": { "type": "object", "additionalProperties": { "$ref": "#/definitions/aclEntry" } },
                      "egress": { "type": "object", "additionalProperties": { "$ref": "#/definitions/aclEntry" } }
                    }
                  }
                },
                "endpoints": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "object", "additionalProperties": false, "required": ["service"],
                    "properties": {
                      "service": { "type": "string" }, "type": { "enum": ["gateway", "interface"] },
                      "route_tables": { "$ref": "#/definitions/networkNames" },
                      "subnets": { "$ref": "#/definitions/networkNames" },
                      "security_groups": { "$ref": "#/definitions/networkNames" },
                      "private_dns": { "type": "boolean" }, "policy": { "$ref": "#/definitions/document" }
                    }
                  }
                },
                "transit_gateway_attachment": {
                  "type": "object", "additionalProperties": false, "required": ["transit_gateway", "subnets"],
                  "properties": {
                    "transit_gateway": { "type": "string" }, "subnets": { "$ref": "#/definitions/networkNames" },
                    "appliance_mode": { "type": "boolean" }, "ipv6_support": { "type": "boolean" },
                    "accept": { "type": "boolean" }
                  }
                },
                "resolver_rules": { "$ref": "#/definitions/networkNames" },
                "tags": { "$ref": "#/definitions/stringMap" }
              }
            },
            "securityGroupRule": {
              "type": "object", "additionalProperties": false,
              "properties": {
                "protocol": { "type": "string" }, "ports": { "$ref": "#/definitions/ports" },
                "cidr": { "type": "string" }, "ipv6_cidr": { "type": "string" }, "prefix_list": { "type": "string" },
                "group": { "type": "string" },
                "description": { "type": "string" }
              }
            },
            "aclEntry": {
              "type": "object", "additionalProperties": false, "required": ["action"],
              "properties": {
                "action": { "enum": ["allow", "deny"] }, "protocol": { "type": "string" },
                "ports": { "$ref": "#/definitions/ports" }, "cidr": { "type": "string" },
                "ipv6_cidr": { "type": "string" }
              }
            },
            "place": {
              "oneOf": [
                { "const": "internet" },
                {
                  "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1,
                  "properties": {
                    "instance": { "type": "string" }, "interface": { "type": "string" }, "subnet": { "type": "string" },
                    "vpc": { "type": "string" }, "load_balancer": { "type": "string" },
                    "on_premises": { "type": "string" }, "service": { "type": "string" }
                  }
                }
              ]
            },
            "reach": {
              "type": "object", "additionalProperties": false, "required": ["from", "to", "expect"],
              "properties": {
                "from": { "$ref": "#/definitions/place" }, "to": { "$ref": "#/definitions/place" },
                "protocol": { "enum": ["tcp", "udp", "icmp", "all"] }, "ports": { "$ref": "#/definitions/ports" },
                "expect": { "enum": ["reachable", "unreachable"] },
                "blocked_by": { "$ref": "#/definitions/networkNames" }
              }
            },
            "exposure": {
              "type": "object", "additionalProperties": false, "required": ["expect"],
              "properties": {
                "from": { "$ref": "#/definitions/place" },
                "in": {
                  "type": "object", "additionalProperties": false,
                  "properties": { "accounts": { "$ref": "#/definitions/names" }, "accounts_in": { "type": "string" } }
                },
                "protocol": { "$ref": "#/definitions/networkNames" },
                "ports": {
                  "oneOf": [{ "$ref": "#/definitions/ports" }, { "type": "array", "items": { "$ref": "#/definitions/ports" } }]
                },
                "expect": {
                  "oneOf": [
                    { "const": "none" },
                    {
                      "type": "array",
                      "items": {
                        "type": "object", "additionalProperties": false, "required": ["resource", "ports"],
                        "properties": {
                          "resource": { "type": "string" }, "ports": { "$ref": "#/definitions/ports" },
                          "protocol": { "enum": ["tcp", "udp", "icmp", "all"] }
                        }
                      }
                    }
                  ]
                }
              }
            }
        """
}
