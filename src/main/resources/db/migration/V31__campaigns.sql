-- Campaigns: fundraising (an amount), in-kind (a list of items) or mixed, run by a verified organisation.
CREATE TABLE campaign (
    id              uuid PRIMARY KEY,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    created_by      uuid         NOT NULL REFERENCES member (id),
    kind            text         NOT NULL CHECK (kind IN ('FUNDRAISING', 'IN_KIND', 'MIXED')),
    title           varchar(150) NOT NULL,
    story           text         NOT NULL,
    goal_minor      bigint CHECK (goal_minor IS NULL OR goal_minor > 0),
    currency        char(3)      NOT NULL,
    deadline        date,
    -- a case of the cases module, by id only (no foreign key across modules)
    case_id         uuid,
    status          text         NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    bank_name       varchar(150),
    bank_iban       varchar(40),
    bank_holder     varchar(150),
    created_at      timestamptz  NOT NULL
);
CREATE INDEX campaign_organisation ON campaign (organisation_id);
CREATE INDEX campaign_open ON campaign (created_at DESC) WHERE status = 'OPEN';

CREATE TABLE campaign_item (
    id          uuid PRIMARY KEY,
    campaign_id uuid         NOT NULL REFERENCES campaign (id),
    position    int          NOT NULL,
    name        varchar(150) NOT NULL,
    quantity    int          NOT NULL CHECK (quantity > 0)
);
CREATE INDEX campaign_item_campaign ON campaign_item (campaign_id, position);
