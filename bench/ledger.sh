#!/usr/bin/env bash
# The ledger of a viral campaign (issue 5): what the money raised, the transparency page's totals and its lines cost
# once a campaign has many confirmed pledges. Starts the packaged application against a fresh database (migrations,
# one campaign), stops it, posts CONFIRMED (300,000) donation groups of two entries each to that campaign in SQL,
# as Donations.confirmed posts them (the roll-up trigger moves ledger_balance as the entries go in), then times with
# EXPLAIN ANALYZE (JIT off), ROUNDS (3) times each, the reads as they were before V96 (sums over ledger_entry, every
# line) and as the application makes them now (ledger_balance, the newest 500 lines). Last, it starts the application
# again and times the pages with curl (the median of 5, after 3 unmeasured).
# Usage: bench/ledger.sh      Environment: CONFIRMED (300000), ROUNDS (3), PORT (8082), REBUILD=1
set -eu
DB=${DB:-takatuf_ledger_bench}
. "$(dirname "$0")/common.sh"
CONFIRMED=${CONFIRMED:-300000}
ROUNDS=${ROUNDS:-3}
build_if_needed
fresh_database
trap 'stop_app; psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true' EXIT
start_app
seed
stop_app
echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB; PostgreSQL $(psql -X -At -d postgres -c 'show server_version')"
started=$(date +%s)
psql -X -q -d "$DB" -v n="$CONFIRMED" -v campaign="$CAMPAIGN" <<'SQL'
INSERT INTO ledger_account (code, kind, campaign_id, organisation_id, currency)
SELECT 'campaign/' || :'campaign' || '/' || lower(k) || '/SAR', k, :'campaign',
       (SELECT organisation_id FROM campaign WHERE id = :'campaign'), 'SAR'
FROM unnest(ARRAY['FUNDS', 'DONATIONS']) k;
CREATE TEMP TABLE confirmed AS
SELECT gen_random_uuid() AS group_id, gen_random_uuid() AS pledge_id, 100 + (random() * 100000)::bigint AS amount_minor,
       now() - interval '30 days' + i * interval '5 seconds' AS posted_at, i
FROM generate_series(1, :n) i;
INSERT INTO ledger_group (id, reference, kind, description, posted_at)
SELECT group_id, 'pledge/' || pledge_id || '/confirmed', 'DONATION', 'TK-' || lpad(i::text, 9, '0'), posted_at
FROM confirmed ORDER BY i;
INSERT INTO ledger_entry (group_id, account_id, amount_minor, currency)
SELECT c.group_id, a.id, CASE a.kind WHEN 'FUNDS' THEN c.amount_minor ELSE -c.amount_minor END, 'SAR'
FROM confirmed c JOIN ledger_account a ON a.campaign_id = :'campaign'
ORDER BY c.i, a.kind DESC;
ANALYZE ledger_group, ledger_entry, ledger_account, ledger_balance;
SQL
echo "# $CONFIRMED confirmed pledges posted in $(( $(date +%s) - started )) s: $(psql -X -At -d "$DB" -c "SELECT count(*) FROM ledger_entry") entries"

time_query() { # name, then the query; prints name and the execution times of ROUNDS runs
  local name=$1 sql=$2 times=""
  for _ in $(seq 1 "$ROUNDS"); do
    times="$times $(psql -X -At -d "$DB" -v campaign="$CAMPAIGN" -c "SET jit = off" \
      -c "EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON) $sql" | sed -n 's/^Execution Time: \(.*\) ms$/\1/p')"
  done
  printf '%-44s%s ms\n' "$name" "$times"
}
c="'$CAMPAIGN'"
echo "## before V96: sums over every entry, every line"
time_query "money raised (GivingProgress)" "SELECT a.campaign_id, -sum(e.amount_minor) FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id WHERE a.kind = 'DONATIONS' AND a.campaign_id = ANY(ARRAY[$c]::uuid[]) GROUP BY a.campaign_id"
time_query "statement totals (transparency page)" "SELECT a.kind, sum(e.amount_minor) FILTER (WHERE e.amount_minor < 0), sum(e.amount_minor) FILTER (WHERE e.amount_minor > 0) FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id WHERE a.campaign_id = $c AND a.currency = 'SAR' GROUP BY a.kind"
time_query "statement lines, all (transparency page)" "SELECT g.id, g.reference, g.kind, g.description, g.receipt, g.posted_at, a.campaign_id, e.amount_minor FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id JOIN ledger_group g ON g.id = e.group_id WHERE a.campaign_id = $c AND a.currency = 'SAR' AND a.kind = 'FUNDS' ORDER BY g.posted_at DESC, e.id DESC"
echo "## now: ledger_balance, the newest 500 lines"
time_query "money raised (GivingProgress)" "SELECT a.campaign_id, -sum(b.debits_minor + b.credits_minor) FROM ledger_balance b JOIN ledger_account a ON a.id = b.account_id WHERE a.kind = 'DONATIONS' AND a.campaign_id = ANY(ARRAY[$c]::uuid[]) GROUP BY a.campaign_id"
time_query "statement totals (transparency page)" "SELECT a.kind, sum(b.credits_minor), sum(b.debits_minor), sum(b.entries) FROM ledger_balance b JOIN ledger_account a ON a.id = b.account_id WHERE a.campaign_id = $c AND a.currency = 'SAR' GROUP BY a.kind"
time_query "statement lines, newest 500 (page)" "SELECT g.id, g.reference, g.kind, g.description, g.receipt, g.posted_at, a.campaign_id, e.amount_minor FROM ledger_account a CROSS JOIN LATERAL (SELECT e.id, e.group_id, e.amount_minor FROM ledger_entry e WHERE e.account_id = a.id ORDER BY e.id DESC LIMIT 500) e JOIN ledger_group g ON g.id = e.group_id WHERE a.campaign_id = $c AND a.currency = 'SAR' AND a.kind = 'FUNDS' ORDER BY e.id DESC LIMIT 500"
psql -X -At -d "$DB" -c "SELECT 'roll-up equals the entries: ' || bool_and(b.sum = e.sum) FROM (SELECT account_id, sum(debits_minor + credits_minor) AS sum FROM ledger_balance GROUP BY account_id) b JOIN (SELECT account_id, sum(amount_minor) AS sum FROM ledger_entry GROUP BY account_id) e USING (account_id)"

echo "## the pages, through the application (seconds, median of 5 after 3 unmeasured)"
start_app
page() { # name, path
  local t
  for _ in 1 2 3; do curl -fsS -o /dev/null "http://127.0.0.1:$PORT$2"; done
  t=$(for _ in 1 2 3 4 5; do curl -fsS -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$PORT$2"; done | sort -n | sed -n 3p)
  printf '%-44s%s s\n' "$1" "$t"
}
page "campaign page" "/campaigns/$CAMPAIGN"
page "transparency page" "/campaigns/$CAMPAIGN/ledger"
page "GET /api/v1/campaigns" "/api/v1/campaigns"
