-- Ambassadors: a member fundraises for a campaign on a page of their own (/campaigns/{id}/a/{code}) with an
-- optional sub-goal and a personal message. Pledges brought by the page carry the referral 'amb-<code>'
-- (or 'amb-<code>.<channel>' when the ambassador's page was reached through one of its share links).
CREATE TABLE campaign_ambassador (
    id          uuid PRIMARY KEY,
    campaign_id uuid          NOT NULL REFERENCES campaign (id),
    member_id   uuid          NOT NULL REFERENCES member (id),
    code        varchar(12)   NOT NULL UNIQUE CHECK (code ~ '^[0-9a-z]{4,12}$'),
    goal_minor  bigint CHECK (goal_minor IS NULL OR goal_minor > 0),
    message     varchar(1000) NOT NULL DEFAULT '',
    hidden      boolean       NOT NULL DEFAULT false,
    created_at  timestamptz   NOT NULL,
    UNIQUE (campaign_id, member_id)
);
