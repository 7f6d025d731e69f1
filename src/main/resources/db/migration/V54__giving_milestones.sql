-- Each quarter of a campaign's money goal reached (25, 50, 75, 100 % pledged), recorded once so that the
-- milestone is announced to the campaign's followers once, even if the total later falls back and rises again.
CREATE TABLE giving_milestone (
    campaign_id uuid        NOT NULL REFERENCES campaign (id),
    percent     smallint    NOT NULL CHECK (percent IN (25, 50, 75, 100)),
    reached_at  timestamptz NOT NULL,
    PRIMARY KEY (campaign_id, percent)
);
