#!/usr/bin/env bash
# Injection scan of the pledge API's lean lane with sqlmap (Debian package `sqlmap`), for docs/quality-report.md.
# Starts the packaged application on the machine's PostgreSQL as the pledge benchmark does (bench/common.sh: a
# fresh database, one campaign, one donor with a bearer token, the write limits lifted for that donor), then scans
# POST /api/v1/campaigns/{id}/pledges twice: the JSON body's fields with one fixed Idempotency-Key (every payload
# that passes validation reaches the INSERT, then the key's row answers 422), and the Idempotency-Key header itself.
# Prints sqlmap's verdict and the HTTP codes it saw for each, and how many calls the lean lane answered.
# Usage: tools/quality/sqlmap-pledge-api.sh      Environment: PORT (8082), OUT (/tmp/takatuf-sqlmap-pledges)
set -u
. "$(dirname "$0")/../../bench/common.sh"
out=${OUT:-/tmp/takatuf-sqlmap-pledges}
rm -rf "$out"
build_if_needed
fresh_database
trap 'stop_app; psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true' EXIT
start_app
seed
url="http://127.0.0.1:$PORT/api/v1/campaigns/$CAMPAIGN/pledges"
opts=(--batch --level=3 --risk=1 --technique=BEUST --time-sec=2 --disable-coloring --flush-session --output-dir="$out")
echo "== the body's fields (method, amount, message, referral, anonymous), one fixed key"
sqlmap -u "$url" --data='{"method":"BANK_TRANSFER","amount":"10.00","message":"hello","referral":"ref1","anonymous":false}' \
  --headers="Authorization: Bearer $TOKEN
Idempotency-Key: sqlmap-fixed-key" "${opts[@]}" 2>&1 | grep -E "injectable|HTTP error codes|times"
echo "== the Idempotency-Key header"
sqlmap -u "$url" --data='{"method":"BANK_TRANSFER","amount":"10.00","message":"hello"}' \
  --headers="Authorization: Bearer $TOKEN
Idempotency-Key: sqlmap-key*" "${opts[@]}" 2>&1 | grep -E "injectable|HTTP error codes|times"
echo "== $(curl -s "http://127.0.0.1:$PORT/actuator/prometheus" | grep '^takatuf_api_lean_calls')"
echo "== pledges stored: $(psql -X -At -d $DB -c 'SELECT count(*) FROM pledge')"
