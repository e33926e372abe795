#!/bin/sh
# The real-world CI corpus against the ORIGINAL files (a local, full-fidelity check; not part of
# ./mvnw verify, which has no mirrors and reads the committed shapes instead).
#
#   bench/ci-lint-realworld.sh            check: for every repository of
#                                         src/test/resources/ci-realworld/manifest.yaml, read its CI
#                                         files at the pinned commit from the mirror, lint them, and
#                                         compare with the manifest's findings (and with the shape);
#                                         then measure precision and recall with the same faults
#   bench/ci-lint-realworld.sh survey     print every finding on the originals (to write a manifest)
#   bench/ci-lint-realworld.sh extract    rewrite the shapes from the mirror (CorpusExtractor)
#
# MIRROR (default /work/.mirror) holds bare git directories as owner+name/repo.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
mirror=${MIRROR:-/work/.mirror}
mode=${1:-check}
. "$root/bin/jdk.sh"
JAVA_HOME=$(shipgate_find_jdk)
export JAVA_HOME
cd "$root"
cp_file="$root/target/ci-realworld.classpath"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" \
  -Dmdep.includeScope=test -Dspotless.check.skip=true >/dev/null
cp="$root/target/test-classes:$root/target/classes:$(cat "$cp_file")"
case "$mode" in
  extract)
    exec "$JAVA_HOME/bin/java" -cp "$cp" dev.shipgate.ci.realworld.CorpusExtractor "$mirror" \
      src/test/resources/ci-realworld/repos.txt ;;
  survey)
    exec "$JAVA_HOME/bin/java" -cp "$cp" dev.shipgate.ci.realworld.FidelityCheck "$mirror" --survey ;;
  check)
    exec "$JAVA_HOME/bin/java" -cp "$cp" dev.shipgate.ci.realworld.FidelityCheck "$mirror" ;;
  *)
    echo "usage: bench/ci-lint-realworld.sh [check|survey|extract]" >&2
    exit 64 ;;
esac
