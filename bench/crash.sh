#!/usr/bin/env bash
# Crash test (issue 5, quality.md "Bad input and failure"): under the pledge load of pledges.sh, kill -9 the
# application and restart PostgreSQL immediately, then reconcile: every pledge answered 2xx (recorded by
# the wrk script) is stored, no pledge is stored twice, and the campaign's counters equal the sums of the
# stored pledges. The deterministic lost-response case is PledgeApiIntegrationTest.
# Usage: bench/crash.sh   (needs the right to restart the machine's PostgreSQL: pg_ctlcluster)
set -eu
. "$(dirname "$0")/common.sh"
KILL_AFTER=${KILL_AFTER:-8}
logdir=$(mktemp -d /tmp/takatuf-crash.XXXX)
build_if_needed
fresh_database
trap 'stop_app; psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true' EXIT
start_app
seed
ACCEPTED_LOG="$logdir/accepted" wrk -t2 -c64 -d$((KILL_AFTER + 6))s --timeout 5s -s "$here/pledges.lua" "http://127.0.0.1:$PORT" \
  > "$logdir/wrk.out" 2>&1 &
load=$!
sleep "$KILL_AFTER"
kill -9 "$APP_PID"
pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main restart
echo "# killed the application (pid $APP_PID) with SIGKILL and restarted PostgreSQL after ${KILL_AFTER}s of load"
wait $load || true
APP_PID=
for _ in $(seq 1 60); do pg_isready -q -h "$PGHOST" -p "$PGPORT" && break; sleep 0.5; done

cat "$logdir"/accepted.* 2>/dev/null | sort > "$logdir/accepted.all" || true
accepted=$(wc -l < "$logdir/accepted.all")
dup_answers=$(uniq -d "$logdir/accepted.all" | wc -l)
psql -X -q -d $DB -c "CREATE TABLE accepted_check (id uuid)" -c "\\copy accepted_check FROM '$logdir/accepted.all'"
read -r stored missing duplicates counters_ok unbalanced <<<"$(psql -X -At -F ' ' -d $DB -c "
  SELECT (SELECT count(*) FROM pledge),
         (SELECT count(*) FROM accepted_check a WHERE NOT EXISTS (SELECT 1 FROM pledge p WHERE p.id = a.id)),
         (SELECT count(*) FROM (SELECT member_id, idempotency_key FROM pledge GROUP BY 1, 2 HAVING count(*) > 1) d),
         (SELECT coalesce(bool_and(t.pledged_minor = s.total AND t.pledges = s.n AND t.donors = s.donors), true)
            FROM campaign_tally t JOIN (SELECT campaign_id, sum(amount_minor) AS total, count(*) AS n,
                                               count(DISTINCT member_id) AS donors FROM pledge GROUP BY campaign_id) s
              ON s.campaign_id = t.campaign_id),
         (SELECT count(*) FROM (SELECT group_id FROM ledger_entry GROUP BY group_id, currency HAVING sum(amount_minor) <> 0) u)")"
echo "accepted (2xx answers)=$accepted stored=$stored accepted_but_missing=$missing duplicate_answers=$dup_answers duplicate_pledges=$duplicates counters_equal_sums=$counters_ok unbalanced_ledger_groups=$unbalanced"
echo "# stored - accepted = $((stored - accepted)): pledges committed whose answer was lost in the kill (a retry with the same key replays them)"
if [ "$accepted" -gt 0 ] && [ "$missing" = 0 ] && [ "$dup_answers" = 0 ] && [ "$duplicates" = 0 ] && [ "$counters_ok" = t ] && [ "$unbalanced" = 0 ]; then
  echo "CRASH TEST PASSED"
else
  echo "CRASH TEST FAILED"; exit 1
fi
