#!/usr/bin/env python3
"""Compares lzsim's and PMapper's decisions case by case and classifies each disagreement.

Usage: compare.py cases.json lzsim.jsonl pmapper.jsonl [--show N]

A disagreement is put in the first class whose feature the case uses, among the documented
PMapper deviations (oracle README) and the evaluation choices lzsim documents; "unexplained"
lists what is left for a person to read.
"""
import collections
import json
import sys


def load_lines(path):
    rows = {}
    for line in open(path):
        row = json.loads(line)
        rows[row.get("id")] = row
    return rows


def statements(case, fields):
    for field in fields:
        value = case.get(field)
        if value is None:
            continue
        policies = value if isinstance(value, list) else [value]
        for item in policies:
            for entry in item if isinstance(item, list) else [item]:
                stmts = entry.get("Statement", [])
                for s in stmts if isinstance(stmts, list) else [stmts]:
                    yield field, s


def classify(case, ours, theirs):
    ctx = case.get("context") or {}
    everything = list(statements(case, ["identity_policies", "group_policies", "boundary", "session_policy",
                                        "scps", "resource_policy"]))
    ops = [(op, key) for _, s in everything for op, block in (s.get("Condition") or {}).items() for key in block]
    absent = [(op, key) for op, key in ops if key not in ctx]
    rp = case.get("resource_policy")
    if rp and ":iam::" in case["resource"] and ":role/" in case["resource"] and not case["action"].startswith("sts:"):
        return "PMapper: a role's resource policy required for a non-STS action (AWS: trust policies govern sts: only)"
    if rp and (case.get("boundary") or case.get("session_policy")) and ":role/" in case["principal"]:
        return "PMapper: resource policy grant to a role bypasses the boundary or session policy"
    if any(op in ("StringNotLike", "StringNotEquals", "ArnNotLike", "NotIpAddress", "StringNotEqualsIfExists")
           and key not in ctx for op, key in ops):
        return "PMapper: negated operator on an absent key"
    if any(op.startswith("ForAllValues") and key not in ctx for op, key in ops):
        return "PMapper: ForAllValues on an absent key"
    if any(op.endswith("IfExists") for op, _ in absent):
        return "PMapper: IfExists on an absent key"
    if any("${" in str(s.get("Resource", "")) + str(s.get("NotResource", "")) for _, s in everything):
        return "PMapper: policy variables in Resource"
    if rp and ":kms:" in case["resource"]:
        return "KMS key policy (PMapper models only part of it)"
    if case.get("resource_account") and rp:
        return "cross-account resource policy"
    return "unexplained"


def main():
    cases = {c["id"]: c for c in json.load(open(sys.argv[1]))}
    ours = load_lines(sys.argv[2])
    theirs = load_lines(sys.argv[3])
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 5
    compared = agree = 0
    classes = collections.Counter()
    examples = collections.defaultdict(list)
    oracle_errors = 0
    for case_id, case in cases.items():
        mine, other = ours.get(case_id), theirs.get(case_id)
        if not mine or not other:
            continue
        if other.get("error") or mine.get("error"):
            oracle_errors += 1 if other.get("error") else 0
            continue
        compared += 1
        if mine["allowed"] == other["allowed"]:
            agree += 1
            continue
        label = classify(case, mine, other)
        classes[label] += 1
        examples[label].append("%s: lzsim %s, PMapper %s" % (case_id, mine["decision"], other["decision"]))
    print("cases compared: %d (skipped: %d PMapper errors)" % (compared, oracle_errors))
    print("allow/deny agreement: %d / %d = %.2f%%" % (agree, compared, 100.0 * agree / max(compared, 1)))
    for label, count in classes.most_common():
        print("  %5d  %s" % (count, label))
        for line in examples[label][:show]:
            print("         %s" % line)


if __name__ == "__main__":
    main()
