#!/usr/bin/env bash
# Lays out, in the empty or missing folder DEST, one Terraform root calling terraform-aws-modules/eks 21.19.0 and vpc
# 6.6.0 as `terraform init -backend=false` leaves it: main.tf, .terraform/modules/{eks,vpc} (the real module sources
# kept for RegistryModulesTest in rules/src/test/resources/registry/modules) and .terraform/modules/modules.json.
# With --uncached, the same main.tf without .terraform. Used by bench/registry-modules.sh and by scripts/netlint,
# whose class-data-sharing archive is trained on it so that cached registry modules start as fast as the rest
# (docs/performance.md). Exits 1, having written nothing, in a checkout without those test sources.
#
#   scripts/registry-root.sh DEST [--uncached]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dest=${1:?usage: registry-root.sh DEST [--uncached]}
case=$here/rules/src/test/resources/registry/cases/NET005/eks-21-public-endpoint-with-default-cidrs
modules=$here/rules/src/test/resources/registry/modules
[ -f "$case/main.tf" ] && [ -d "$modules/eks-21.19.0" ] && [ -d "$modules/vpc-6.6.0" ] || exit 1
mkdir -p "$dest"
cp "$case/main.tf" "$dest/main.tf"
[ "${2:-}" = --uncached ] && exit 0
mkdir -p "$dest/.terraform/modules"
cp -r "$modules/eks-21.19.0" "$dest/.terraform/modules/eks"
cp -r "$modules/vpc-6.6.0" "$dest/.terraform/modules/vpc"
e() { printf '{"Key":"%s","Source":"%s","Dir":"%s"}' "$1" "$2" "$3"; }
{
  printf '{"Modules":['
  e "" "" "."; printf ','
  e eks registry.terraform.io/terraform-aws-modules/eks/aws .terraform/modules/eks; printf ','
  e vpc registry.terraform.io/terraform-aws-modules/vpc/aws .terraform/modules/vpc; printf ','
  e eks.eks_managed_node_group ./modules/eks-managed-node-group .terraform/modules/eks/modules/eks-managed-node-group
  printf ','
  e eks.eks_managed_node_group.user_data ../_user_data .terraform/modules/eks/modules/_user_data; printf ','
  e eks.self_managed_node_group ./modules/self-managed-node-group .terraform/modules/eks/modules/self-managed-node-group
  printf ','
  e eks.self_managed_node_group.user_data ../_user_data .terraform/modules/eks/modules/_user_data; printf ','
  e eks.fargate_profile ./modules/fargate-profile .terraform/modules/eks/modules/fargate-profile
  printf ']}\n'
} > "$dest/.terraform/modules/modules.json"
