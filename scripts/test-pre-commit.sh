#!/usr/bin/env bash
# End-to-end test of the pre-commit hook with the real `pre-commit` tool, as a user would set it up:
# a scratch git repository whose .pre-commit-config.yaml is the README's, naming this checkout with `repo:` and `rev:`.
# A staged NodePort Service makes `git commit` fail with the NET001 finding; after the fix the commit passes;
# a staged .tf is widened to its module's folder.
#
# The hook repository is a snapshot of this working tree (tracked and new files, not ignored ones) committed in a
# temporary repository, so uncommitted changes are tested too. The hook finds its jar in netlint's jar cache
# (NETLINT_CACHE_DIR/jars/<source key>/netlint.jar), seeded here with NETLINT_JAR (default: cli/target/netlint.jar,
# which must exist), exactly as a second clone of the same commit finds the jar the first one built, so pre-commit's
# clone does not build. NETLINT_TEST_BUILD=1 starts with an empty cache instead and tests the first-run build (slow: a
# Maven build in pre-commit's clone): progress on the output, the jar cached, and a fresh clone reusing it.
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

seed_jar="${NETLINT_JAR:-$root/cli/target/netlint.jar}"
unset NETLINT_JAR
if [ -z "${NETLINT_TEST_BUILD:-}" ]; then
  [ -f "$seed_jar" ] || { echo "test-pre-commit: $seed_jar missing; build first (mvn -B -q package -DskipTests)" >&2; exit 1; }
fi
export NETLINT_CACHE_DIR="$work/netlint-cache"
export NETLINT_QUIET_TTY=1

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
key="$("$hooks/scripts/source-key.sh")"
if [ -z "${NETLINT_TEST_BUILD:-}" ]; then
  mkdir -p "$NETLINT_CACHE_DIR/jars/$key" && cp "$seed_jar" "$NETLINT_CACHE_DIR/jars/$key/netlint.jar"
fi

# 2. The user's repository.
repo="$work/user-repo"
mkdir -p "$repo/k8s" "$repo/infra/eks"
cd "$repo"
git init -q
# The configuration is the README's, as a user pastes it, with this checkout's snapshot as the repository and rev.
readme_config="$(awk '/<!-- covered-by: scripts\/test-pre-commit.sh -->/ { marked = 1; next }
  marked && /^```yaml/ { inside = 1; next } inside && /^```/ { exit } inside { print }' "$root/README.md")"
grep -q '<netlint repository URL>' <<<"$readme_config" && grep -q '<tag or commit>' <<<"$readme_config" \
  || fail "README.md has no pre-commit configuration marked covered-by scripts/test-pre-commit.sh (with <netlint repository URL> and <tag or commit>)"
printf '%s\n' "$readme_config" | sed -e "s|<netlint repository URL>|$hooks|" -e "s|<tag or commit>|$rev|" > .pre-commit-config.yaml
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
started=$(date +%s%N)
output="$(git commit -m "add web service" 2>&1)"
status=$?
first_ms=$(( ($(date +%s%N) - started) / 1000000 ))
set -e
echo "$output"
if [ -n "${NETLINT_TEST_BUILD:-}" ]; then
  grep -q 'netlint: first run: building netlint from source' <<<"$output" || fail "the first run did not say it builds"
  grep -q "netlint: built in .* s; cached as $NETLINT_CACHE_DIR/jars/$key/netlint.jar" <<<"$output" \
    || fail "the first run did not say where the jar is cached"
  [ -f "$NETLINT_CACHE_DIR/jars/$key/netlint.jar" ] || fail "the built jar was not cached"
else
  grep -q 'building' <<<"$output" && fail "the hook built although the cache held the jar"
fi
[ "$status" -ne 0 ] || fail "the commit with a NodePort Service passed"
grep -q 'k8s/web.yaml:5:9: warning: Service shop/web is exposed' <<<"$output" || fail "the output lacks the NET001 finding"
grep -q 'NET001 service-nodeport-exposure' <<<"$output" || fail "the output lacks the rule id"
git rev-parse -q --verify HEAD~1 >/dev/null && fail "a commit was made"

sed -i 's/type: NodePort/type: ClusterIP/' k8s/web.yaml
git add k8s/web.yaml
output="$(git commit -m "add web service" 2>&1)" || { echo "$output"; fail "the fixed commit did not pass"; }
echo "$output"
grep -q 'netlint.*Passed' <<<"$output" || fail "the hook did not run on the fixed commit"
started=$(date +%s%N)
pre-commit run netlint --files k8s/web.yaml >/dev/null 2>&1 || fail "a warm run failed"
warm_ms=$(( ($(date +%s%N) - started) / 1000000 ))

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

# A fresh pre-commit clone of the same rev (another PRE_COMMIT_HOME) reuses the cached jar: no build, no Maven.
started=$(date +%s%N)
output="$(PRE_COMMIT_HOME="$work/cache2" pre-commit run netlint --files k8s/web.yaml --verbose 2>&1)" \
  || { echo "$output"; fail "the fresh clone's run failed"; }
fresh_ms=$(( ($(date +%s%N) - started) / 1000000 ))
grep -q 'building' <<<"$output" && fail "a fresh clone of the same rev built again instead of using the cached jar"

echo "test-pre-commit: first commit ${first_ms} ms (clone + $([ -n "${NETLINT_TEST_BUILD:-}" ] && echo build || echo 'cached jar') + lint); warm run ${warm_ms} ms; fresh clone with cached jar ${fresh_ms} ms"
echo "test-pre-commit: OK"
