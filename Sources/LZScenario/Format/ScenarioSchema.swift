/// The JSON Schema of scenario files, so editors complete and check them as they are typed
/// (`# yaml-language-server: $schema=lzsim-scenario.schema.json` at the top of a file).
public enum ScenarioSchema {
    /// The schema, JSON Schema draft-07 (what the YAML language server reads).
    public static let json = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "$id": "https://lzsim.dev/schema/scenario.json",
          "title": "lzsim scenario",
          "description": "A foundation (an organization, accounts, IAM, Identity Center) and the checks that must hold in it.",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "scenario": { "type": "string", "description": "The scenario's title." },
            "seed": { "type": "integer", "minimum": 0, "description": "Seeds account IDs and every other identifier." },
            "clock": { "type": "string", "description": "The simulated clock's start, such as 2026-01-01T00:00:00Z." },
            "include": { "$ref": "#/definitions/names", "description": "Foundation files to merge in, relative to this file." },
            "frameworks": { "$ref": "#/definitions/names" },
            "foundation": { "$ref": "#/definitions/foundation" },
            "checks": { "type": "array", "items": { "$ref": "#/definitions/check" } },
            "mutation": { "$ref": "#/definitions/mutation" }
          },
          "definitions": {
            "mutation": {
              "description": "A deliberate breakage of other scenarios' foundation, and the checks it must turn red.",
              "type": "object",
              "additionalProperties": false,
              "required": ["of", "kills"],
              "properties": {
                "of": { "$ref": "#/definitions/names", "description": "Scenario files or folders whose checks are replayed." },
                "overlay": { "$ref": "#/definitions/overlay" },
                "changes": { "type": "array", "items": { "$ref": "#/definitions/step" }, "description": "AWS calls made on the built foundation, in order." },
                "at": { "type": "string", "description": "Time passing after the changes: +370d, +12h, or a date such as 2027-03-01." },
                "severity": { "enum": ["critical", "high", "medium", "low", "info"] },
                "kills": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["check"],
                    "properties": {
                      "check": { "type": "string", "description": "The id of a check that must now fail." },
                      "message": { "type": "string", "description": "Text its failure must contain." }
                    }
                  }
                }
              }
            },
            "names": { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] },
            "stringMap": { "type": "object", "additionalProperties": { "type": "string" } },
            "document": {
              "description": "A policy document: {file: name.json} beside the scenario, the document as a mapping, or JSON text.",
              "oneOf": [
                { "type": "object", "properties": { "file": { "type": "string" } }, "required": ["file"], "additionalProperties": false },
                { "type": "object", "properties": { "Version": { "type": "string" }, "Statement": {} }, "required": ["Statement"] },
                { "type": "string" }
              ]
            },
            "foundation": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "regions": { "$ref": "#/definitions/names" },
                "organization": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": ["management"],
                  "properties": {
                    "management": { "type": "string" },
                    "policy_types": { "type": "array", "items": { "enum": ["scp", "rcp"] } },
                    "policies": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": ["type"],
                        "properties": {
                          "type": { "enum": ["scp", "rcp"] },
                          "description": { "type": "string" },
                          "file": { "type": "string" },
                          "document": { "$ref": "#/definitions/document" }
                        }
                      }
                    },
                    "root": { "$ref": "#/definitions/unit" }
                  }
                },
                "accounts": { "type": "object", "additionalProperties": { "$ref": "#/definitions/account" } },
                "identity_center": {
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    "users": { "$ref": "#/definitions/names" },
                    "groups": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object", "additionalProperties": false,
                        "properties": { "members": { "$ref": "#/definitions/names" } }
                      }
                    },
                    "permission_sets": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                          "session_duration": { "type": "integer", "minimum": 3600, "maximum": 43200 },
                          "inline_policy": { "$ref": "#/definitions/document" },
                          "managed_policies": { "$ref": "#/definitions/names" },
                          "customer_managed_policies": { "$ref": "#/definitions/names" }
                        }
                      }
                    },
                    "assignments": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": ["permission_set"],
                        "properties": {
                          "permission_set": { "type": "string" },
                          "accounts": { "$ref": "#/definitions/names" },
                          "users": { "$ref": "#/definitions/names" },
                          "groups": { "$ref": "#/definitions/names" }
                        }
                      }
                    }
                  }
                },
                "security_services": {
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    "delegated_administrator": { "type": "string" },
                    "guardduty": {
                      "type": "object", "additionalProperties": false,
                      "properties": { "auto_enable": { "enum": ["ALL", "NEW", "NONE"] } }
                    },
                    "security_hub": {
                      "type": "object", "additionalProperties": false,
                      "properties": { "auto_enable": { "type": "boolean" }, "standards": { "$ref": "#/definitions/names" } }
                    },
                    "access_analyzer": {
                      "type": "object", "additionalProperties": false, "required": ["name"],
                      "properties": { "name": { "type": "string" }, "type": { "enum": ["ACCOUNT", "ORGANIZATION"] } }
                    }
                  }
                }
              }
            },
            "unit": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "policies": { "$ref": "#/definitions/names" },
                "accounts": { "$ref": "#/definitions/names" },
                "units": { "type": "object", "additionalProperties": { "$ref": "#/definitions/unit" } }
              }
            },
            "account": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "email": { "type": "string" },
                "outside_organization": { "type": "boolean", "description": "A standalone account that is not a member of the organization." },
                "network": { "$ref": "#/definitions/network" },
                "route53": { "$ref": "#/definitions/route53" },
                "acm": { "$ref": "#/definitions/acm" },
                "private_ca": { "$ref": "#/definitions/private_ca" },
                "s3": { "$ref": "#/definitions/s3" },
                "ebs": { "$ref": "#/definitions/ebs" },
                "rds": { "$ref": "#/definitions/rds" },
                "cloudtrail": { "$ref": "#/definitions/cloudtrail" },
                "kms": {
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    "keys": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                          "alias": { "type": "string" }, "description": { "type": "string" },
                          "policy": { "$ref": "#/definitions/document" },
                          "spec": { "type": "string" }, "usage": { "type": "string" },
                          "rotation": { "type": "boolean" },
                          "rotation_period_days": { "type": "integer", "minimum": 90, "maximum": 2560 },
                          "multi_region": { "type": "boolean" },
                          "region": { "type": "string" },
                          "replicas": { "$ref": "#/definitions/names", "description": "Regions of multi-Region replicas." }
                        }
                      }
                    },
                    "grants": { "type": "object", "additionalProperties": { "$ref": "#/definitions/grant" } }
                  }
                },
                "iam": {
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    "policies": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object", "additionalProperties": false,
                        "properties": {
                          "path": { "type": "string" }, "description": { "type": "string" },
                          "file": { "type": "string" }, "document": { "$ref": "#/definitions/document" }
                        }
                      }
                    },
                    "groups": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object", "additionalProperties": false,
                        "properties": {
                          "policies": { "type": "object", "additionalProperties": { "$ref": "#/definitions/document" } },
                          "managed_policies": { "$ref": "#/definitions/names" }
                        }
                      }
                    },
                    "roles": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": ["trust"],
                        "properties": {
                          "path": { "type": "string" }, "description": { "type": "string" },
                          "trust": { "$ref": "#/definitions/document" },
                          "boundary": { "type": "string" },
                          "policies": { "type": "object", "additionalProperties": { "$ref": "#/definitions/document" } },
                          "managed_policies": { "$ref": "#/definitions/names" },
                          "tags": { "$ref": "#/definitions/stringMap" },
                          "max_session_duration": { "type": "integer", "minimum": 3600, "maximum": 43200 }
                        }
                      }
                    },
                    "users": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                          "path": { "type": "string" }, "boundary": { "type": "string" },
                          "policies": { "type": "object", "additionalProperties": { "$ref": "#/definitions/document" } },
                          "managed_policies": { "$ref": "#/definitions/names" },
                          "groups": { "$ref": "#/definitions/names" },
                          "tags": { "$ref": "#/definitions/stringMap" },
                          "mfa_devices": { "$ref": "#/definitions/names" }
                        }
                      }
                    }
                  }
                }
              }
            },
            "principal": {
              "type": "string",
              "description": "account/root, account/user/NAME, account/role/NAME, account/sso/SET/USER, an ARN, or $saved."
            },
            "request": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "mfa": { "type": "boolean" }, "source_ip": { "type": "string" }, "source_vpc": { "type": "string" },
                "vpc_endpoint": { "type": "string" }, "region": { "type": "string" }, "secure_transport": { "type": "boolean" }
              }
            },
            "check": {
              "type": "object",
              "additionalProperties": false,
              "anyOf": [{ "required": ["id"] }, { "required": ["control"] }, { "required": ["framework"] }],
              "properties": {
                "id": { "type": "string" },
                "title": { "type": "string" },
                "severity": { "enum": ["critical", "high", "medium", "low", "info"] },
                "tags": { "$ref": "#/definitions/names" },
                "controls": { "$ref": "#/definitions/names" },
                "advisory": { "type": "boolean" },
                "at": { "type": "string", "description": "The simulated time the check runs at: +61d, +12h, +2w, or a date such as 2027-03-01." },
                "waiver": {
                  "type": "object", "additionalProperties": false, "required": ["reason"],
                  "properties": { "reason": { "type": "string" }, "until": { "type": "string" } }
                },
                "for_each": {
                  "type": "object", "additionalProperties": false,
                  "properties": { "account": { "$ref": "#/definitions/names" }, "accounts_in": { "type": "string" } }
                },
                "overlay": { "$ref": "#/definitions/overlay" },
                "access": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": ["principal", "action", "expect"],
                  "properties": {
                    "principal": { "$ref": "#/definitions/principal" },
                    "request": { "$ref": "#/definitions/request" },
                    "action": { "$ref": "#/definitions/names" },
                    "resource": { "$ref": "#/definitions/names", "description": "A resource ARN, or a list: one testcase per resource." },
                    "resource_policy": { "$ref": "#/definitions/document" },
                    "resource_account": { "type": "string" },
                    "context": { "type": "object", "additionalProperties": { "$ref": "#/definitions/names" } },
                    "expect": { "enum": ["allow", "deny"] },
                    "because": { "enum": ["explicit", "implicit"] },
                    "by": { "type": "string" }
                  }
                },
                "assert": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": ["resources", "expect"],
                  "properties": {
                    "resources": {
                      "enum": [\(AssertDeclaration.properties.keys.sorted().map { "\"\($0)\"" }.joined(separator: ", "))]
                    },
                    "in": {
                      "type": "object", "additionalProperties": false,
                      "properties": { "accounts": { "$ref": "#/definitions/names" }, "accounts_in": { "type": "string" } }
                    },
                    "exclude": { "$ref": "#/definitions/names" },
                    "expect": {
                      "type": "object",
                      "properties": {
                        "boundary": { "type": "string" },
                        "managed_policies_include": { "$ref": "#/definitions/names" },
                        "managed_policies_exclude": { "$ref": "#/definitions/names" },
                        "max_session_duration_at_most": { "type": "integer" },
                        "path": { "type": "string" },
                        "inline_policies": { "type": "boolean" },
                        "mfa": { "type": "boolean" },
                        "access_keys": { "type": "boolean" },
                        "ou": { "type": "string", "description": "The OU an account sits in directly; any for any OU but the root." },
                        "scps_attached": { "$ref": "#/definitions/names", "description": "Exactly the SCPs attached to an account." },
                        "scps_attached_at_most": { "type": "integer" },
                        "effective_scps_same_as": { "type": "string", "description": "An account whose SCPs in effect must be the same." },
                        "permission_sets_include": { "$ref": "#/definitions/names" },
                        "permission_sets_exclude": { "$ref": "#/definitions/names" },
                        "size_at_most": { "type": "integer" },
                        "overlaps_other_vpcs": { "type": "boolean" },
                        "disjoint_from": { "$ref": "#/definitions/names", "description": "CIDR blocks a VPC must not overlap, such as on-premises." },
                        "status": { "$ref": "#/definitions/names" }, "type": { "$ref": "#/definitions/names" },
                        "renewal_eligibility": { "enum": ["ELIGIBLE", "INELIGIBLE"] },
                        "key_algorithm": { "$ref": "#/definitions/names" }, "rsa_key_bits_at_least": { "type": "integer" },
                        "days_to_expiry_at_least": { "type": "integer" }, "in_use": { "type": "boolean" },
                        "validation_method": { "enum": ["DNS", "EMAIL", "NONE"] },
                        "renewal_status": { "enum": ["PENDING_AUTO_RENEWAL", "PENDING_VALIDATION", "SUCCESS", "FAILED", "NONE"] },
                        "renewal_status_reason": { "$ref": "#/definitions/names", "description": "ACM's RenewalStatusReason, or NONE." },
                        "encryption": { "enum": ["AES256", "aws:kms"] }, "key": { "type": "string" },
                        "bucket_key": { "type": "boolean" }, "public_access_block": { "type": "boolean" },
                        "enabled": { "type": "boolean" }, "encrypted": { "type": "boolean" }, "attached": { "type": "boolean" },
                        "storage_encrypted": { "type": "boolean" }, "multi_region": { "type": "boolean" },
                        "log_file_validation": { "type": "boolean" }, "organization": { "type": "boolean" },
                        "logging": { "type": "boolean" }, "cloudwatch_logs": { "type": "boolean" },
                        "management_events": { "enum": ["All", "ReadOnly", "WriteOnly", "none"] },
                        "rotation": { "type": "boolean" }, "state": { "$ref": "#/definitions/names" },
                        "protocol": { "$ref": "#/definitions/names" }, "ssl_policy": { "$ref": "#/definitions/names" },
                        "allows_legacy_tls": { "type": "boolean" },
                        "to_targets": { "$ref": "#/definitions/names", "description": "REENCRYPTED, TERMINATED, PLAINTEXT, PASSTHROUGH or NONE." },
                        "holds_none_of": { "$ref": "#/definitions/names", "description": "Resource types an account must not hold, such as s3:bucket." },
                        "domain_names_within": { "$ref": "#/definitions/names" },
                        "domain_names_exclude": { "$ref": "#/definitions/names" },
                        "resolver_rules_include": { "$ref": "#/definitions/names", "description": "Domains a VPC resolves through Resolver rules." },
                        "attachments_cover_zones": { "type": "boolean" },
                        "shared": { "type": "boolean" },
                        "shared_with_within": { "$ref": "#/definitions/names", "description": "OUs, accounts or organization a resource may be shared with." },
                        "shared_while_public": { "type": "boolean" },
                        "shared_outside_organization": { "type": "boolean" },
                        "external_access": { "type": "boolean" },
                        "guardduty": { "enum": ["enabled", "disabled"] },
                        "security_hub": { "enum": ["enabled", "disabled"] },
                        "guardduty_administrator": { "type": "string" },
                        "security_hub_administrator": { "type": "string" },
                        "access_analyzer": { "enum": ["ORGANIZATION", "ACCOUNT", "any"] },
                        "delegated_administrator_for": { "$ref": "#/definitions/names" }
                      }
                    }
                  }
                },
                "reach": { "$ref": "#/definitions/reach" },
                "exposure": { "$ref": "#/definitions/exposure" },
                "steps": { "type": "array", "items": { "$ref": "#/definitions/step" } },
                "control": { "type": "string", "description": "A built-in control such as KMS.4 (lzsim controls list)." },
                "framework": { "enum": ["fsbp", "cis-3.0", "control-tower"] },
                "scope": {
                  "type": "object", "additionalProperties": false,
                  "properties": {
                    "accounts": { "$ref": "#/definitions/names" },
                    "accounts_in": { "$ref": "#/definitions/names" },
                    "tags": { "$ref": "#/definitions/stringMap" },
                    "resources": { "$ref": "#/definitions/names", "description": "Only these resources, as testcases name them; * at the end for a prefix." }
                  }
                },
                "expect": { "enum": ["compliant", "non_compliant"], "description": "For control checks: non_compliant for a negative fixture the control must catch." },
                "parameters": {
                  "type": "object",
                  "description": "A control's parameters (daysToExpiration: 45), or a framework's by control ID (ACM.1: {daysToExpiration: 45})."
                }
              }
            },
            "overlay": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "attach": { "type": "array", "items": { "$ref": "#/definitions/attachment" } },
                "detach": { "type": "array", "items": { "$ref": "#/definitions/attachment" } }
              }
            },
            "step": {
              "type": "object",
              "additionalProperties": false,
              "required": ["as", "call"],
              "properties": {
                "as": { "$ref": "#/definitions/principal" },
                "request": { "$ref": "#/definitions/request" },
                "call": { "type": "string" },
                "with": { "type": "object" },
                "save": { "type": "string" },
                "expect": { "type": "string" },
                "returns": { "type": "string" }
              }
            },
            \(NetworkSchema.definitions),
            "attachment": {
              "type": "object", "additionalProperties": false, "required": ["policy", "target"],
              "properties": { "policy": { "type": "string" }, "target": { "type": "string" } }
            },
        \(WorkloadsSchema.definitions)
          }
        }
        """
}
