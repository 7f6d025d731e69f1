#!/usr/bin/env bash
# One line per table of the public schema: name, row count and an md5 of all its rows in a stable order,
# then the ledger's sum per account. Run it on the source and on the restored database and diff the two.
# Usage: ops/checksums.sh <database>
set -euo pipefail
db=${1:?usage: ops/checksums.sh <database>}
psql -X -q -At -d "$db" -v ON_ERROR_STOP=1 <<'SQL'
SELECT format('SELECT %L || E''\t'' || count(*) || E''\t'' || coalesce(md5(string_agg(t::text, E''\n'' ORDER BY t::text)), ''-'') FROM %I.%I t;',
              table_name, table_schema, table_name)
FROM information_schema.tables
WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
ORDER BY table_name
\gexec
SELECT 'ledger_account:' || a.code || E'\t' || coalesce(sum(e.amount_minor), 0)
FROM ledger_account a LEFT JOIN ledger_entry e ON e.account_id = a.id
GROUP BY a.code ORDER BY a.code;
SQL
