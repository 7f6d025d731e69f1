#!/usr/bin/env bash
# Back up Takatuf's PostgreSQL database (docs/operations.md).
# Usage: ops/backup.sh <database> [file]
# Connection from libpq's variables: PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass).
# Writes a custom-format archive (compressed, restorable table by table), checks that pg_restore can read it,
# and writes <file>.sha256 beside it. Prints the archive's path.
set -euo pipefail
db=${1:?usage: ops/backup.sh <database> [file]}
file=${2:-takatuf-$db-$(date -u +%Y%m%dT%H%M%SZ).dump}
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$file.partial" "$db"
pg_restore --list "$file.partial" >/dev/null
mv "$file.partial" "$file"
(cd "$(dirname "$file")" && sha256sum "$(basename "$file")" >"$(basename "$file").sha256")
echo "$file"
