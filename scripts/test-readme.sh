#!/usr/bin/env bash
# Runs the README as a test, so that what it shows is what a user gets.
#
# Every fenced block of README.md is one of:
#   - a ```sh block: its commands are run (bash -e), in order, in a throw-away copy of this repository with a
#     temporary HOME (so `scripts/install.sh` installs into it and `netlint` is on the PATH afterwards);
#   - a block whose first line starts with `$ `: each `$ COMMAND` is run the same way and its output (standard output
#     and error together, colours stripped) must be the lines shown under it, where a line `...` stands for any
#     number of lines (none included);
#   - a block right after a `<!-- covered-by: PATH -->` comment: not run here, because PATH (a script, or a folder of
#     Maven integration tests) runs it. PATH must exist, and must read README.md, so that a snippet users paste (a
#     pre-commit configuration, a workflow, a pom.xml snippet) is the one that test uses.
# Any other block fails the test, as does a marker naming a missing PATH. Every relative link of README.md and of
# docs/*.md must name a file that exists and, with #anchor, a heading in it.
#
# Needs cli/target/netlint.jar (NETLINT_JAR to use another) and, for `mvn help:describe`, the Maven plugin installed:
# in maven-plugin/target/local-repo (filled by `mvn verify`'s integration tests) or ~/.m2 (`mvn install`). Maven's
# help plugin is fetched from Maven Central on the first run.
#   scripts/test-readme.sh [--list] [FILE...]      (default FILE: README.md)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
list=""
if [ "${1:-}" = "--list" ]; then list=1; shift; fi
files=("$@")
[ "${#files[@]}" -gt 0 ] || files=(README.md)

jar="${NETLINT_JAR:-$root/cli/target/netlint.jar}"
if [ -z "$list" ]; then
  [ -f "$jar" ] || { echo "test-readme: $jar missing; build first (mvn -B -q package -DskipTests)" >&2; exit 1; }
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The throw-away copy: tracked and new files (not ignored ones), as a fresh clone has them, plus the built jar.
if [ -z "$list" ]; then
  mkdir -p "$work/repo/cli/target" "$work/home"
  git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
    [ -e "$f" ] && printf '%s\0' "$f"
  done | tar --null -T - -cf - | tar -xf - -C "$work/repo"
  cp "$jar" "$work/repo/cli/target/netlint.jar"
  maven_repo="${NETLINT_TEST_MAVEN_REPO:-}"
  if [ -z "$maven_repo" ]; then
    if [ -d "$root/maven-plugin/target/local-repo/dev/netlint/netlint-maven-plugin" ]; then
      maven_repo="$root/maven-plugin/target/local-repo"
    else
      maven_repo="${HOME:?}/.m2/repository"
    fi
  fi
fi

NETLINT_TEST_ROOT="$root" NETLINT_TEST_WORK="$work" NETLINT_TEST_LIST="$list" NETLINT_TEST_MAVEN_REPO="${maven_repo:-}" \
  python3 - "${files[@]}" <<'PY'
import os, re, subprocess, sys

root = os.environ["NETLINT_TEST_ROOT"]
work = os.environ["NETLINT_TEST_WORK"]
listing = bool(os.environ["NETLINT_TEST_LIST"])
MARKER = re.compile(r"^<!--\s*covered-by:\s*(\S+)\s*-->\s*$")
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def blocks(path):
    """(line, language, text, marker) of each fenced block; marker is the covered-by path right above it, if any."""
    lines = open(os.path.join(root, path), encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s*)```(\S*)\s*$", lines[i])
        if not m:
            i += 1
            continue
        indent, lang, start = m.group(1), m.group(2), i
        j = i + 1
        while j < len(lines) and lines[j].strip() != "```":
            j += 1
        body = "\n".join(l[len(indent):] if l.startswith(indent) else l for l in lines[i + 1:j])
        k = start - 1
        while k >= 0 and not lines[k].strip():
            k -= 1
        marker = MARKER.match(lines[k].strip()) if k >= 0 else None
        yield start + 1, lang, body, marker.group(1) if marker else None
        i = j + 1


def matches(expected, actual):
    """Whether actual lines are expected lines, where a line '...' stands for any number of lines."""
    memo = {}

    def go(e, a):
        if (e, a) in memo:
            return memo[(e, a)]
        if e == len(expected):
            r = a == len(actual)
        elif expected[e] == "...":
            r = any(go(e + 1, k) for k in range(a, len(actual) + 1))
        else:
            r = a < len(actual) and expected[e] == actual[a] and go(e + 1, a + 1)
        memo[(e, a)] = r
        return r

    return go(0, 0)


