#!/usr/bin/env bash
# Insights benchmark (issue 9): the campaign page's p95 without and with 2,000 view events per second
# recorded in the background. Two runs of the packaged application on the machine's PostgreSQL:
#   1. baseline: wrk on the campaign page (each request is itself a recorded view);
#   2. loaded: the same wrk while the application records VIEWS_PER_SECOND (2000) more synthetic views a
#      second through the real recorder (bounded queue, background drain every 200 ms, batched insert),
#      switched on by takatuf.insights.bench.views-per-second (internal/ViewLoadGenerator).
# The extra views are generated in-process because rendering 2,000 more pages a second on two cores
# would measure page rendering, not recording. Prints both p95s and their ratio, and the recorder's counts.
# Usage: bench/insights.sh     Environment: DURATION (20s), CONNECTIONS (16), VIEWS_PER_SECOND (2000), REBUILD=1
set -eu
# its own database, port and mail-catcher port, so that it can run beside the other benchmarks
DB=${DB:-takatuf_insights_bench}
PORT=${PORT:-8091}
export TAKATUF_MAILCATCHER_PORT=${TAKATUF_MAILCATCHER_PORT:-2591}
. "$(dirname "$0")/common.sh"
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
VIEWS_PER_SECOND=${VIEWS_PER_SECOND:-2000}
APP_LOG=/tmp/takatuf-insights-bench.log
: > "$APP_LOG"
build_if_needed
trap 'stop_app; psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true' EXIT
url="http://127.0.0.1:$PORT"
echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB; PostgreSQL $(psql -X -At -d postgres -c 'show server_version'); wrk -t2 -c$CONNECTIONS -d$DURATION"

run() {
  local label=$1
  fresh_database
  start_app
  seed
  wrk -t2 -c$CONNECTIONS -d10s -s "$here/insights-page.lua" "$url/campaigns/$CAMPAIGN" >/dev/null   # warm-up
  local before after line
  before=$(psql -X -At -d $DB -c "SELECT count(*) FROM insights_view_event")
  line=$(wrk -t2 -c$CONNECTIONS -d$DURATION --timeout 5s -s "$here/insights-page.lua" "$url/campaigns/$CAMPAIGN" | grep RESULT)
  sleep 1
  after=$(psql -X -At -d $DB -c "SELECT count(*) FROM insights_view_event")
  echo "$label	$line	views_stored_during_run=$((after - before))"
  P95[$label]=$(echo "$line" | sed -n 's/.* p95_ms=\([0-9.]*\).*/\1/p')
  stop_app
}

declare -A P95
run baseline
export TAKATUF_INSIGHTS_BENCH_VIEWS_PER_SECOND=$VIEWS_PER_SECOND
export TAKATUF_INSIGHTS_BENCH_TARGET=00000000-0000-0000-0000-0000000000d1
run loaded
unset TAKATUF_INSIGHTS_BENCH_VIEWS_PER_SECOND TAKATUF_INSIGHTS_BENCH_TARGET
grep "insights bench" "$APP_LOG" | tail -1 || true
awk -v a="${P95[baseline]}" -v b="${P95[loaded]}" -v n="$VIEWS_PER_SECOND" 'BEGIN { printf "p95 baseline=%.2f ms, with %s views/s recorded=%.2f ms, ratio=%.2f\n", a, n, b, b / a }'
