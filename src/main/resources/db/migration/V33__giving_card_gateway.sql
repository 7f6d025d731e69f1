-- Payment-gateway events (Stripe webhooks): each event id once; kept so that events arriving out of
-- order are applied in the order of their meaning (completed before refunded), whatever their arrival.
CREATE TABLE gateway_event (
    id          varchar(255) PRIMARY KEY,
    gateway     varchar(20)  NOT NULL,
    type        varchar(100) NOT NULL,
    created     bigint       NOT NULL,
    pledge_id   uuid REFERENCES pledge (id),
    amount      bigint,
    received_at timestamptz  NOT NULL
);
CREATE INDEX gateway_event_pledge ON gateway_event (pledge_id);
