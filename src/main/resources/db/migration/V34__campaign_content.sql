-- Campaign content: short links, organiser updates with photos, photos in the story.

-- A short code per campaign (Crockford base32, 7 characters) for /c/{code}; existing rows are backfilled.
ALTER TABLE campaign ADD COLUMN short_code varchar(8);
UPDATE campaign SET short_code = (
    SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + floor(random() * 32)::int, 1), '')
    FROM generate_series(1, 7) WHERE campaign.id IS NOT NULL);
ALTER TABLE campaign ALTER COLUMN short_code SET NOT NULL;
CREATE UNIQUE INDEX campaign_short_code ON campaign (short_code);

-- Updates the organiser posts (results photographed and distributed), newest first on the page.
CREATE TABLE campaign_update (
    id          uuid PRIMARY KEY,
    campaign_id uuid          NOT NULL REFERENCES campaign (id),
    author_id   uuid          NOT NULL REFERENCES member (id),
    title       varchar(150)  NOT NULL,
    body        varchar(5000) NOT NULL,
    created_at  timestamptz   NOT NULL
);
CREATE INDEX campaign_update_campaign ON campaign_update (campaign_id, created_at DESC);

-- Photos of an update (up to 4) or of the story (up to 6, update_id NULL); files re-encoded without metadata.
CREATE TABLE campaign_photo (
    id           uuid PRIMARY KEY,
    campaign_id  uuid         NOT NULL REFERENCES campaign (id),
    update_id    uuid REFERENCES campaign_update (id),
    position     int          NOT NULL,
    storage_key  text         NOT NULL,
    content_type text         NOT NULL,
    alt          varchar(300) NOT NULL DEFAULT ''
);
CREATE INDEX campaign_photo_campaign ON campaign_photo (campaign_id, update_id, position);
