#!/bin/sh
# Benchmarks shipgate's migrate/status against Flyway's migrate/validate on the same embedded
# PostgreSQL in one JVM (src/test/java/dev/shipgate/bench/DatabaseBench.java).
# Usage: bench/db-bench.sh [files=1000] [rounds=3]
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
  dev.shipgate.bench.DatabaseBench "$@"
