#!/bin/sh
# Whole-process benchmark: ./shipgate status/migrate vs the Flyway command-line tool (validate,
# migrate) on the same embedded PostgreSQL (src/test/java/dev/shipgate/bench/ProcessBench.java).
# The Flyway CLI's class path comes from bench/flyway-cli/pom.xml (Maven Central only).
# Usage: bench/db-process-bench.sh [files=1000] [runs=5]
set -eu
cd "$(dirname "$0")/.."
. bin/jdk.sh
JAVA_HOME=$(shipgate_find_jdk)
export JAVA_HOME
mkdir -p target
./shipgate --version >/dev/null   # builds the jar and its class-data cache
if ! ./mvnw -q -B test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >target/bench-build.log 2>&1; then
  cat target/bench-build.log >&2
  exit 1
fi
if ! ./mvnw -q -B -f bench/flyway-cli/pom.xml dependency:build-classpath \
  -Dmdep.outputFile="$PWD/target/flyway-cli.classpath" >target/bench-flyway.log 2>&1; then
  cat target/bench-flyway.log >&2
  exit 1
fi
exec "$JAVA_HOME/bin/java" -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  dev.shipgate.bench.ProcessBench "${1:-1000}" "${2:-5}" "$PWD/shipgate" target/flyway-cli.classpath
