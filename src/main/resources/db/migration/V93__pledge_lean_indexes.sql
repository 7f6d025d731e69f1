-- Every pledge of a viral campaign pays for each index on pledge (docs/performance.md, "Runs 10–12").
-- gateway_session was never used (card sessions live in card_checkout), but its unique index took an entry
-- for every pledge, NULL included. pledge_member repeated the unique (member_id, idempotency_key) index's
-- first column: a member's own list ("my giving", at most 100 rows) is found by that index and sorted.
ALTER TABLE pledge DROP COLUMN gateway_session;
DROP INDEX pledge_member;
