#!/bin/sh
# The real-world migration corpus (src/test/resources/corpus/migrations, docs/migration-lint.md).
# Needs the public repositories' snapshots under /work/.mirror (see manifest.json for each
# repository and pinned commit); `mvn verify` never runs this, it only checks the committed shapes.
#   bench/migration-corpus.sh extract [ID...]   rewrite the committed shapes from the mirrors
#   bench/migration-corpus.sh full              check every verdict against the original files
#   bench/migration-corpus.sh every             lint every folder of every corpus repository
set -eu
cd "$(dirname "$0")/.."
. bin/jdk.sh
JAVA_HOME=$(shipgate_find_jdk)
export JAVA_HOME
mkdir -p target
if ! ./mvnw -q -B test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >target/bench-build.log 2>&1; then
  cat target/bench-build.log >&2
  exit 1
fi
verb=${1:-full}
[ $# -gt 0 ] && shift
case "$verb" in
  full) set -- full bench/out/corpus-full ;;
  every) set -- every bench/out/corpus-every ;;
  extract) set -- extract "$@" ;;
esac
exec "$JAVA_HOME/bin/java" -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  dev.shipgate.migrations.corpus.CorpusTool "$@"
