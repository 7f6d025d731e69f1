-- The public ledger: an append-only double-entry journal (house style 13-16).
-- Amounts are signed minor units: a debit is positive, a credit negative; the entries of one group
-- sum to zero per currency. Nothing is ever updated or deleted: a correction is a new group.

CREATE TABLE ledger_account (
    id              bigserial PRIMARY KEY,
    code            text        NOT NULL UNIQUE,
    kind            text        NOT NULL CHECK (kind IN ('FUNDS', 'DONATIONS', 'SPENDING', 'FEES')),
    campaign_id     uuid,
    organisation_id uuid,
    currency        char(3)     NOT NULL,
    opened_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ledger_account_campaign ON ledger_account (campaign_id);
CREATE INDEX ledger_account_organisation ON ledger_account (organisation_id);

CREATE TABLE ledger_group (
    id          uuid PRIMARY KEY,
    reference   text        NOT NULL UNIQUE,
    kind        text        NOT NULL CHECK (kind IN ('DONATION', 'FEE', 'REFUND', 'DISBURSEMENT', 'CORRECTION')),
    description text        NOT NULL,
    receipt     text,
    corrects    uuid REFERENCES ledger_group (id),
    posted_at   timestamptz NOT NULL
);

CREATE TABLE ledger_entry (
    id           bigserial PRIMARY KEY,
    group_id     uuid   NOT NULL REFERENCES ledger_group (id),
    account_id   bigint NOT NULL REFERENCES ledger_account (id),
    amount_minor bigint NOT NULL CHECK (amount_minor <> 0),
    currency     char(3) NOT NULL
);
CREATE INDEX ledger_entry_group ON ledger_entry (group_id);
CREATE INDEX ledger_entry_account ON ledger_entry (account_id);

-- Append-only, enforced by the database itself: any UPDATE, DELETE or TRUNCATE fails.
CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: % on % refused (post a correction instead)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END $$;

CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_group_append_only BEFORE UPDATE OR DELETE ON ledger_group
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_group_no_truncate BEFORE TRUNCATE ON ledger_group
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_account_append_only BEFORE UPDATE OR DELETE ON ledger_account
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();

-- Balanced at commit: checked once per group when the transaction ends, whoever wrote the rows.
CREATE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM ledger_entry WHERE group_id = NEW.group_id
               GROUP BY currency HAVING sum(amount_minor) <> 0)
       OR (SELECT count(*) FROM ledger_entry WHERE group_id = NEW.group_id) < 2 THEN
        RAISE EXCEPTION 'ledger group % is not balanced', NEW.group_id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER ledger_entry_balanced AFTER INSERT ON ledger_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_check_balanced();
