#!/usr/bin/env bash
# Prints the java command of a JDK 21 or newer: java on the PATH if it is one, else the newest under /usr/lib/jvm
# (the machine's default may be older, e.g. 17). Used by ops/run.sh and the benchmarks (bench/common.sh), so that
# both run the application on the same JDK. Exits 1 if there is none.
set -euo pipefail
major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
for candidate in "$(command -v java || true)" $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -V -r); do
  if [ -n "$candidate" ] && [ -x "$candidate" ] && [ "$(major "$candidate")" -ge 21 ] 2>/dev/null; then
    echo "$candidate"
    exit 0
  fi
done
echo "no JDK 21 or newer: install one (e.g. under /usr/lib/jvm) or set JAVA" >&2
exit 1
