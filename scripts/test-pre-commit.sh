#!/usr/bin/env bash
# End-to-end test of the pre-commit hook with the real `pre-commit` tool, as a user would set it up:
# a scratch git repository whose .pre-commit-config.yaml names this checkout with `repo:` and `rev:`.
# A staged NodePort Service makes `git commit` fail with the NET001 finding; after the fix the commit passes;
# a staged .tf is widened to its module's folder.
#
# The hook repository is a snapshot of this working tree (tracked and new files, not ignored ones) committed in a
# temporary repository, so uncommitted changes are tested too. NETLINT_JAR (default: cli/target/netlint.jar,
# which must exist) is passed through so pre-commit's clone does not rebuild; NETLINT_TEST_BUILD=1 unsets it and
# tests the build-from-source path instead (slow: a Maven build in pre-commit's clone).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v pre-commit >/dev/null || { echo "test-pre-commit: pre-commit is not installed (apt-get install -y pre-commit)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
export GIT_CONFIG_GLOBAL="$work/gitconfig"
git config --global user.email test@example.com
git config --global user.name "netlint test"
git config --global init.defaultBranch main
git config --global commit.gpgsign false

if [ -n "${NETLINT_TEST_BUILD:-}" ]; then
  unset NETLINT_JAR
else
  export NETLINT_JAR="${NETLINT_JAR:-$root/cli/target/netlint.jar}"
  [ -f "$NETLINT_JAR" ] || { echo "test-pre-commit: $NETLINT_JAR missing; build first (mvn -B -q package -DskipTests)" >&2; exit 1; }
fi

fail() { echo "test-pre-commit: FAIL: $*" >&2; exit 1; }

# 1. The hook repository: a committed snapshot of this working tree.
hooks="$work/netlint-hooks"
mkdir -p "$hooks"
(cd "$root" && git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
  [ -e "$f" ] && printf '%s\0' "$f"
done | tar --null -T - -cf -) | tar -xf - -C "$hooks"
git -C "$hooks" init -q
git -C "$hooks" add -A
git -C "$hooks" commit -q -m snapshot
rev="$(git -C "$hooks" rev-parse HEAD)"

# 2. The user's repository.
repo="$work/user-repo"
mkdir -p "$repo/k8s" "$repo/infra/eks"
cd "$repo"
git init -q
cat > .pre-commit-config.yaml <<YAML
repos:
- repo: $hooks
  rev: $rev
  hooks:
  - id: netlint
YAML
git add .pre-commit-config.yaml
git commit -q --no-verify -m "pre-commit config"
pre-commit install >/dev/null

cat > k8s/web.yaml <<'YAML'
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080}]
YAML
git add k8s/web.yaml
set +e
output="$(git commit -m "add web service" 2>&1)"
status=$?
set -e
echo "$output"
[ "$status" -ne 0 ] || fail "the commit with a NodePort Service passed"
grep -q 'k8s/web.yaml:5:9: warning: Service shop/web is exposed' <<<"$output" || fail "the output lacks the NET001 finding"
grep -q 'NET001 service-nodeport-exposure' <<<"$output" || fail "the output lacks the rule id"
git rev-parse -q --verify HEAD~1 >/dev/null && fail "a commit was made"

sed -i 's/type: NodePort/type: ClusterIP/' k8s/web.yaml
git add k8s/web.yaml
output="$(git commit -m "add web service" 2>&1)" || { echo "$output"; fail "the fixed commit did not pass"; }
echo "$output"
grep -q 'netlint.*Passed' <<<"$output" || fail "the hook did not run on the fixed commit"

# 3. A changed .tf file is linted with the rest of its module (its folder), and only Terraform files are added.
cat > infra/eks/cluster.tf <<'HCL'
resource "aws_eks_cluster" "main" {
  name = "demo"
  vpc_config {
    subnet_ids              = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
  kubernetes_network_config {
    service_ipv4_cidr = "172.20.0.0/16"
  }
}
HCL
printf 'resource "aws_security_group" "nodes" {\n  name = "nodes"\n}\n' > infra/eks/nodes.tf
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n' > infra/eks/unstaged.yaml
git add infra/eks/cluster.tf infra/eks/nodes.tf
git commit -q --no-verify -m "module"
printf '# changed\n' >> infra/eks/nodes.tf
git add infra/eks/nodes.tf
output="$(NETLINT_HOOK_VERBOSE=1 pre-commit run netlint --verbose 2>&1)" || { echo "$output"; fail "the hook failed on the Terraform change"; }
echo "$output"
grep -q 'netlint: linting infra/eks/cluster.tf infra/eks/nodes.tf$' <<<"$output" || fail "the .tf file was not widened to its module"

echo "test-pre-commit: OK"