def env():
    e = dict(os.environ)
    home = os.path.join(work, "home")
    e.update(HOME=home, PATH=os.path.join(home, ".local", "bin") + ":" + e["PATH"],
             NETLINT_CACHE_DIR=os.path.join(work, "cache"), MAVEN_OPTS=(e.get("MAVEN_OPTS", "") +
             " -Dmaven.repo.local=" + os.environ["NETLINT_TEST_MAVEN_REPO"]).strip(), TERM="dumb", NO_COLOR="1")
    for k in ("NETLINT_JAR", "XDG_CACHE_HOME", "NETLINT_JAVA_OPTS"):
        e.pop(k, None)
    return e


def run(script):
    p = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=os.path.join(work, "repo"), env=env(),
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=600)
    return p.returncode, ANSI.sub("", p.stdout.decode("utf-8", "replace"))


failures, ran, covered = [], 0, 0


def slug(heading):
    """GitHub's anchor for a heading: lower case, punctuation other than - and _ dropped, spaces to -."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(path):
    found, fence = set(), False
    for l in open(path, encoding="utf-8").read().split("\n"):
        if l.lstrip().startswith("```"):
            fence = not fence
        elif not fence and re.match(r"^#{1,6} ", l):
            found.add(slug(l.lstrip("#")))
    return found


# Links: every relative link of the README and of docs/ names a file that exists, and a #anchor a heading in it
# (the README's reference sections moved to docs/, so a link left behind would break silently).
pages = sys.argv[1:] + ["maven-plugin/README.md"] + sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(os.path.join(root, "docs"))
                              for f in fs if f.endswith(".md"))
for page in dict.fromkeys(pages):
    text = re.sub(r"```.*?```", "", open(os.path.join(root, page), encoding="utf-8").read(), flags=re.S)
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"^[a-z]+:", target):
            continue
        file, _, anchor = target.partition("#")
        resolved = os.path.normpath(os.path.join(root, os.path.dirname(page), file)) if file else os.path.join(root, page)
        if not os.path.exists(resolved):
            failures.append(f"{page}: the link ({target}) names {os.path.relpath(resolved, root)}, which does not exist")
        elif anchor and resolved.endswith(".md") and anchor not in anchors(resolved):
            failures.append(f"{page}: the link ({target}) names no heading of {os.path.relpath(resolved, root)}")
for path in sys.argv[1:]:
    for line, lang, body, marker in blocks(path):
        where = f"{path}:{line}"
        first = body.split("\n", 1)[0]
        if marker:
            target = os.path.join(root, marker)
            kind = f"covered by {marker}"
            if not os.path.exists(target):
                failures.append(f"{where}: the covered-by marker names {marker}, which does not exist")
            else:
                texts = []
                for d, _, fs in os.walk(target) if os.path.isdir(target) else [(os.path.dirname(target), None,
                                                                                  [os.path.basename(target)])]:
                    texts += [open(os.path.join(d, f), encoding="utf-8", errors="replace").read() for f in fs]
                if not any("README" in t for t in texts):
                    failures.append(f"{where}: {marker} does not read the README, so it cannot be what covers it")
            covered += 1
        elif lang == "sh":
            kind = "run"
        elif first.startswith("$ "):
            kind = "run, output compared"
        else:
            failures.append(f"{where}: a ```{lang} block that is neither run (```sh, or `$ ` lines with their output) "
                            f"nor marked <!-- covered-by: PATH -->")
            continue
        if listing:
            print(f"{where}: {kind}: {first}")
            continue
        if marker:
            continue
        ran += 1
        if lang == "sh":
            status, out = run(body)
            if status != 0:
                failures.append(f"{where}: the ```sh block exited {status}:\n{body}\n--- output:\n{out}")
            continue
        # `$ COMMAND` lines, each followed by the output it shows.
        segments, current = [], None
        for l in body.split("\n"):
            if l.startswith("$ "):
                current = [l[2:], []]
                segments.append(current)
            else:
                current[1].append(l.rstrip())
        for command, shown in segments:
            while shown and not shown[-1]:
                shown.pop()
            status, out = run(command)
            actual = [l.rstrip() for l in out.rstrip("\n").split("\n")] if out.strip() else []
            if not matches(shown, actual):
                failures.append(f"{where}: `{command}` (exit {status}) does not print what the README shows.\n"
                                f"--- shown:\n" + "\n".join(shown) + "\n--- printed:\n" + "\n".join(actual))

if failures:
    for f in failures:
        print("test-readme: FAIL: " + f, file=sys.stderr)
    sys.exit(1)
if not listing:
    print(f"test-readme: OK ({ran} blocks run, {covered} covered by the tests their markers name)")
PY
