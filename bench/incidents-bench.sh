#!/bin/sh
# Benchmarks 10,000 incident `record` calls in-process on SQLite and on the embedded
# PostgreSQL (src/test/java/dev/shipgate/bench/IncidentBench.java).
# Usage: bench/incidents-bench.sh [calls=10000] [rounds=3]
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
exec "$JAVA_HOME/bin/java" -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  dev.shipgate.bench.IncidentBench "$@"
