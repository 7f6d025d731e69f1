-- Pledges: money (bank transfer, cash, card) or goods from a campaign's list.
-- The idempotency key, the request's hash and the first answer are stored with the pledge itself,
-- so that the hot path writes one row per pledge (in batches: see PledgeWriter).
CREATE TABLE pledge (
    id              uuid PRIMARY KEY,
    campaign_id     uuid         NOT NULL REFERENCES campaign (id),
    member_id       uuid         NOT NULL REFERENCES member (id),
    method          text         NOT NULL CHECK (method IN ('BANK_TRANSFER', 'CASH', 'CARD', 'GOODS')),
    amount_minor    bigint CHECK (amount_minor IS NULL OR amount_minor > 0),
    currency        char(3)      NOT NULL,
    item_id         uuid REFERENCES campaign_item (id),
    quantity        int CHECK (quantity IS NULL OR quantity > 0),
    status          text         NOT NULL CHECK (status IN ('PLEDGED', 'RECEIVED', 'CONFIRMED', 'REFUNDED', 'EXPIRED')),
    reference       varchar(20)  NOT NULL UNIQUE,
    anonymous       boolean      NOT NULL,
    message         varchar(500),
    referral        varchar(80),
    idempotency_key varchar(255) NOT NULL,
    request_hash    char(64)     NOT NULL,
    response        text         NOT NULL,
    created_at      timestamptz  NOT NULL,
    expires_at      timestamptz,
    reminded_at     timestamptz,
    received_at     timestamptz,
    received_minor  bigint,
    confirmed_at    timestamptz,
    confirmed_by    uuid,
    refunded_at     timestamptz,
    expired_at      timestamptz,
    gateway_session varchar(255) UNIQUE,
    CHECK ((method = 'GOODS') = (item_id IS NOT NULL)),
    CHECK ((method = 'GOODS') = (amount_minor IS NULL)),
    UNIQUE (member_id, idempotency_key)
);
CREATE INDEX pledge_campaign ON pledge (campaign_id, created_at DESC);
CREATE INDEX pledge_member ON pledge (member_id, created_at DESC);
CREATE INDEX pledge_waiting ON pledge (expires_at) WHERE status = 'PLEDGED';

-- Live counters: one row per campaign, moved once per batch of pledges (never once per pledge).
CREATE TABLE campaign_tally (
    campaign_id   uuid PRIMARY KEY REFERENCES campaign (id),
    pledged_minor bigint NOT NULL DEFAULT 0,
    pledges       bigint NOT NULL DEFAULT 0,
    donors        bigint NOT NULL DEFAULT 0
);
CREATE TABLE campaign_donor (
    campaign_id uuid NOT NULL REFERENCES campaign (id),
    member_id   uuid NOT NULL REFERENCES member (id),
    PRIMARY KEY (campaign_id, member_id)
);

-- Idempotency of the other money endpoints (confirmations, imports, disbursements, refunds).
CREATE TABLE giving_idempotency (
    member_id    uuid         NOT NULL,
    key          varchar(255) NOT NULL,
    request_hash char(64)     NOT NULL,
    status       int          NOT NULL,
    body         text         NOT NULL,
    created_at   timestamptz  NOT NULL,
    PRIMARY KEY (member_id, key)
);

-- A disbursement waits for a second member of the organisation to approve it; only then is it in the ledger.
CREATE TABLE disbursement (
    id                   uuid PRIMARY KEY,
    campaign_id          uuid          NOT NULL REFERENCES campaign (id),
    amount_minor         bigint        NOT NULL CHECK (amount_minor > 0),
    currency             char(3)       NOT NULL,
    description          varchar(500)  NOT NULL,
    receipt_name         varchar(100)  NOT NULL,
    receipt_content_type varchar(50)   NOT NULL,
    requested_by         uuid          NOT NULL REFERENCES member (id),
    requested_at         timestamptz   NOT NULL,
    approved_by          uuid REFERENCES member (id),
    approved_at          timestamptz,
    CHECK (approved_by IS NULL OR approved_by <> requested_by)
);
CREATE INDEX disbursement_campaign ON disbursement (campaign_id, requested_at DESC);
