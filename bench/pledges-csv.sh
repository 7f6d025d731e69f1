#!/usr/bin/env bash
# The CSV download of a viral campaign's pledges (issue 5): how long the organisation waits for every pledge of ONE
# campaign as a spreadsheet, and whether the application's memory stays flat while it is written.
# Starts the packaged application against a fresh database (as bench/pledges.sh does), stores pledges through the
# platform with wrk for PLEDGES_FOR (bench/pledges.lua, 64 connections), signs in as the campaign's organiser, then
# downloads /campaigns/{id}/manage/pledges.csv ROUNDS times for all pledges and for one status that the campaign does
# not have (the walk through every pledge that finds none), timing each with curl and counting its lines.
# Prints: the pledges stored; per download the HTTP status, seconds to the first byte and in all, bytes, lines, rows
# per second; the application's resident memory (VmRSS) before and after the downloads, and its peak (VmHWM).
# Usage: bench/pledges-csv.sh     Environment: PLEDGES_FOR (60s), ROUNDS (3), PORT (8082), REBUILD=1
set -eu
DB=${DB:-takatuf_csv_bench}
. "$(dirname "$0")/common.sh"
PLEDGES_FOR=${PLEDGES_FOR:-60s}
ROUNDS=${ROUNDS:-3}
build_if_needed
fresh_database
cookies=$(mktemp)
out=$(mktemp)
trap 'stop_app; rm -f "$cookies" "$out"; psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true' EXIT
start_app
seed
url="http://127.0.0.1:$PORT"
echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB; PostgreSQL $(psql -X -At -d postgres -c 'show server_version')"
echo "load	$(wrk -t2 -c64 -d"$PLEDGES_FOR" --timeout 5s -s "$here/pledges.lua" "$url" | grep RESULT)"
psql -X -q -d $DB -c "VACUUM ANALYZE pledge"
echo "stored	$(psql -X -At -d $DB -c "SELECT count(*) FROM pledge WHERE campaign_id = '$CAMPAIGN'") pledges of the campaign"

# The organiser signs in through the form like anyone. Only this throwaway database gets a password in the delegating
# encoder's plain form ({noop}); the seed's organiser has none that could be typed.
organiser_password="bench-organiser-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
psql -X -q -d $DB -c "UPDATE member SET password_hash = '{noop}$organiser_password' WHERE email = 'bench-organiser@takatuf.local'"
csrf=$(curl -fs -c "$cookies" "$url/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -b "$cookies" -c "$cookies" -o /dev/null --data-urlencode "email=bench-organiser@takatuf.local" \
  --data-urlencode "password=$organiser_password" --data-urlencode "_csrf=$csrf" "$url/login"

memory() { awk -v k="$1" '$1 == k":" {printf "%d MB", $2 / 1024}' "/proc/$APP_PID/status"; }
echo "memory before	VmRSS $(memory VmRSS)	VmHWM $(memory VmHWM)"
for status in all refunded; do
  for round in $(seq 1 "$ROUNDS"); do
    timing=$(curl -s -b "$cookies" -o "$out" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' \
      "$url/campaigns/$CAMPAIGN/manage/pledges.csv?status=$status")
    read -r code first total bytes <<<"$timing"
    lines=$(wc -l <"$out")
    echo "csv	status=$status	round=$round	http=$code	first_byte_s=$first	total_s=$total	bytes=$bytes	lines=$lines	rows_per_s=$(python3 -c "print(round(($lines - 1) / $total))")"
  done
done
echo "memory after	VmRSS $(memory VmRSS)	VmHWM $(memory VmHWM)"
