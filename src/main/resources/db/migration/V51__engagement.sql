-- Engagement on any public target (type, id): comments with replies and reactions, follows, the
-- activity log that feeds and hashtag pages read, shares counted by referral, solidarity frames.

CREATE TABLE engagement_comment (
    id              uuid PRIMARY KEY,
    target_type     varchar(30) NOT NULL,
    target_id       uuid        NOT NULL,
    parent_id       uuid REFERENCES engagement_comment (id) ON DELETE CASCADE,
    author_id       uuid        NOT NULL REFERENCES member (id),
    organisation_id uuid,
    body            text        NOT NULL,
    created_at      timestamptz NOT NULL,
    edited_at       timestamptz,
    deleted_at      timestamptz,
    request_key     varchar(64) UNIQUE
);
CREATE INDEX engagement_comment_target_ix ON engagement_comment (target_type, target_id, created_at);
CREATE INDEX engagement_comment_parent_ix ON engagement_comment (parent_id);

CREATE TABLE engagement_reaction (
    comment_id uuid        NOT NULL REFERENCES engagement_comment (id) ON DELETE CASCADE,
    member_id  uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    kind       varchar(10) NOT NULL CHECK (kind IN ('SUPPORT', 'THANKS')),
    PRIMARY KEY (comment_id, member_id, kind)
);

-- an organisation's first reply to a member's comment, timed: the public response-time signal
CREATE TABLE engagement_response (
    comment_id      uuid PRIMARY KEY REFERENCES engagement_comment (id) ON DELETE CASCADE,
    organisation_id uuid        NOT NULL,
    asked_at        timestamptz NOT NULL,
    answered_at     timestamptz NOT NULL
);
CREATE INDEX engagement_response_org_ix ON engagement_response (organisation_id);

CREATE TABLE engagement_follow (
    member_id   uuid         NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    source_type varchar(20)  NOT NULL,
    source_key  varchar(200) NOT NULL,
    label       varchar(200) NOT NULL DEFAULT '',
    created_at  timestamptz  NOT NULL,
    PRIMARY KEY (member_id, source_type, source_key)
);
CREATE INDEX engagement_follow_source_ix ON engagement_follow (source_type, source_key);

-- one row per (thing, source): fan-out on write by source, fan-in on read by the follower's sources
CREATE TABLE engagement_activity (
    id          bigserial PRIMARY KEY,
    item_id     uuid         NOT NULL,
    source_type varchar(20)  NOT NULL,
    source_key  varchar(200) NOT NULL,
    kind        varchar(40)  NOT NULL,
    actor_id    uuid,
    title       varchar(200) NOT NULL DEFAULT '',
    excerpt     varchar(400) NOT NULL DEFAULT '',
    link        varchar(300) NOT NULL,
    created_at  timestamptz  NOT NULL,
    UNIQUE (item_id, source_type, source_key)
);
-- INCLUDE: the feed's first step reads only the index (index-only scans, one per followed source)
CREATE INDEX engagement_activity_source_ix ON engagement_activity (source_type, source_key, created_at DESC, item_id DESC)
    INCLUDE (id, actor_id);

CREATE TABLE engagement_share (
    target_type varchar(30) NOT NULL,
    target_id   uuid        NOT NULL,
    channel     varchar(20) NOT NULL,
    visits      bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (target_type, target_id, channel)
);

CREATE TABLE engagement_frame (
    id              uuid PRIMARY KEY,
    organisation_id uuid         NOT NULL,
    tag_key         varchar(200) NOT NULL,
    name            varchar(120) NOT NULL,
    overlay_file    varchar(100) NOT NULL,
    adoptions       bigint       NOT NULL DEFAULT 0,
    created_by      uuid         NOT NULL REFERENCES member (id),
    created_at      timestamptz  NOT NULL
);
CREATE INDEX engagement_frame_tag_ix ON engagement_frame (tag_key);
