#!/usr/bin/env bash
# Restore a backup made by ops/backup.sh into a NEW database (never over a live one) (docs/operations.md).
# Usage: ops/restore.sh <file> <new-database>
# Checks the archive's checksum, creates the database, restores everything in one transaction (all or
# nothing), then updates the planner's statistics. Compare with ops/checksums.sh before switching over.
set -euo pipefail
file=${1:?usage: ops/restore.sh <file> <new-database>}
db=${2:?usage: ops/restore.sh <file> <new-database>}
if [ -f "$file.sha256" ]; then
  (cd "$(dirname "$file")" && sha256sum --quiet --check "$(basename "$file").sha256")
fi
createdb "$db"
if ! pg_restore --exit-on-error --single-transaction --no-owner --no-privileges --dbname="$db" "$file"; then
  dropdb --if-exists "$db"
  echo "restore failed; the new database $db was removed" >&2
  exit 1
fi
psql -X -q -d "$db" -c ANALYZE
