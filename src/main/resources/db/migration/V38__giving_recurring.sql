-- Monthly giving. A card gift is a Stripe subscription (each paid invoice makes and confirms that month's
-- pledge once: the pledge's idempotency key is the invoice id); a bank-transfer gift makes each month's
-- pledge with its own reference and e-mails the donor the bank instructions, claimed by the job with
-- SKIP LOCKED and recorded per month (primary key), so a month is never sent twice.
CREATE TABLE recurring_gift (
    id              uuid PRIMARY KEY,
    member_id       uuid         NOT NULL REFERENCES member (id),
    campaign_id     uuid         NOT NULL REFERENCES campaign (id),
    method          varchar(20)  NOT NULL CHECK (method IN ('CARD', 'BANK_TRANSFER')),
    amount_minor    bigint       NOT NULL CHECK (amount_minor > 0),
    currency        char(3)      NOT NULL,
    anonymous       boolean      NOT NULL DEFAULT false,
    status          varchar(20)  NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED')),
    idempotency_key varchar(255) NOT NULL,
    subscription_id varchar(255) UNIQUE,
    next_month      date         NOT NULL,
    created_at      timestamptz  NOT NULL,
    cancelled_at    timestamptz,
    UNIQUE (member_id, idempotency_key)
);
CREATE INDEX recurring_gift_due ON recurring_gift (next_month) WHERE status = 'ACTIVE' AND method = 'BANK_TRANSFER';
CREATE INDEX recurring_gift_member ON recurring_gift (member_id);

CREATE TABLE recurring_month (
    recurring_id uuid        NOT NULL REFERENCES recurring_gift (id),
    month        date        NOT NULL,
    pledge_id    uuid        NOT NULL REFERENCES pledge (id),
    invoice_id   varchar(255) UNIQUE,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (recurring_id, month)
);

ALTER TABLE card_checkout ADD COLUMN recurring_id uuid REFERENCES recurring_gift (id);
