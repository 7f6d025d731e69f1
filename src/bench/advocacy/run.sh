#!/bin/sh
# Supporters of one viral complaint joining at once: the spread count (16 rows) against a single counter row.
# Needs a PostgreSQL on 127.0.0.1:5432 with user postgres (trust). Usage: src/bench/advocacy/run.sh [clients] [seconds]
set -e
cd "$(dirname "$0")"
CLIENTS=${1:-32}
SECONDS_EACH=${2:-20}
DB=takatuf_bench_advocacy
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
for kind in single spread; do
  psql -q -h 127.0.0.1 -U postgres -d $DB -f schema.sql
  echo "== $kind: $CLIENTS clients, $SECONDS_EACH s"
  pgbench -n -h 127.0.0.1 -U postgres -c "$CLIENTS" -j 2 -T "$SECONDS_EACH" -P 5 -f support-$kind.sql $DB 2>&1 \
    | grep -E "latency average|latency stddev|tps|number of transactions actually"
  psql -h 127.0.0.1 -U postgres -d $DB -At -c \
    "SELECT 'rows=' || (SELECT count(*) FROM advocacy_support) || ' counted=' || (SELECT sum(supporters) FROM advocacy_support_count)"
done
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE $DB"
