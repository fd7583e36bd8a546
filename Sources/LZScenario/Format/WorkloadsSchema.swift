/// The JSON Schema definitions of an account's workload sections, spliced into ``ScenarioSchema``.
enum WorkloadsSchema {
    static let definitions = """
                "pem": {
                  "description": "A PEM file beside the scenario: its path, or {file: path}.",
                  "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "file": { "type": "string" } }, "required": ["file"], "additionalProperties": false }]
                },
                "boolOrBlock": {
                  "oneOf": [
                    { "type": "boolean" },
                    {
                      "type": "object", "additionalProperties": false,
                      "properties": {
                        "block_public_acls": { "type": "boolean" }, "ignore_public_acls": { "type": "boolean" },
                        "block_public_policy": { "type": "boolean" }, "restrict_public_buckets": { "type": "boolean" }
                      }
                    }
                  ]
                },
                "zone": {
                  "oneOf": [
                    { "type": "null" },
                    {
                      "type": "object", "additionalProperties": false,
                      "properties": {
                        "records": {
                          "type": "array",
                          "items": {
                            "type": "object", "additionalProperties": false, "required": ["name", "type", "values"],
                            "properties": {
                              "name": { "type": "string" }, "type": { "type": "string" }, "ttl": { "type": "integer" },
                              "values": { "$ref": "#/definitions/names" }
                            }
                          }
                        }
                      }
                    }
                  ]
                },
                "route53": {
                  "type": "object", "additionalProperties": false,
                  "properties": {
                    "zones": { "type": "object", "additionalProperties": { "$ref": "#/definitions/zone" }, "description": "Route 53 public hosted zones of the account." },
                    "external_zones": { "type": "object", "additionalProperties": { "$ref": "#/definitions/zone" }, "description": "Public zones served outside AWS." }
                  }
                },
                "acm": {
                  "type": "object", "additionalProperties": false,
                  "properties": {
                    "certificates": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object", "additionalProperties": false,
                        "properties": {
                          "domain": { "type": "string" }, "sans": { "$ref": "#/definitions/names" },
                          "key_algorithm": { "enum": ["RSA_1024", "RSA_2048", "RSA_3072", "RSA_4096", "EC_prime256v1", "EC_secp384r1", "EC_secp521r1"] },
                          "validation": { "enum": ["DNS", "EMAIL"] },
                          "validation_record": { "enum": ["present", "absent", "removed"] },
                          "authority": { "type": "string", "description": "A Private CA: NAME, ACCOUNT/NAME or an ARN." },
                          "import": {
                            "type": "object", "additionalProperties": false, "required": ["certificate", "private_key"],
                            "properties": {
                              "certificate": { "$ref": "#/definitions/pem" }, "private_key": { "$ref": "#/definitions/pem" },
                              "chain": { "$ref": "#/definitions/pem" }
                            }
                          },
                          "region": { "type": "string" }, "tags": { "$ref": "#/definitions/stringMap" }
                        }
                      }
                    }
                  }
                },
                "private_ca": {
                  "type": "object", "additionalProperties": false,
                  "properties": {
                    "authorities": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object", "additionalProperties": false, "required": ["subject"],
                        "properties": {
                          "type": { "enum": ["ROOT", "SUBORDINATE"] }, "key_algorithm": { "type": "string" },
                          "signing_algorithm": { "type": "string" },
                          "subject": {
                            "type": "object", "additionalProperties": false, "required": ["common_name"],
                            "properties": {
                              "common_name": { "type": "string" }, "organization": { "type": "string" },
                              "organizational_unit": { "type": "string" }, "country": { "type": "string" }
                            }
                          },
                          "validity": { "type": "string", "description": "Such as 10y, 6m, 365d." },
                          "parent": { "type": "string" }, "share_with": { "$ref": "#/definitions/names" },
                          "region": { "type": "string" }
                        }
                      }
                    },
                    "certificates": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object", "additionalProperties": false, "required": ["authority", "csr"],
                        "properties": {
                          "authority": { "type": "string" }, "csr": { "$ref": "#/definitions/pem" },
                          "validity": { "type": "string" }, "template": { "type": "string" }
                        }
                      }
                    }
                  }
                },
                "s3": {
                  "type": "object", "additionalProperties": false,
                  "properties": {
                    "public_access_block": { "$ref": "#/definitions/boolOrBlock" },
                    "buckets": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object", "additionalProperties": false,
                        "properties": {
                          "name": { "type": "string" }, "region": { "type": "string" },
                          "encryption": {
                            "type": "object", "additionalProperties": false,
                            "properties": {
                              "algorithm": { "enum": ["AES256", "aws:kms"] }, "key": { "type": "string" },
                              "bucket_key": { "type": "boolean" }
                            }
                          },
                          "public_access_block": { "$ref": "#/definitions/boolOrBlock" },
                          "policy": { "$ref": "#/definitions/document" }, "tags": { "$ref": "#/definitions/stringMap" }
                        }
                      }
                    }
                  }
                },
                "ebs": {
                  "type": "object", "additionalProperties": false,
                  "properties": {
                    "encryption_by_default": { "type": "boolean" }, "default_key": { "type": "string" },
                    "regions": { "$ref": "#/definitions/names" },
                    "by_region": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object", "additionalProperties": false,
                        "properties": { "encryption_by_default": { "type": "boolean" }, "default_key": { "type": "string" } }
                      }
                    },
                    "volumes": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object", "additionalProperties": false,
                        "properties": {
                          "size": { "type": "integer" }, "encrypted": { "type": "boolean" }, "key": { "type": "string" },
                          "attached": { "type": "boolean" }, "region": { "type": "string" },
                          "availability_zone": { "type": "string" }
                        }
                      }
                    }
                  }
                },
                "rds": {
                  "type": "object", "additionalProperties": false,
                  "properties": {
                    "instances": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object", "additionalProperties": false,
                        "properties": {
                          "identifier": { "type": "string" }, "engine": { "type": "string" },
                          "instance_class": { "type": "string" }, "allocated_storage": { "type": "integer" },
                          "storage_encrypted": { "type": "boolean" }, "key": { "type": "string" }, "region": { "type": "string" }
                        }
                      }
                    }
                  }
                },
                "cloudtrail": {
                  "type": "object", "additionalProperties": false,
                  "properties": {
                    "trails": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "object", "additionalProperties": false, "required": ["bucket"],
                        "properties": {
                          "bucket": { "type": "string" }, "prefix": { "type": "string" },
                          "organization": { "type": "boolean" }, "multi_region": { "type": "boolean" },
                          "log_file_validation": { "type": "boolean" }, "key": { "type": "string" },
                          "cloudwatch_logs": {
                            "type": "object", "additionalProperties": false,
                            "properties": { "log_group": { "type": "string" }, "role": { "type": "string" } }
                          },
                          "management_events": { "enum": ["All", "ReadOnly", "WriteOnly", "none"] },
                          "logging": { "type": "boolean" }, "region": { "type": "string" }
                        }
                      }
                    }
                  }
                },
                "grant": {
                  "type": "object", "additionalProperties": false, "required": ["key", "grantee", "operations"],
                  "properties": {
                    "key": { "type": "string" }, "grantee": { "type": "string" },
                    "operations": { "$ref": "#/definitions/names" }, "retiring": { "type": "string" },
                    "constraints": {
                      "type": "object", "additionalProperties": false,
                      "properties": {
                        "encryption_context_equals": { "$ref": "#/definitions/stringMap" },
                        "encryption_context_subset": { "$ref": "#/definitions/stringMap" }
                      }
                    }
                  }
                }
        """
}
