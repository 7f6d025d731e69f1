-- Card checkout sessions: one per card pledge (the pledge id is the gateway's idempotency key, so a
-- second press of "pay by card" sends the donor to the same session). The simulated gateway adapter
-- (no Stripe key configured) serves its own checkout page from these rows.
CREATE TABLE card_checkout (
    session_id     varchar(255) PRIMARY KEY,
    pledge_id      uuid         NOT NULL UNIQUE REFERENCES pledge (id),
    gateway        varchar(20)  NOT NULL,
    url            varchar(2000) NOT NULL,
    amount_minor   bigint       NOT NULL,
    currency       char(3)      NOT NULL,
    description    varchar(500) NOT NULL,
    success_url    varchar(2000) NOT NULL,
    cancel_url     varchar(2000) NOT NULL,
    payment_intent varchar(255),
    simulated_paid boolean      NOT NULL DEFAULT false,
    created_at     timestamptz  NOT NULL
);
CREATE INDEX card_checkout_payment_intent ON card_checkout (payment_intent);

-- A charge event names its payment intent, not the pledge (Stripe does not copy the intent's metadata
-- to the charge): kept so that a charge arriving before its checkout's completion is matched later.
ALTER TABLE gateway_event ADD COLUMN payment_intent varchar(255);
CREATE INDEX gateway_event_payment_intent ON gateway_event (payment_intent) WHERE pledge_id IS NULL;
