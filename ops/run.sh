#!/usr/bin/env bash
# Run the packaged application in production (docs/operations.md, "Running the jar").
# Usage: ops/run.sh [application arguments...]     e.g. ops/run.sh --spring.profiles.active=postgres
# Environment:
#   TAKATUF_JAR  the jar (default: this checkout's target/takatuf-*.jar, from ./mvnw -DskipTests package)
#   JAVA         the java of a JDK 21+ (default: what ops/java.sh finds: java on the PATH if it is 21 or newer,
#                else the newest JDK 21+ under /usr/lib/jvm)
#   GC_OPTS      the garbage collector (default -XX:+UseParallelGC: measured about a quarter less CPU per pledge
#                than the JDK's default G1 on the 2-core machine, docs/decisions.md "The JVM's garbage collector");
#                set GC_OPTS=-XX:+UseG1GC, or ZGC, for a large heap where pause times matter more than throughput
#   JAVA_OPTS    anything else for the JVM, e.g. -Xmx2g
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jar=${TAKATUF_JAR:-$(ls "$root"/target/takatuf-*.jar 2>/dev/null | grep -v plain | head -1)}
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
  echo "no jar: run ./mvnw -DskipTests package first, or set TAKATUF_JAR" >&2
  exit 1
fi
JAVA=${JAVA:-$("$root/ops/java.sh")}
# shellcheck disable=SC2086 # the options are lists of words
exec "$JAVA" ${GC_OPTS:--XX:+UseParallelGC} --enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-} -jar "$jar" "$@"
