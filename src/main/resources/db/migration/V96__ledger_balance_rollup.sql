-- Account balances without summing every entry (docs/performance.md, "The ledger of a viral campaign").
-- Every campaign page, GET /api/v1/campaigns and the live counter read the money raised, and the
-- transparency page reads the totals: each summed all the campaign's entries, 0.09-0.3 s with 300,000
-- confirmed pledges. The entries stay the one source of truth: ledger_balance is moved by a trigger in the
-- same statement that inserts them, so it can never hold a sum the journal does not, and the integrity check
-- compares the two (Ledger.checkIntegrity, BALANCE_DIFFERS_FROM_ENTRIES).
--
-- No hot row: a transaction adds to the row of its own shard (its backend's process id modulo 16), so two
-- confirmations of one campaign at the same moment, say two card webhooks, rarely wait for each other.
-- A balance is the sum of an account's shards.
CREATE TABLE ledger_balance (
    account_id    bigint   NOT NULL REFERENCES ledger_account (id),
    shard         smallint NOT NULL CHECK (shard BETWEEN 0 AND 15),
    debits_minor  bigint   NOT NULL CHECK (debits_minor >= 0),
    credits_minor bigint   NOT NULL CHECK (credits_minor <= 0),
    entries       bigint   NOT NULL CHECK (entries >= 0),
    PRIMARY KEY (account_id, shard)
);

INSERT INTO ledger_balance (account_id, shard, debits_minor, credits_minor, entries)
SELECT account_id, 0, coalesce(sum(amount_minor) FILTER (WHERE amount_minor > 0), 0),
       coalesce(sum(amount_minor) FILTER (WHERE amount_minor < 0), 0), count(*)
FROM ledger_entry GROUP BY account_id;

CREATE FUNCTION ledger_roll_up() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ledger_balance AS b (account_id, shard, debits_minor, credits_minor, entries)
    SELECT account_id, (pg_backend_pid() % 16)::smallint,
           coalesce(sum(amount_minor) FILTER (WHERE amount_minor > 0), 0),
           coalesce(sum(amount_minor) FILTER (WHERE amount_minor < 0), 0), count(*)
    FROM new_entries GROUP BY account_id ORDER BY account_id
    ON CONFLICT (account_id, shard) DO UPDATE
        SET debits_minor = b.debits_minor + EXCLUDED.debits_minor,
            credits_minor = b.credits_minor + EXCLUDED.credits_minor,
            entries = b.entries + EXCLUDED.entries;
    RETURN NULL;
END $$;

CREATE TRIGGER ledger_entry_roll_up AFTER INSERT ON ledger_entry
    REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION ledger_roll_up();

-- Only the roll-up writes a balance: an INSERT or UPDATE from anywhere else (trigger depth 1), and any DELETE
-- or TRUNCATE, is refused like a change to the journal itself.
CREATE FUNCTION ledger_balance_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') AND pg_trigger_depth() > 1 THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'ledger balances move only with their entries: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END $$;

CREATE TRIGGER ledger_balance_guard BEFORE INSERT OR UPDATE OR DELETE ON ledger_balance
    FOR EACH ROW EXECUTE FUNCTION ledger_balance_guard();
CREATE TRIGGER ledger_balance_no_truncate BEFORE TRUNCATE ON ledger_balance
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

-- The newest lines of a statement, read from the end of each account's entries.
CREATE INDEX ledger_entry_account_newest ON ledger_entry (account_id, id DESC);
DROP INDEX ledger_entry_account;
