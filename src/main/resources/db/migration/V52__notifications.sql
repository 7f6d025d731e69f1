-- Notifications: an inbox that groups what belongs together ("3 new replies"), per-type preferences
-- (in the inbox, by e-mail now, in a daily or weekly digest, or not at all), digests.

CREATE TABLE notification (
    id          bigserial PRIMARY KEY,
    member_id   uuid         NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    type        varchar(40)  NOT NULL,
    group_key   varchar(200) NOT NULL,
    count       integer      NOT NULL DEFAULT 1,
    arguments   text         NOT NULL DEFAULT '',
    link        varchar(300),
    created_at  timestamptz  NOT NULL,
    read_at     timestamptz,
    mailed_at   timestamptz
);
-- at most one unread row per (member, type, group): new ones are added to its count
CREATE UNIQUE INDEX notification_unread_group_ix ON notification (member_id, type, group_key) WHERE read_at IS NULL;
CREATE INDEX notification_member_ix ON notification (member_id, created_at DESC);
CREATE INDEX notification_digest_ix ON notification (member_id) WHERE read_at IS NULL AND mailed_at IS NULL;

CREATE TABLE notification_preference (
    member_id uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    type      varchar(40) NOT NULL,
    delivery  varchar(10) NOT NULL CHECK (delivery IN ('OFF', 'INBOX', 'INSTANT', 'DAILY', 'WEEKLY')),
    PRIMARY KEY (member_id, type)
);

CREATE TABLE notification_digest_run (
    member_id  uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    frequency  varchar(10) NOT NULL,
    sent_at    timestamptz NOT NULL,
    PRIMARY KEY (member_id, frequency)
);

-- the key that signs unsubscribe links (made once, so that links in old e-mails keep working)
CREATE TABLE notification_signing_key (
    id     smallint PRIMARY KEY CHECK (id = 1),
    secret bytea NOT NULL
);
-- gen_random_uuid() is cryptographically random (no pgcrypto needed): two of them give 244 random bits
INSERT INTO notification_signing_key (id, secret)
VALUES (1, decode(replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''), 'hex'));
