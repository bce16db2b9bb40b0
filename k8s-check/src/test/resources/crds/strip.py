"""Makes the CRD schemas the k8s check reads from the operators' released CRD files (see README.md).

Keeps every structural part of each served version's openAPIV3Schema (type, properties, items, required, enum,
minimum/maximum, pattern, format, nullable, additionalProperties, oneOf/anyOf, x-kubernetes-*), drops the
descriptions and the status subtree, which a manifest never sets. Usage: python3 strip.py SOURCE.yaml > OUT.yaml
"""
import sys
import yaml

DROPPED = {"description", "example", "default"}


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in DROPPED}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


crd = yaml.safe_load(open(sys.argv[1]))
out = {
    "group": crd["spec"]["group"],
    "kind": crd["spec"]["names"]["kind"],
    "scope": crd["spec"]["scope"],
    "versions": [],
}
for version in crd["spec"]["versions"]:
    if not version.get("served"):
        continue
    schema = version["schema"]["openAPIV3Schema"]
    schema.get("properties", {}).pop("status", None)
    out["versions"].append({"name": version["name"], "schema": strip(schema)})
yaml.safe_dump(out, sys.stdout, sort_keys=False, width=120)
