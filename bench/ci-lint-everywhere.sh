#!/bin/sh
# "No stack trace, no exit 70, on any directory of any project": for every fetched repository in
# MIRROR (default /work/.mirror, bare git directories as owner+name/repo), check out its newest
# commit and run `shipgate lint ci DIR` on every directory of it, in-process (the root also with
# --format json), then run the packaged jar on every root as a child process. Reports the exit codes
# seen and every run with a stack trace or an exit code other than 0, 1 and 66.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
mirror=${MIRROR:-/work/.mirror}
. "$root/bin/jdk.sh"
JAVA_HOME=$(shipgate_find_jdk)
export JAVA_HOME
cd "$root"
cp_file="$root/target/ci-realworld.classpath"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" \
  -Dmdep.includeScope=test -Dspotless.check.skip=true >/dev/null
cp="$root/target/test-classes:$root/target/classes:$(cat "$cp_file")"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
"$JAVA_HOME/bin/java" -cp "$cp" dev.shipgate.ci.realworld.LintEverywhere "$mirror" "$scratch/trees" || status=1

"$root/shipgate" --version >/dev/null
bad=0
n=0
for git in "$mirror"/*/repo; do
  name=$(basename "$(dirname "$git")")
  tree="$scratch/root/$name"
  mkdir -p "$tree"
  GIT_INDEX_FILE="$scratch/index" git --git-dir="$git" --work-tree="$tree" read-tree HEAD
  GIT_INDEX_FILE="$scratch/index" git --git-dir="$git" --work-tree="$tree" checkout-index -a -f 2>/dev/null || true
  rm -f "$scratch/index"
  code=0
  "$root/shipgate" lint ci "$tree" >/dev/null 2>"$scratch/err" || code=$?
  n=$((n + 1))
  if [ "$code" -ne 0 ] && [ "$code" -ne 1 ] && [ "$code" -ne 66 ] || grep -q -E '^[[:space:]]+at [[:alnum:]_.$<>]+\(|^Exception in thread|^([a-z][[:alnum:]_]*\.)+[[:alnum:]_$]*(Exception|Error)(: |$)' "$scratch/err"; then
    echo "$name: jar exit $code: $(head -n 1 "$scratch/err")"
    bad=$((bad + 1))
  fi
  rm -rf "$tree"
done
echo "jar: lint ci on $n repository roots; $bad with a stack trace or an unexpected exit code"
[ "$bad" -eq 0 ] || status=1
exit $status
